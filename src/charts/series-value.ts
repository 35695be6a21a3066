// indicator-<id>-<series>-dots: one series on a value scale of its own (never
// shared with another series). Regions with one year are dots on a shared
// value axis, one row per region, sorted by value; where a region has two or
// more years the chart is a line per region over the years. A redacted figure
// is a hatched mark in its place (its row, or its year on the baseline),
// never a value; an estimated year (约2012) is a hollow mark; a target is a
// triangle, a result a circle; a rank has no value axis: it is drawn as a
// place (第1 … 第n), never as an amount. Every region's marks sit in one
// group per mark with the class `atlas-region-<key>`, so the series view's
// picker can highlight regions in the build-time SVG without redrawing it.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Dataset, Figure } from '../pipeline/types.ts';
import type { ChartColumn, ChartDef, Lang } from './types.ts';
import type { IndicatorSeries } from './indicator-series.ts';
import { color, HATCH_FILL, KIND_STYLE } from './palette.ts';
import { figureLabel, figureYear, regionName, reportLabels } from './labels.ts';
import { kindLegend } from './kind-legend.ts';
import { clamp, fitLabel, widest } from './text.ts';
import { provinceOf } from './tile-grid.ts';
import { urls } from '../core/urls.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { UNKNOWN_REGION, yearWord } from '../words/report-words.ts';
import { rankText } from '../words/figure-words.ts';
import { seriesChartTitle, yearsNote, type SeriesYears } from '../words/series-view-words.ts';
import { itemAt } from '../pipeline/lists.ts';

export type SeriesPoint = {
  figure: string;
  report: string;
  report_label: string;
  /** GB/T 2260 code, or `unknown` for an unidentified region: the picker's key. */
  region_key: string;
  region: string;
  region_en: string;
  /** Province code of the region (tile map); null when unidentified. */
  province: string | null;
  year: number;
  year_label: string;
  year_label_en: string;
  /** False when the report's year is the curator's estimate (约2012). */
  year_reliable: boolean;
  label: string;
  raw: string;
  /** As the chart writes it: a rank as a place (第3). */
  shown: string;
  value: number | null;
  unit: string;
  kind: string;
  kind_label: string;
  rank: boolean;
  masked: boolean;
  href: string;
};

/** The picker's and the CSS's name for a region: its code, or `unknown`. */
export const regionKey = (code: string | null) => code ?? 'unknown';
/** The class of a region's marks in the SVG. */
export const regionClass = (key: string) => `atlas-region-${key}`;

export function seriesPoints(ds: Dataset, figures: readonly Figure[]): SeriesPoint[] {
  const labels = reportLabels(ds);
  return figures
    .flatMap((f) => {
      // A figure whose report is not in the dataset is not drawn.
      const report = ds.index.reportById.get(f.report);
      if (!report) return [];
      const code = report.meta.region.code;
      const name = code === null ? UNKNOWN_REGION : regionName(ds, code, report.meta.region.name);
      const year = figureYear(report, f);
      const reliable = report.meta.year_reliable;
      const rank = f.measure === 'rank';
      const point: SeriesPoint = {
        figure: f.id,
        report: f.report,
        report_label: labels.get(f.report)?.zh ?? f.report,
        region_key: regionKey(code),
        region: name.zh,
        region_en: name.en,
        province: code === null ? null : provinceOf(code),
        year,
        year_label: yearWord(year, reliable),
        year_label_en: yearWord(year, reliable, 'en'),
        year_reliable: reliable,
        label: figureLabel(f),
        raw: f.raw,
        shown: rank && !f.masked ? rankText(f.raw) : f.raw,
        value: f.masked ? null : f.value_norm,
        unit: f.unit_norm,
        kind: f.kind,
        kind_label: KIND_STYLE[f.kind].label.zh,
        rank,
        masked: f.masked,
        href: urls.figure(f.report, f.n),
      };
      return [point];
    })
    .sort((a, b) => a.region_key.localeCompare(b.region_key) || a.year - b.year || a.figure.localeCompare(b.figure));
}

/** How much time the series spans, region by region (only values count towards a line). */
export function seriesYears(points: readonly SeriesPoint[]): SeriesYears {
  const yearsOf = new Map<string, Set<number>>();
  for (const p of points) {
    const years = yearsOf.get(p.region_key) ?? new Set<number>();
    yearsOf.set(p.region_key, years);
    if (!p.masked) years.add(p.year);
  }
  const years = points.map((p) => p.year);
  return {
    regions: yearsOf.size,
    years: new Set(years).size,
    multiYearRegions: [...yearsOf.values()].filter((s) => s.size > 1).length,
    first: years.length ? Math.min(...years) : null,
    last: years.length ? Math.max(...years) : null,
  };
}

const COLUMNS: ChartColumn[] = [
  { key: 'region', zh: '地区', en: 'Region' },
  { key: 'year_label', zh: '年份', en: 'Year' },
  { key: 'year_reliable', zh: '年份可靠', en: 'Year reliable' },
  { key: 'raw', zh: '原文', en: 'As written' },
  { key: 'value', zh: '数值', en: 'Value' },
  { key: 'unit', zh: '单位', en: 'Unit' },
  { key: 'kind_label', zh: '类型', en: 'Kind' },
  { key: 'masked', zh: '已遮蔽', en: 'Redacted' },
  { key: 'label', zh: '原文所指', en: 'What it counts' },
  { key: 'report_label', zh: '报告', en: 'Report' },
];

/** Region colours for lines (Okabe–Ito, the theme tokens): the line's end label names it too. */
const LINE_TOKENS = ['theme-enterprise', 'theme-projects', 'theme-platforms', 'theme-rd', 'theme-talent', 'theme-ip'];

export function seriesValueChart(ds: Dataset, s: IndicatorSeries): ChartDef<SeriesPoint> {
  const rows = seriesPoints(ds, s.figures);
  const y = seriesYears(rows);
  const masked = rows.filter((r) => r.masked).length;
  const definition = s.measure
    ? { zh: s.measure.definition_zh, en: s.measure.definition_en }
    : { zh: '口径未定。', en: 'Measure not determined.' };
  const said = yearsNote(y);
  const [first] = rows;
  const rank = rows.some((r) => r.rank);
  const how = rank
    ? { zh: '排名没有数值刻度，按名次画出。', en: 'A rank has no value scale: it is drawn as a place.' }
    : y.multiYearRegions > 0
      ? { zh: '每条线一个地区。', en: 'One line per region.' }
      : { zh: '每行一个地区，按数值排序。', en: 'One row per region, sorted by value.' };
  return {
    id: s.chartId,
    kind: 'series-value',
    title: seriesChartTitle(s.title, y),
    subtitle: {
      zh: `${definition.zh}${s.units ? `单位：${s.units}。` : ''}${how.zh}${said.zh}`,
      en: `${definition.en}${s.units ? ` Unit: ${s.units}.` : ''} ${how.en} ${said.en}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `“${s.title.zh}”共有${rows.length}个数字，来自${y.regions}个地区${masked ? `，其中${masked}个被遮蔽` : ''}：${rows
        .map((r) => `${r.region}${r.year_label} ${r.shown}`)
        .join('；')}。`,
      en: `${rows.length} figures for “${s.title.en}” from ${y.regions} region(s)${masked ? `, ${masked} of them redacted` : ''}: ${rows
        .map((r) => `${r.region_en} ${r.year_label_en} ${r.shown}`)
        .join('; ')}.`,
    },
    page: urls.series(s.indicator, s.slug),
    series: s.key,
    rows,
    columns: COLUMNS,
    legend: [
      ...kindLegend(rows),
      ...(first && rows.some((r) => !r.year_reliable && !r.masked)
        ? [
            {
              label: { zh: '年份为估计（约）', en: 'Estimated year (c.)' },
              color: KIND_STYLE[first.kind as keyof typeof KIND_STYLE].token,
              symbol: 'circle',
              hollow: true,
            },
          ]
        : []),
    ],
    plot: (data, { lang, width }) =>
      y.multiYearRegions > 0 ? linesPlot(data, lang, width, s.units) : dotsPlot(data, lang, width, s.units),
  };
}

const ROW = 26;
const HALO = { stroke: color('bg'), strokeWidth: 3, paintOrder: 'stroke' } as const;
const kindOf = (r: SeriesPoint) => KIND_STYLE[r.kind as keyof typeof KIND_STYLE];
const regionOf = (r: SeriesPoint, lang: Lang) => (lang === 'zh' ? r.region : r.region_en);
const yearOf = (r: SeriesPoint, lang: Lang) => (lang === 'zh' ? r.year_label : r.year_label_en);

function tip(r: SeriesPoint, lang: Lang): string {
  const kind = lang === 'zh' ? r.kind_label : kindOf(r).label.en;
  const state = r.masked ? (lang === 'zh' ? '已遮蔽：原文隐去了数值' : 'Redacted: the source hides the number') : kind;
  return `${regionOf(r, lang)} ${yearOf(r, lang)}${lang === 'zh' ? '：' : ': '}${r.shown}\n${r.label} · ${state}\n${r.report_label}`;
}

/** The marks of one region's redacted values: a hatched square in place, never a position on the scale. */
function redactedMarks(
  points: SeriesPoint[],
  x: (r: SeriesPoint) => number | string,
  y: (r: SeriesPoint) => number | string,
  lang: Lang,
  className: string,
) {
  const hidden = points.filter((r) => r.masked);
  if (!hidden.length) return [];
  return [
    Plot.dot(hidden, {
      x,
      y,
      r: 6,
      symbol: 'square',
      fill: HATCH_FILL,
      stroke: color('hatch'),
      title: (r: SeriesPoint) => tip(r, lang),
      className,
    }),
  ];
}

/** The marks of one region's values: filled for a stated year, hollow for an estimated one. */
function valueDots(
  points: SeriesPoint[],
  x: (r: SeriesPoint) => number | string,
  y: (r: SeriesPoint) => number | string,
  lang: Lang,
  className: string,
) {
  const plain = points.filter((r) => !r.masked);
  const symbol = (r: SeriesPoint) => kindOf(r).symbol;
  const solid = plain.filter((r) => r.year_reliable);
  const hollow = plain.filter((r) => !r.year_reliable);
  return [
    ...(solid.length
      ? [
          Plot.dot(solid, {
            x,
            y,
            r: 5,
            symbol,
            fill: (r: SeriesPoint) => color(kindOf(r).token),
            title: (r: SeriesPoint) => tip(r, lang),
            className,
          }),
        ]
      : []),
    ...(hollow.length
      ? [
          Plot.dot(hollow, {
            x,
            y,
            r: 5,
            symbol,
            fill: color('bg'),
            stroke: (r: SeriesPoint) => color(kindOf(r).token),
            strokeWidth: 2,
            title: (r: SeriesPoint) => tip(r, lang),
            className,
          }),
        ]
      : []),
  ];
}

const groupBy = (data: SeriesPoint[]) => {
  const out = new Map<string, SeriesPoint[]>();
  for (const r of data) out.set(r.region_key, [...(out.get(r.region_key) ?? []), r]);
  return out;
};

/** One year per region: a row per region (per figure), dots on one value axis, sorted by value. */
function dotsPlot(data: SeriesPoint[], lang: Lang, width: number, units: string): PlotOptions {
  const rank = data.some((r) => r.rank);
  // Largest first (a rank: first place first); redacted figures, whose value is hidden, last.
  const sorted = [...data].sort(
    (a, b) =>
      Number(a.masked) - Number(b.masked) ||
      (rank ? (a.value ?? 0) - (b.value ?? 0) : (b.value ?? 0) - (a.value ?? 0)) ||
      a.region_key.localeCompare(b.region_key) ||
      a.year - b.year,
  );
  const rowKey = (r: SeriesPoint) => r.figure;
  const labelOf = new Map(sorted.map((r) => [rowKey(r), regionOf(r, lang)]));
  const marginLeft = clamp(widest(labelOf.values()) + 10, 48, Math.round(width * 0.3));
  const valueText = (r: SeriesPoint) =>
    r.masked
      ? `${r.raw} ${lang === 'zh' ? '已遮蔽' : 'redacted'} · ${yearOf(r, lang)}`
      : `${r.shown} · ${yearOf(r, lang)}`;
  const marginRight = clamp(widest(sorted.map(valueText), 11) + 14, 40, Math.round(width * 0.45));
  const values = sorted.filter((r) => !r.masked).map((r) => r.value ?? 0);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const x = (r: SeriesPoint) => (r.masked ? (rank ? 1 : min) : (r.value ?? 0));
  const marks: Plot.Markish[] = [];
  for (const [key, points] of groupBy(sorted)) {
    const className = `atlas-region ${regionClass(key)}`;
    marks.push(...valueDots(points, x, rowKey, lang, className), ...redactedMarks(points, x, rowKey, lang, className));
    marks.push(
      Plot.text(points, {
        x,
        y: rowKey,
        // Beside the mark; a value at the right end runs into the right margin kept for it.
        dx: 10,
        textAnchor: 'start',
        fontSize: 11,
        text: (r: SeriesPoint) => valueText(r),
        fill: (r: SeriesPoint) => color(r.masked ? 'muted' : 'ink'),
        ...HALO,
        ariaHidden: 'true',
        className,
      }),
    );
  }
  const rankTicks = rank ? Array.from({ length: Math.max(1, ...values) }, (_, i) => i + 1) : undefined;
  return {
    height: 36 + sorted.length * ROW + 30,
    marginLeft,
    marginRight,
    marginTop: 8,
    marginBottom: 36,
    x: rank
      ? {
          domain: [0.5, Math.max(1, ...values) + 0.5],
          ticks: rankTicks,
          tickFormat: (n: number) => (lang === 'zh' ? `第${n}` : `#${n}`),
          label: lang === 'zh' ? '名次' : 'Place',
          labelAnchor: 'left',
        }
      : {
          domain: [min, max === min ? min + 1 : max],
          nice: true,
          label: units ? (lang === 'zh' ? `数值（${units}）→` : `Value (${units}) →`) : null,
          labelAnchor: 'right',
          ticks: Math.max(2, Math.floor((width - marginLeft - marginRight) / 70)),
        },
    y: {
      type: 'band',
      domain: sorted.map(rowKey),
      padding: 0,
      label: null,
      tickSize: 0,
      tickFormat: (k: string) => fitLabel(labelOf.get(k) ?? k, marginLeft - 10),
    },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      rank
        ? Plot.ruleY(sorted.map(rowKey), { y: (k: string) => k, stroke: color('rule'), strokeDasharray: '2,3' })
        : Plot.gridX({ stroke: color('rule'), strokeOpacity: 1 }),
      ...(rank || min === max ? [] : [Plot.ruleX([0], { stroke: color('muted') })]),
      ...marks,
    ],
  };
}

/** Some region has two years or more: a line per region over the years, on one value axis. */
function linesPlot(data: SeriesPoint[], lang: Lang, width: number, units: string): PlotOptions {
  const rank = data.some((r) => r.rank);
  const groups = [...groupBy(data)];
  const lastOf = (points: SeriesPoint[]) => points.filter((r) => !r.masked).at(-1);
  const marginRight = clamp(
    widest(groups.map(([, p]) => (p[0] ? regionOf(p[0], lang) : ''))) + 14,
    40,
    Math.round(width * 0.32),
  );
  const values = data.filter((r) => !r.masked).map((r) => r.value ?? 0);
  const [min, max] = [Math.min(0, ...values), Math.max(0, ...values)];
  const years = [...new Set(data.map((r) => r.year))].sort((a, b) => a - b);
  // A year is written 约2012 when every figure of it has an estimated year.
  const estimated = new Set(years.filter((yr) => data.every((r) => r.year !== yr || !r.year_reliable)));
  const baseline = rank ? Math.max(1, ...values) + 0.5 : min;
  const x = (r: SeriesPoint) => r.year;
  const y = (r: SeriesPoint) => (r.masked ? baseline : (r.value ?? 0));
  const marks: Plot.Markish[] = [];
  groups.forEach(([key, points], i) => {
    const className = `atlas-region ${regionClass(key)}`;
    const token = itemAt(LINE_TOKENS, i % LINE_TOKENS.length, 'line colour');
    const plain = points.filter((r) => !r.masked);
    const target = points.some((r) => r.kind === 'target');
    if (plain.length > 1)
      marks.push(
        Plot.line(plain, {
          x,
          y,
          stroke: color(token),
          strokeWidth: 2,
          // A target's line is dashed: a promise, not a result.
          ...(target ? { strokeDasharray: '6,4' } : {}),
          className,
        }),
      );
    marks.push(...valueDots(points, x, y, lang, className), ...redactedMarks(points, x, y, lang, className));
    const last = lastOf(points) ?? points.at(-1);
    if (last)
      marks.push(
        Plot.text([last], {
          x,
          y,
          dx: 9,
          textAnchor: 'start',
          fontSize: 11,
          text: (r: SeriesPoint) => fitLabel(`${regionOf(r, lang)}`, marginRight - 12, 11),
          fill: color('ink'),
          ...HALO,
          ariaHidden: 'true',
          className,
        }),
      );
  });
  const yTicks = rank ? Array.from({ length: Math.max(1, ...values) }, (_, i) => i + 1) : undefined;
  const plotHeight = clamp(Math.round(width * 0.55), 220, 380);
  const marginLeft = rank
    ? 44
    : clamp(
        widest(
          values.map((v) => String(Math.round(v))),
          11,
        ) + 16,
        40,
        80,
      );
  const yearLabel = (yr: number) => yearWord(yr, !estimated.has(yr), lang);
  const [firstYear] = years;
  const lastYear = years.at(-1);
  if (firstYear === undefined || lastYear === undefined) throw new Error('series lines: no years to draw');
  const domain: [number, number] = [firstYear - 0.3, lastYear + 0.3];
  return {
    height: plotHeight,
    marginLeft,
    marginRight,
    marginTop: 22,
    marginBottom: 30,
    x: {
      domain,
      // Years close together on a phone would print over each other: only those with room for their label.
      ticks: roomyTicks(years, yearLabel, domain, width - marginLeft - marginRight),
      tickFormat: yearLabel,
      label: null,
    },
    y: rank
      ? {
          domain: [Math.max(1, ...values) + 0.5, 0.5],
          ticks: yTicks,
          tickFormat: (n: number) => (lang === 'zh' ? `第${n}` : `#${n}`),
          label: lang === 'zh' ? '名次' : 'Place',
        }
      : {
          domain: [min, max === min ? min + 1 : max],
          nice: true,
          label: units ? (lang === 'zh' ? `↑ 数值（${units}）` : `↑ Value (${units})`) : null,
          ticks: 5,
        },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [Plot.gridY({ stroke: color('rule'), strokeOpacity: 1 }), ...marks],
  };
}

/**
 * The ticks of a time axis whose labels do not touch: from the left, a year is
 * kept when its label clears the last kept one's; the last year is always
 * kept (dropping the kept ones it would touch).
 */
export function roomyTicks(
  years: readonly number[],
  label: (yr: number) => string,
  domain: [number, number],
  inner: number,
  fontSize = 10,
): number[] {
  const px = (yr: number) => ((yr - domain[0]) / (domain[1] - domain[0])) * inner;
  const half = (yr: number) => widest([label(yr)], fontSize) / 2 + 3;
  const clear = (a: number, b: number) => px(b) - px(a) >= half(a) + half(b);
  const kept: number[] = [];
  for (const yr of years) {
    const prev = kept.at(-1);
    if (prev === undefined || clear(prev, yr)) kept.push(yr);
  }
  const last = years.at(-1);
  if (last !== undefined && kept.at(-1) !== last) {
    for (let prev = kept.at(-1); prev !== undefined && !clear(prev, last); prev = kept.at(-1)) kept.pop();
    kept.push(last);
  }
  return kept;
}
