// A dot table: rows (indicators or regions) × year columns; each figure is a
// dot coloured and shaped by kind with its value as written beside it, several
// figures in one cell get sub-rows. Redacted figures get a hatched block and
// their masked text, never a value.
import { lookup } from './lookup.ts';
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Dataset, Figure } from '../pipeline/types.ts';
import type { ChartColumn, Lang } from './types.ts';
import { color, HATCH_FILL, KIND_STYLE } from './palette.ts';
import { figureHref, figureLabel, figureYear, reportLabels } from './labels.ts';
import { clamp, fitLabel, textWidth as textWidthOf, widest } from './text.ts';

export type DotRow = {
  figure: string;
  report: string;
  report_label: string;
  report_label_en: string;
  row_key: string;
  row_label: string;
  row_label_en: string;
  year: number;
  /** False when the report's year was inferred (rewritten on the host site). */
  year_reliable: boolean;
  slot: number;
  label: string;
  raw: string;
  kind: string;
  kind_label: string;
  value: number | null;
  unit: string;
  masked: boolean;
  href: string;
};

export interface RowKey {
  key: string;
  zh: string;
  en: string;
}

/** One row per figure, with its year and its sub-row within (row, year). */
export function dotRows(ds: Dataset, figures: Figure[], rowOf: (f: Figure) => RowKey): DotRow[] {
  const reports = lookup(ds).reportById;
  const labels = reportLabels(ds);
  const rows = figures
    .filter((f) => reports.has(f.report))
    .map((f) => {
      const row = rowOf(f);
      return {
        figure: f.id,
        report: f.report,
        report_label: labels.get(f.report)?.zh ?? f.report,
        report_label_en: labels.get(f.report)?.en ?? f.report,
        row_key: row.key,
        row_label: row.zh,
        row_label_en: row.en,
        year: figureYear(reports.get(f.report)!, f),
        year_reliable: reports.get(f.report)!.meta.year_reliable,
        slot: 0,
        label: figureLabel(f),
        raw: f.raw,
        kind: f.kind,
        kind_label: KIND_STYLE[f.kind].label.zh,
        value: f.masked ? null : f.value_norm,
        unit: f.unit_norm,
        masked: f.masked,
        href: figureHref(f),
        n: f.n,
      };
    })
    .sort((a, b) => a.row_key.localeCompare(b.row_key) || a.year - b.year || a.report.localeCompare(b.report) || a.n - b.n);
  const seen = new Map<string, number>();
  return rows.map(({ n: _n, ...r }) => {
    const cell = `${r.row_key}|${r.year}`;
    const slot = seen.get(cell) ?? 0;
    seen.set(cell, slot + 1);
    return { ...r, slot };
  });
}

export function dotTip(r: DotRow, lang: Lang): string {
  const kind = lang === 'zh' ? r.kind_label : KIND_STYLE[r.kind as keyof typeof KIND_STYLE].label.en;
  const masked = lang === 'zh' ? '已遮蔽：原文隐去了数值' : 'Redacted: the source hides the number';
  return `${r.label}${lang === 'zh' ? '：' : ': '}${r.raw}\n${r.masked ? masked : kind} · ${r.year}\n${lang === 'zh' ? r.report_label : r.report_label_en}`;
}

const ROW = 22;

export function dotTablePlot(data: DotRow[], lang: Lang, width: number): PlotOptions {
  const rowLabel = (r: DotRow) => (lang === 'zh' ? r.row_label : r.row_label_en);
  const keys: string[] = [];
  const labelOf = new Map<string, string>();
  const slots = new Map<string, number>();
  for (const r of data) {
    if (!labelOf.has(r.row_key)) keys.push(r.row_key);
    labelOf.set(r.row_key, rowLabel(r));
    slots.set(r.row_key, Math.max(slots.get(r.row_key) ?? 0, r.slot + 1));
  }
  const domain = keys.flatMap((k) => Array.from({ length: slots.get(k) ?? 1 }, (_, s) => `${k}#${s}`));
  const years = [...new Set(data.map((r) => r.year))].sort((a, b) => a - b).map(String);
  // A column whose every figure has an inferred year is headed 约2011 / c.2011.
  const inferred = new Set(years.filter((y) => data.every((r) => String(r.year) !== y || !r.year_reliable)));
  const yearLabel = (y: string) => (inferred.has(y) ? (lang === 'zh' ? `约${y}` : `c.${y}`) : y);
  const marginLeft = clamp(widest(labelOf.values()) + 12, 56, Math.round(width * 0.32));
  const colWidth = (width - marginLeft - 8) / Math.max(1, years.length);
  const y = (r: DotRow) => `${r.row_key}#${r.slot}`;
  const x = (r: DotRow) => String(r.year);
  const left = -colWidth / 2;
  // Narrow columns: smaller marks and text so values still fit.
  const tight = colWidth < 80;
  const [dotAt, textAt, radius] = tight ? [7, 13, 4] : [10, 20, 5];
  const textRoom = colWidth - textAt - 4;
  // A value is never cut: the text shrinks (to 9 px at least) until the widest value fits its column.
  const widestRaw = (size: number) => widest(data.map((r) => r.raw), size);
  const fontSize = [tight ? 11 : 12, 10, 9].find((size) => widestRaw(size) <= textRoom) ?? 9;
  // A wide column has room to say what each figure counts (the label is Chinese only).
  const withLabel = lang === 'zh' && textRoom >= 150;
  // Only the label after the value is shortened, never the value itself.
  const text = (r: DotRow) => (withLabel && r.label ? `${r.raw}${fitLabel(`　${r.label}`, textRoom - textWidthOf(r.raw, fontSize), fontSize)}` : r.raw);
  const plain = data.filter((r) => !r.masked);
  const redacted = data.filter((r) => r.masked);
  const tip = (r: DotRow) => dotTip(r, lang);
  return {
    height: 30 + domain.length * ROW + 8,
    marginLeft,
    marginRight: 8,
    marginTop: 30,
    marginBottom: 8,
    x: { type: 'band', domain: years, axis: 'top', label: null, tickSize: 0, padding: 0, tickFormat: yearLabel },
    y: {
      type: 'band',
      domain,
      padding: 0,
      label: null,
      tickSize: 0,
      tickFormat: (k: string) => {
        const [key, slot] = [k.slice(0, k.lastIndexOf('#')), k.slice(k.lastIndexOf('#') + 1)];
        return slot === '0' ? fitLabel(labelOf.get(key) ?? key, marginLeft - 12) : '';
      },
    },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.ruleY(keys, { y: (k: string) => `${k}#0`, dy: -ROW / 2, stroke: color('rule') }),
      Plot.ruleX(years.slice(1), { x: (yr: string) => yr, dx: left, stroke: color('rule') }),
      Plot.dot(plain, {
        x,
        y,
        dx: left + dotAt,
        r: radius,
        symbol: (r: DotRow) => KIND_STYLE[r.kind as keyof typeof KIND_STYLE].symbol,
        fill: (r: DotRow) => color(KIND_STYLE[r.kind as keyof typeof KIND_STYLE].token),
        title: tip,
      }),
      Plot.cell(redacted, {
        x,
        y,
        insetLeft: dotAt - 6,
        insetRight: Math.max(0, colWidth - dotAt - 6),
        insetTop: 5,
        insetBottom: 5,
        fill: HATCH_FILL,
        stroke: color('hatch'),
        title: tip,
      }),
      textRoom >= 24
        ? Plot.text(data, {
            x,
            y,
            dx: left + textAt,
            textAnchor: 'start',
            fontSize,
            text,
            fill: (r: DotRow) => color(r.masked ? 'muted' : 'ink'),
            ariaHidden: 'true',
          })
        : null,
    ],
  };
}

export function dotColumns(rowZh: string, rowEn: string): ChartColumn[] {
  return [
    { key: 'row_label', zh: rowZh, en: rowEn },
    { key: 'year', zh: '年份', en: 'Year' },
    { key: 'year_reliable', zh: '年份可靠', en: 'Year reliable' },
    { key: 'label', zh: '原文所指', en: 'What it counts' },
    { key: 'raw', zh: '原文', en: 'As written' },
    { key: 'kind_label', zh: '类型', en: 'Kind' },
    { key: 'value', zh: '数值', en: 'Value' },
    { key: 'unit', zh: '单位', en: 'Unit' },
    { key: 'masked', zh: '已遮蔽', en: 'Redacted' },
    { key: 'report_label', zh: '报告', en: 'Report' },
  ];
}
