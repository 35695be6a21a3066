// report-<id>-figures: every figure of a report, grouped by theme. Each
// value says what it counts (its measure) beside it; a bar's length compares
// figures of one series only, and a figure alone in its series has none.
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { KIND_STYLE } from './palette.ts';
import { kindLegend } from './kind-legend.ts';
import { figureLabel, reportLabels, themeName } from './labels.ts';
import { urls } from '../core/urls.ts';
import { rankText } from '../words/figure-words.ts';
import { reportSource } from '../words/source-words.ts';
import { positionsBySeries, stripPlot } from './strip.ts';
import { seriesOf, seriesTitle, seriesUnits } from './series.ts';
import { measureText } from '../words/series-words.ts';
import type { StripItem } from './strip.ts';
import { MAX_REPORT_CHART_FIGURES, shownOf } from './limits.ts';

/** The figures a report's chart draws: at most MAX_REPORT_CHART_FIGURES, those with a value of an indicator first, in text order. */
function drawnFigures(figures: readonly Figure[]): Figure[] {
  if (figures.length <= MAX_REPORT_CHART_FIGURES) return [...figures];
  const rank = (f: Figure) => (f.indicator !== null && !f.masked ? 0 : 1);
  const chosen = new Set(
    [...figures].sort((a, b) => rank(a) - rank(b) || a.start - b.start).slice(0, MAX_REPORT_CHART_FIGURES),
  );
  return figures.filter((f) => chosen.has(f));
}

export type FigureRow = {
  figure: string;
  n: number;
  theme: string;
  theme_label: string;
  theme_label_en: string;
  /** What the figure counts: its indicator's name, else the words before it. */
  label: string;
  label_en: string;
  raw: string;
  kind: string;
  kind_label: string;
  kind_label_en: string;
  /** A rank position (measure rank): written as a place, never as an amount. */
  rank: boolean;
  /** What exactly the value counts (its measure), empty for a figure without one. */
  measure_label: string;
  measure_label_en: string;
  /** The pipeline's series key; empty for a figure without one. */
  series: string;
  /** The series named in full with its unit, heading the bars that compare: 研发机构与创新平台 · 国家级 存量（累计/有效）（家）. */
  scale_label: string;
  scale_label_en: string;
  /** Normalised value (money in 万元); null when redacted. */
  value: number | null;
  unit: string;
  masked: boolean;
  period: string;
  /** 0…1 within the figure's series; null when alone in its series, for ranks and redacted figures. */
  pos: number | null;
  href: string;
};

const NO_THEME = '~none';

/** Rows for any list of figures (also used by the targets chart). */
export function figureRows(ds: Dataset, figures: readonly Figure[]): FigureRow[] {
  const themeOrder = (id: string | null) => (id === null ? ds.themes.length : ds.themes.findIndex((t) => t.id === id));
  const sorted = [...figures].sort(
    (a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.report.localeCompare(b.report) || a.n - b.n,
  );
  const measurable = (f: Figure) => (f.masked || f.measure === 'rank' ? null : f.value_norm);
  const pos = positionsBySeries(sorted, measurable, seriesOf);
  // A figure says what it counts by its indicator's name, as its tooltip in the text does; the words
  // around it (label) only where it counts nothing the lexicon names.
  const indicatorNames = new Map(ds.indicators.map((i) => [i.id, { zh: i.name_zh, en: i.name_en }]));
  const named = (f: Figure) => (f.indicator ? indicatorNames.get(f.indicator) : undefined);
  const unitsBySeries = new Map<string, string>();
  for (const f of sorted)
    if (f.series) unitsBySeries.set(f.series, seriesUnits(sorted.filter((g) => g.series === f.series)));
  return sorted.map((f) => {
    const theme = themeName(ds, f.theme);
    const measure = f.measure ? measureText(f, ds, true) : { zh: '', en: '' };
    const scale = f.series ? seriesTitle(ds, f) : { zh: '', en: '' };
    return {
      figure: f.id,
      n: f.n,
      theme: f.theme ?? NO_THEME,
      theme_label: theme.zh,
      theme_label_en: theme.en,
      label: named(f)?.zh ?? figureLabel(f),
      label_en: named(f)?.en ?? figureLabel(f),
      raw: f.raw,
      kind: f.kind,
      kind_label: KIND_STYLE[f.kind].label.zh,
      kind_label_en: KIND_STYLE[f.kind].label.en,
      rank: f.measure === 'rank',
      measure_label: measure.zh,
      measure_label_en: measure.en,
      series: f.series ?? '',
      scale_label: scale.zh && `${scale.zh}（${unitsBySeries.get(f.series!)}）`,
      scale_label_en: scale.en && `${scale.en} (${unitsBySeries.get(f.series!)})`,
      value: f.masked ? null : f.value_norm,
      unit: f.unit_norm,
      masked: f.masked,
      period: f.period,
      pos: pos.get(f) ?? null,
      href: urls.figure(f.report, f.n),
    };
  });
}

/** The value as the chart shows it: as written, then what it counts ("183家 · 存量"). */
export function valueText(
  row: Pick<FigureRow, 'raw' | 'rank' | 'masked' | 'measure_label' | 'measure_label_en'>,
  lang: 'zh' | 'en',
): string {
  const raw = row.rank && !row.masked ? rankText(row.raw) : row.raw;
  const measure = lang === 'zh' ? row.measure_label : row.measure_label_en;
  return measure ? `${raw} · ${measure}` : raw;
}

export function figureTip(row: FigureRow, lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    const what = row.masked
      ? '已遮蔽：原文隐去了数值'
      : `${row.measure_label || row.kind_label}${row.period ? ` · ${row.period}` : ''}`;
    return `${row.label}：${row.raw}\n${what}`;
  }
  const what = row.masked
    ? 'Redacted: the source hides the number'
    : `${row.measure_label_en || row.kind_label_en}${row.period ? ` · ${row.period}` : ''}`;
  return `${row.label}: ${row.raw}\n${what}`;
}

export const FIGURE_COLUMNS = [
  { key: 'theme_label', zh: '主题', en: 'Theme' },
  { key: 'label', zh: '指标', en: 'What it counts' },
  { key: 'measure_label', zh: '口径', en: 'Measure' },
  { key: 'raw', zh: '原文', en: 'As written' },
  { key: 'kind_label', zh: '类型', en: 'Kind' },
  { key: 'value', zh: '数值', en: 'Value' },
  { key: 'unit', zh: '单位', en: 'Unit' },
  { key: 'masked', zh: '已遮蔽', en: 'Redacted' },
];

export function reportFiguresChart(ds: Dataset, report: Report): ChartDef<FigureRow> {
  const id = report.meta.id;
  const all = ds.index.seriesFiguresByReport.get(id) ?? [];
  const rows = figureRows(ds, drawnFigures(all));
  const cut = shownOf(rows.length, all.length, '个数字', 'figures');
  const label = reportLabels(ds).get(id) ?? { zh: id, en: id };
  const masked = all.filter((f) => f.masked).length;
  const themes = new Set(all.map((f) => f.theme ?? NO_THEME)).size;
  return {
    id: `report-${id}-figures`,
    kind: 'figure-strip',
    title: { zh: `${label.zh}：报告中的数字`, en: `${label.en}: the figures in the report` },
    subtitle: {
      zh: `按主题分组，每个数字后注明口径（所计何物）；条长只在同一系列（同一指标、口径、类型和单位）内可比，以该系列最大值为满格，系列中只有一个数字时不画条；形状表示数字类型，斜线块为原文遮蔽的数字。${cut.zh ? `已归入指标的数字在先。${cut.zh}` : ''}`,
      en: `Grouped by theme, each figure followed by its measure (what it counts); bar lengths compare figures of one series only (same indicator, measure, kind and unit; longest = largest of the series), and a figure alone in its series has no bar; shape shows the kind; hatched blocks are figures the source redacted.${cut.en ? ` Figures of an indicator first. ${cut.en}` : ''}`,
    },
    source: reportSource(report.meta),
    alt: {
      zh: `${label.zh}的报告中有${all.length}个数字，分属${themes}个主题${masked ? `，其中${masked}个被遮蔽、没有数值` : ''}。`,
      en: `${all.length} figures in the ${label.en} report across ${themes} themes${masked ? `; ${masked} are redacted and have no value` : ''}.`,
    },
    page: urls.report(id),
    rows,
    columns: FIGURE_COLUMNS,
    legend: kindLegend(rows),
    plot(data, { lang, width }) {
      const items: StripItem[] = data.map((r) => ({
        key: r.figure,
        group: r.theme,
        groupLabel: lang === 'zh' ? r.theme_label : r.theme_label_en,
        rowLabel: lang === 'zh' ? r.label : r.label_en,
        pos: r.pos,
        raw: valueText(r, lang),
        kind: r.kind as StripItem['kind'],
        masked: r.masked,
        tip: figureTip(r, lang),
        scale: r.pos === null ? undefined : { id: r.series, label: lang === 'zh' ? r.scale_label : r.scale_label_en },
      }));
      return stripPlot(items, width);
    },
  };
}
