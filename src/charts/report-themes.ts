// report-<id>-themes: the report's text split by theme, as one stacked bar,
// with the themes listed below it in bar order (names and shares as text, so
// colour is never needed to read it).
import * as Plot from '@observablehq/plot';
import type { Dataset, Report } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { color, themeToken } from './palette.ts';
import { reportLabels } from './labels.ts';
import { urls } from '../core/urls.ts';
import { reportSource } from '../words/source-words.ts';
import { percent } from './text.ts';

export type ThemeShareRow = {
  theme: string;
  theme_label: string;
  theme_label_en: string;
  share: number;
  start: number;
  end: number;
  token: string;
};

const NONE = '~none';

export function reportThemesChart(ds: Dataset, report: Report): ChartDef<ThemeShareRow> {
  const id = report.meta.id;
  const own = (ds.index.themesByReport.get(id) ?? [])
    .filter((t) => t.share > 0)
    .sort((a, b) => b.share - a.share || a.theme.localeCompare(b.theme));
  const rows: ThemeShareRow[] = [];
  let at = 0;
  for (const t of own) {
    const def = ds.themes.find((x) => x.id === t.theme);
    rows.push({
      theme: t.theme,
      theme_label: def?.zh ?? t.theme,
      theme_label_en: def?.en ?? t.theme,
      share: t.share,
      start: at,
      end: at + t.share,
      token: themeToken(t.theme),
    });
    at += t.share;
  }
  const rest = Math.max(0, 1 - at);
  if (rest > 0.0005)
    rows.push({
      theme: NONE,
      theme_label: '未归入任何主题',
      theme_label_en: 'No theme',
      share: rest,
      start: at,
      end: at + rest,
      token: 'theme-none',
    });
  const label = reportLabels(ds).get(id) ?? { zh: id, en: id };
  const top = rows.filter((r) => r.theme !== NONE).slice(0, 3);
  return {
    id: `report-${id}-themes`,
    kind: 'stacked-bar',
    title: { zh: `${label.zh}：主题构成`, en: `${label.en}: what the report is about` },
    subtitle: { zh: '报告正文按主题划分的文字比例。', en: 'Share of the report’s text on each theme.' },
    source: reportSource(report.meta),
    alt: {
      zh: `${label.zh}的报告主题构成：${top.map((r) => `${r.theme_label}${percent(r.share)}`).join('，') || '没有识别出主题'}。`,
      en: `Themes of the ${label.en} report: ${top.map((r) => `${r.theme_label_en} ${percent(r.share)}`).join(', ') || 'no theme identified'}.`,
    },
    page: urls.report(id),
    rows,
    columns: [
      { key: 'theme_label', zh: '主题', en: 'Theme' },
      { key: 'share', zh: '文字占比', en: 'Share of text', format: 'percent' },
    ],
    plot(data, { lang, width }) {
      const name = (r: ThemeShareRow) => (lang === 'zh' ? r.theme_label : r.theme_label_en);
      const tip = (r: ThemeShareRow) => `${name(r)}\n${percent(r.share)}`;
      const domain = ['bar', ...data.map((r) => r.theme)];
      const max = Math.max(1, ...data.map((r) => r.end));
      return {
        height: 36 + domain.length * 22 + 14,
        marginLeft: 14,
        marginRight: 22,
        marginTop: 28,
        marginBottom: 8,
        x: {
          domain: [0, max],
          axis: 'top',
          tickFormat: (v: number) => percent(v, 0),
          ticks: width < 500 ? 4 : 10,
          label: null,
        },
        y: { type: 'band', domain, axis: null, padding: 0.18 },
        color: { type: 'identity' },
        symbol: { type: 'identity' },
        marks: [
          Plot.barX(data, {
            x1: 'start',
            x2: 'end',
            y: () => 'bar',
            fill: (r: ThemeShareRow) => color(r.token),
            stroke: color('bg'),
            strokeWidth: 1,
            title: tip,
          }),
          Plot.dot(data, {
            x: () => 0,
            y: 'theme',
            dx: 6,
            symbol: 'square',
            r: 6,
            fill: (r: ThemeShareRow) => color(r.token),
            stroke: color('rule'),
            ariaHidden: 'true',
          }),
          Plot.text(data, {
            x: () => 0,
            y: 'theme',
            text: (r: ThemeShareRow) => `${name(r)}  ${percent(r.share)}`,
            textAnchor: 'start',
            dx: 18,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}
