// report-<id>-figures: every figure of a report, grouped by theme.
import { lookup } from './lookup.ts';
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { KIND_STYLE } from './palette.ts';
import { kindLegend } from './kind-legend.ts';
import { figureHref, figureLabel, reportHref, reportLabels, reportSource, themeName } from './labels.ts';
import { positionsByUnit, stripPlot } from './strip.ts';
import type { StripItem } from './strip.ts';

export type FigureRow = {
  figure: string;
  n: number;
  theme: string;
  theme_label: string;
  theme_label_en: string;
  label: string;
  raw: string;
  kind: string;
  kind_label: string;
  kind_label_en: string;
  /** Normalised value (money in 万元); null when redacted. */
  value: number | null;
  unit: string;
  masked: boolean;
  period: string;
  /** 0…1 within the figure's unit; null for ranks and redacted figures. */
  pos: number | null;
  href: string;
};

const NO_THEME = '~none';

/** Rows for any list of figures (also used by the targets chart). */
export function figureRows(ds: Dataset, figures: Figure[]): FigureRow[] {
  const themeOrder = (id: string | null) => (id === null ? ds.themes.length : ds.themes.findIndex((t) => t.id === id));
  const sorted = [...figures].sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.report.localeCompare(b.report) || a.n - b.n);
  const measurable = (f: Figure) => (f.masked || f.kind === 'rank' ? null : f.value_norm);
  const pos = positionsByUnit(sorted, measurable, (f) => f.unit_norm);
  return sorted.map((f) => {
    const theme = themeName(ds, f.theme);
    return {
      figure: f.id,
      n: f.n,
      theme: f.theme ?? NO_THEME,
      theme_label: theme.zh,
      theme_label_en: theme.en,
      label: figureLabel(f),
      raw: f.raw,
      kind: f.kind,
      kind_label: KIND_STYLE[f.kind].label.zh,
      kind_label_en: KIND_STYLE[f.kind].label.en,
      value: f.masked ? null : f.value_norm,
      unit: f.unit_norm,
      masked: f.masked,
      period: f.period,
      pos: pos.get(f) ?? null,
      href: figureHref(f),
    };
  });
}

export function figureTip(row: FigureRow, lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    const what = row.masked ? '已遮蔽：原文隐去了数值' : `${row.kind_label}${row.period ? ` · ${row.period}` : ''}`;
    return `${row.label}：${row.raw}\n${what}`;
  }
  const what = row.masked ? 'Redacted: the source hides the number' : `${row.kind_label_en}${row.period ? ` · ${row.period}` : ''}`;
  return `${row.label}: ${row.raw}\n${what}`;
}

export const FIGURE_COLUMNS = [
  { key: 'theme_label', zh: '主题', en: 'Theme' },
  { key: 'label', zh: '指标', en: 'What it counts' },
  { key: 'raw', zh: '原文', en: 'As written' },
  { key: 'kind_label', zh: '类型', en: 'Kind' },
  { key: 'value', zh: '数值', en: 'Value' },
  { key: 'unit', zh: '单位', en: 'Unit' },
  { key: 'masked', zh: '已遮蔽', en: 'Redacted' },
];

export function reportFiguresChart(ds: Dataset, report: Report): ChartDef<FigureRow> {
  const id = report.meta.id;
  const rows = figureRows(ds, lookup(ds).figuresByReport.get(id) ?? []);
  const label = reportLabels(ds).get(id) ?? { zh: id, en: id };
  const masked = rows.filter((r) => r.masked).length;
  const themes = new Set(rows.map((r) => r.theme)).size;
  return {
    id: `report-${id}-figures`,
    kind: 'figure-strip',
    title: { zh: `${label.zh}：报告中的数字`, en: `${label.en}: the figures in the report` },
    subtitle: {
      zh: '按主题分组；条长只在同一单位内可比（以该单位最大值为满格），形状表示数字类型，斜线块为原文遮蔽的数字。',
      en: 'Grouped by theme; bar lengths compare figures of the same unit only (longest = largest of that unit); shape shows the kind; hatched blocks are figures the source redacted.',
    },
    source: reportSource(report),
    alt: {
      zh: `${label.zh}的报告中有${rows.length}个数字，分属${themes}个主题${masked ? `，其中${masked}个被遮蔽、没有数值` : ''}。`,
      en: `${rows.length} figures in the ${label.en} report across ${themes} themes${masked ? `; ${masked} are redacted and have no value` : ''}.`,
    },
    page: reportHref(id),
    rows,
    columns: FIGURE_COLUMNS,
    legend: kindLegend(rows),
    plot(data, { lang, width }) {
      const items: StripItem[] = data.map((r) => ({
        key: r.figure,
        group: r.theme,
        groupLabel: lang === 'zh' ? r.theme_label : r.theme_label_en,
        rowLabel: r.label,
        pos: r.pos,
        raw: r.raw,
        kind: r.kind as StripItem['kind'],
        masked: r.masked,
        tip: figureTip(r, lang),
      }));
      return stripPlot(items, width);
    },
  };
}
