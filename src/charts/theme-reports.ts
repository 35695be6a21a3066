// theme-<id>-reports: per report, the share of its text on one theme.
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { color, themeToken } from './palette.ts';
import { reportLabels, themeName } from './labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { clamp, percent, widest } from './text.ts';
import { MAX_REPORT_ROWS, shownOf } from './limits.ts';
import { urls } from '../core/urls.ts';

export type ThemeReportRow = {
  report: string;
  label: string;
  label_en: string;
  share: number;
  paragraphs: number;
  href: string;
};

export function themeReportsChart(ds: Dataset, themeId: string): ChartDef<ThemeReportRow> {
  const labels = reportLabels(ds);
  const shares = new Map(ds.reportThemes.filter((t) => t.theme === themeId).map((t) => [t.report, t]));
  const all: ThemeReportRow[] = ds.reports
    .map((r) => {
      const t = shares.get(r.meta.id);
      const label = labels.get(r.meta.id) ?? { zh: r.meta.id, en: r.meta.id };
      return {
        report: r.meta.id,
        label: label.zh,
        label_en: label.en,
        share: t?.share ?? 0,
        paragraphs: t?.paragraphs ?? 0,
        href: urls.report(r.meta.id),
      };
    })
    .sort((a, b) => b.share - a.share || a.report.localeCompare(b.report));
  // The reports that say most about the theme.
  const rows = all.slice(0, MAX_REPORT_ROWS);
  const cut = shownOf(rows.length, all.length, '份报告', 'reports');
  const theme = themeName(ds, themeId);
  const top = rows[0];
  const touching = all.filter((r) => r.share > 0).length;
  const token = themeToken(themeId);
  return {
    id: `theme-${themeId}-reports`,
    kind: 'bar',
    title: { zh: `“${theme.zh}”在各报告中的分量`, en: `How much each report says about “${theme.en}”` },
    subtitle: {
      zh: `各报告正文中属于“${theme.zh}”的文字比例。${cut.zh ? `比例最高的${rows.length}份。${cut.zh}` : ''}`,
      en: `Share of each report’s text on “${theme.en}”.${cut.en ? ` The ${rows.length} largest. ${cut.en}` : ''}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `${all.length}份报告中有${touching}份涉及“${theme.zh}”${top && top.share > 0 ? `，比例最高的是${top.label}（${percent(top.share)}）` : ''}。`,
      en: `${touching} of ${all.length} reports touch on “${theme.en}”${top && top.share > 0 ? `; the largest share is ${top.label_en} (${percent(top.share)})` : ''}.`,
    },
    page: urls.theme(themeId),
    rows,
    columns: [
      { key: 'label', zh: '报告', en: 'Report' },
      { key: 'share', zh: '文字占比', en: 'Share of text', format: 'percent' },
      { key: 'paragraphs', zh: '段落数', en: 'Paragraphs' },
    ],
    plot(data, { lang, width }) {
      const name = (r: ThemeReportRow) => (lang === 'zh' ? r.label : r.label_en);
      const marginLeft = clamp(widest(data.map(name)) + 12, 60, Math.round(width * 0.4));
      const max = Math.max(0.05, ...data.map((r) => r.share));
      return {
        height: 30 + data.length * 24 + 8,
        marginLeft,
        marginRight: 48,
        marginTop: 30,
        marginBottom: 8,
        x: {
          domain: [0, max],
          axis: 'top',
          tickFormat: (v: number) => percent(v, 0),
          ticks: width < 500 ? 3 : 8,
          label: null,
          grid: true,
        },
        y: { type: 'band', domain: data.map(name), padding: 0.2, label: null, tickSize: 0 },
        color: { type: 'identity' },
        marks: [
          Plot.barX(data, {
            x: 'share',
            y: name,
            fill: color(token),
            title: (r: ThemeReportRow) => `${name(r)}\n${percent(r.share)}`,
          }),
          Plot.ruleX([0], { stroke: color('ink') }),
          Plot.text(data, {
            x: 'share',
            y: name,
            text: (r: ThemeReportRow) => percent(r.share),
            textAnchor: 'start',
            dx: 4,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}
