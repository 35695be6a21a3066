// home-theme-heatmap: reports × themes, cell = share of the report's text on
// the theme (ReportTheme.share).
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef, LegendItem } from './types.ts';
import { color, FONT_SIZE } from './palette.ts';
import { SHARE_BINS, shareStep } from './bins.ts';
import { reportLabels } from './labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { fitLabel, percent, stackChars, widest } from './text.ts';
import { MAX_HEATMAP_ROWS, newestFirst, shownOf } from './limits.ts';
import { urls } from '../core/urls.ts';

export type HeatmapRow = {
  report: string;
  label: string;
  label_en: string;
  theme: string;
  theme_label: string;
  theme_label_en: string;
  share: number;
  step: number;
  /** The report's page: cells and data-table rows link to it. */
  href: string;
};

export function themeHeatmapChart(ds: Dataset): ChartDef<HeatmapRow> {
  const labels = reportLabels(ds);
  const shares = new Map(ds.reportThemes.map((t) => [`${t.report}|${t.theme}`, t.share]));
  // The most recent reports, drawn oldest first (top to bottom).
  const reports = [...ds.reports]
    .sort(newestFirst)
    .slice(0, MAX_HEATMAP_ROWS)
    .sort((a, b) => a.meta.year - b.meta.year || a.meta.id.localeCompare(b.meta.id));
  const cut = shownOf(reports.length, ds.reports.length, '份报告', 'reports');
  const rows: HeatmapRow[] = reports.flatMap((r) =>
    ds.themes.map((t) => {
      const share = shares.get(`${r.meta.id}|${t.id}`) ?? 0;
      const label = labels.get(r.meta.id) ?? { zh: r.meta.id, en: r.meta.id };
      return {
        report: r.meta.id,
        label: label.zh,
        label_en: label.en,
        theme: t.id,
        theme_label: t.zh,
        theme_label_en: t.en,
        share,
        step: shareStep(share),
        href: urls.report(r.meta.id),
      };
    }),
  );
  const top = [...rows].sort((a, b) => b.share - a.share)[0];
  const themeTotals = ds.themes
    .map((t) => ({ t, sum: rows.filter((r) => r.theme === t.id).reduce((s, r) => s + r.share, 0) }))
    .sort((a, b) => b.sum - a.sum);
  const leading = themeTotals[0]?.t;
  const legend: LegendItem[] = [
    { label: { zh: '未涉及', en: 'None' }, color: 'seq-0' },
    ...SHARE_BINS.map((b) => ({ label: b.label, color: `seq-${b.step}` })),
  ];

  return {
    id: 'home-theme-heatmap',
    kind: 'heatmap',
    title: { zh: '各报告的主题构成', en: 'What each report is about' },
    subtitle: {
      zh: `每格为该报告正文中属于该主题的文字比例，颜色越深比例越高。${cut.zh}`,
      en: `Each cell is the share of the report’s text on the theme; darker means a larger share.${cut.en ? ` ${cut.en}` : ''}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `热力图：${reports.length}份报告 × ${ds.themes.length}个主题。${leading ? `总体上“${leading.zh}”着墨最多` : ''}${top && top.share > 0 ? `；占比最高的一格是${top.label}的“${top.theme_label}”（${percent(top.share)}）` : ''}。`,
      en: `Heatmap: ${reports.length} reports × ${ds.themes.length} themes.${leading ? ` Overall, “${leading.en}” takes the most text` : ''}${top && top.share > 0 ? `; the largest cell is ${top.label_en} on “${top.theme_label_en}” (${percent(top.share)})` : ''}.`,
    },
    page: urls.home(),
    rows,
    columns: [
      { key: 'label', zh: '报告', en: 'Report' },
      { key: 'theme_label', zh: '主题', en: 'Theme' },
      { key: 'share', zh: '文字占比', en: 'Share of text', format: 'percent' },
    ],
    legend,
    plot(data, { lang, width }) {
      const zh = lang === 'zh';
      const rowLabel = (d: HeatmapRow) => (zh ? d.label : d.label_en);
      const themeLabel = new Map(data.map((d) => [d.theme, zh ? d.theme_label : d.theme_label_en]));
      const reportsInOrder = [...new Set(data.map(rowLabel))];
      const themesInOrder = [...themeLabel.keys()];
      const marginLeft = Math.min(width * 0.4, widest(reportsInOrder) + 12);
      const colWidth = (width - marginLeft - 8) / Math.max(1, themesInOrder.length);
      const maxChars = Math.max(...[...themeLabel.values()].map((s) => [...s].length));
      const marginTop = zh ? maxChars * FONT_SIZE * 1.05 + 14 : Math.min(170, widest(themeLabel.values()) + 14);
      const rowHeight = 24;
      const tip = (d: HeatmapRow) => `${rowLabel(d)} · ${themeLabel.get(d.theme)}\n${percent(d.share)}`;
      return {
        height: Math.round(marginTop + reportsInOrder.length * rowHeight + 8),
        marginLeft,
        marginTop,
        marginRight: 8,
        marginBottom: 8,
        x: { type: 'band', domain: themesInOrder, padding: 0.06, axis: null },
        y: {
          type: 'band',
          domain: reportsInOrder,
          padding: 0.08,
          label: null,
          tickSize: 0,
          tickFormat: (r: string) => fitLabel(r, marginLeft - 10),
        },
        color: { type: 'identity' },
        marks: [
          Plot.axisX({
            anchor: 'top',
            tickSize: 0,
            label: null,
            tickFormat: (t: string) =>
              zh ? stackChars(themeLabel.get(t) ?? t) : fitLabel(themeLabel.get(t) ?? t, marginTop - 14),
            ...(zh ? { lineHeight: 1.05, textAnchor: 'middle', dy: -4 } : { tickRotate: -90, textAnchor: 'start' }),
          }),
          Plot.cell(data, {
            x: 'theme',
            y: rowLabel,
            fill: (d: HeatmapRow) => color(`seq-${d.step}`),
            rx: 2,
            title: tip,
            href: 'href',
          }),
          colWidth >= 34
            ? Plot.text(
                data.filter((d) => d.share > 0),
                {
                  x: 'theme',
                  y: rowLabel,
                  text: (d: HeatmapRow) => percent(d.share, 0),
                  fill: (d: HeatmapRow) => color(`seq-ink-${d.step}`),
                  fontSize: 11,
                  ariaHidden: 'true',
                },
              )
            : null,
        ],
      };
    },
  };
}
