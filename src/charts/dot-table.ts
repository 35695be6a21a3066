// A dot table: groups of rows × year columns. Each group is headed by what
// its values count (a series, or an indicator whose rows are series), so a
// column within a group holds like with like and every value is labelled on
// the chart itself. Each figure is a dot coloured and shaped by kind with its
// value as written beside it; several figures in one cell get sub-rows.
// Redacted figures get a hatched block and their masked text, never a value.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Dataset, Figure } from '../pipeline/types.ts';
import type { ChartColumn, Lang } from './types.ts';
import { color, FONT_SIZE, HATCH_FILL, KIND_STYLE } from './palette.ts';
import { figureLabel, figureYear, reportLabels } from './labels.ts';
import { urls } from '../core/urls.ts';
import { yearWord } from '../words/report-words.ts';
import { rankText } from '../words/figure-words.ts';
import { clamp, fitLabel, textWidth, widest } from './text.ts';

export type DotRow = {
  figure: string;
  report: string;
  report_label: string;
  report_label_en: string;
  /** The group the row sits in; its header says what the group's values count. */
  group_key: string;
  group_label: string;
  group_label_en: string;
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
  /** A rank position (measure rank): written as a place (第3), never as an amount. */
  rank: boolean;
  value: number | null;
  unit: string;
  masked: boolean;
  href: string;
};

export interface RowKey {
  key: string;
  zh: string;
  en: string;
  /** Rows and groups sort by order, then key. */
  order?: number;
}

/** One row per figure, with its group, its year and its sub-row within (group, row, year). */
export function dotRows(
  ds: Dataset,
  figures: readonly Figure[],
  rowOf: (f: Figure) => RowKey,
  groupOf: (f: Figure) => RowKey,
): DotRow[] {
  const reports = ds.index.reportById;
  const labels = reportLabels(ds);
  const rows = figures
    .flatMap((f) => {
      // A figure whose report is not in the dataset is not drawn.
      const report = reports.get(f.report);
      if (!report) return [];
      const row = rowOf(f);
      const group = groupOf(f);
      const dot = {
        figure: f.id,
        group_key: group.key,
        group_label: group.zh,
        group_label_en: group.en,
        group_order: group.order ?? 0,
        row_order: row.order ?? 0,
        report: f.report,
        report_label: labels.get(f.report)?.zh ?? f.report,
        report_label_en: labels.get(f.report)?.en ?? f.report,
        row_key: row.key,
        row_label: row.zh,
        row_label_en: row.en,
        year: figureYear(report, f),
        year_reliable: report.meta.year_reliable,
        slot: 0,
        label: figureLabel(f),
        raw: f.raw,
        kind: f.kind,
        kind_label: KIND_STYLE[f.kind].label.zh,
        rank: f.measure === 'rank',
        value: f.masked ? null : f.value_norm,
        unit: f.unit_norm,
        masked: f.masked,
        href: urls.figure(f.report, f.n),
        n: f.start,
      };
      return [dot];
    })
    .sort(
      (a, b) =>
        a.group_order - b.group_order ||
        a.group_key.localeCompare(b.group_key) ||
        a.row_order - b.row_order ||
        a.row_key.localeCompare(b.row_key) ||
        a.year - b.year ||
        a.report.localeCompare(b.report) ||
        a.n - b.n,
    );
  const seen = new Map<string, number>();
  return rows.map(({ n: _n, group_order: _g, row_order: _r, ...r }) => {
    const cell = `${r.group_key}|${r.row_key}|${r.year}`;
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
/** A value that runs over a column rule keeps it off its letters. */
const HALO = { stroke: color('bg'), strokeWidth: 3, paintOrder: 'stroke' } as const;
const HEADER = '\u0000group:';
const rowId = (r: { group_key: string; row_key: string }) => `${r.group_key}\u0001${r.row_key}`;

export function dotTablePlot(data: DotRow[], lang: Lang, width: number): PlotOptions {
  const rowLabel = (r: DotRow) => (lang === 'zh' ? r.row_label : r.row_label_en);
  const groups: { key: string; label: string; rows: string[] }[] = [];
  const labelOf = new Map<string, string>();
  const slots = new Map<string, number>();
  for (const r of data) {
    let g = groups.at(-1);
    if (g?.key !== r.group_key)
      groups.push((g = { key: r.group_key, label: lang === 'zh' ? r.group_label : r.group_label_en, rows: [] }));
    const id = rowId(r);
    if (!labelOf.has(id)) g.rows.push(id);
    labelOf.set(id, rowLabel(r));
    slots.set(id, Math.max(slots.get(id) ?? 0, r.slot + 1));
  }
  const domain = groups.flatMap((g) => [
    HEADER + g.key,
    ...g.rows.flatMap((k) => Array.from({ length: slots.get(k) ?? 1 }, (_, s) => `${k}#${s}`)),
  ]);
  const years = [...new Set(data.map((r) => r.year))].sort((a, b) => a - b).map(String);
  // A column whose every figure has an inferred year is headed 约2011 / c.2011.
  const inferred = new Set(years.filter((y) => data.every((r) => String(r.year) !== y || !r.year_reliable)));
  const yearLabel = (y: string) => yearWord(y, !inferred.has(y), lang);
  const marginLeft = clamp(widest(labelOf.values()) + 12, 56, Math.round(width * 0.32));
  const colWidth = (width - marginLeft - 8) / Math.max(1, years.length);
  const y = (r: DotRow) => `${rowId(r)}#${r.slot}`;
  const x = (r: DotRow) => String(r.year);
  const left = -colWidth / 2;
  // Narrow columns: smaller marks and text so values still fit.
  const tight = colWidth < 80;
  const [dotAt, textAt, radius] = tight ? [7, 13, 4] : [10, 20, 5];
  const textRoom = colWidth - textAt - 4;
  // A value is never cut: the text shrinks (to 9 px at least) until the widest value fits its column.
  const widestRaw = (size: number) =>
    widest(
      data.map((r) => r.raw),
      size,
    );
  const fontSize = [tight ? 11 : 12, 10, 9].find((size) => widestRaw(size) <= textRoom) ?? 9;
  // A wide column has room to say what each figure counts (the label is Chinese only).
  const withLabel = lang === 'zh' && textRoom >= 150;
  // A rank reads as a rank (第3), not as a bare number.
  const shown = (r: DotRow) => (r.rank && !r.masked ? rankText(r.raw) : r.raw);
  const full = (r: DotRow) => (withLabel && r.label ? `${shown(r)}　${r.label}` : shown(r));
  // A value wider than its cell runs on into the empty cells of its line to the
  // right, or else to the left of its dot, so 1576家以上 is never cut on a phone.
  const taken = new Set(data.map((r) => `${y(r)}|${x(r)}`));
  const free = (r: DotRow, step: 1 | -1) => {
    let n = 0;
    for (let i = years.indexOf(x(r)) + step; i >= 0 && i < years.length && !taken.has(`${y(r)}|${years[i]}`); i += step)
      n += 1;
    return n;
  };
  const placed = new Map(
    data.map((r) => {
      const want = textWidth(full(r), fontSize);
      const right = textRoom + free(r, 1) * colWidth;
      const left = dotAt - radius - 6 + free(r, -1) * colWidth;
      const side = want <= right || right >= left ? 'right' : 'left';
      return [r, { side, text: fitLabel(full(r), side === 'right' ? right : left, fontSize) }];
    }),
  );
  const text = (r: DotRow) => placed.get(r)!.text;
  const onSide = (side: string) => data.filter((r) => placed.get(r)!.side === side);
  const plain = data.filter((r) => !r.masked);
  const redacted = data.filter((r) => r.masked);
  const tip = (r: DotRow) => dotTip(r, lang);
  const headers = groups.map((g) => ({ key: HEADER + g.key, label: g.label }));
  const rowKeys = groups.flatMap((g) => g.rows);
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
        if (k.startsWith(HEADER)) return '';
        const [key, slot] = [k.slice(0, k.lastIndexOf('#')), k.slice(k.lastIndexOf('#') + 1)];
        return slot === '0' ? fitLabel(labelOf.get(key) ?? key, marginLeft - 12) : '';
      },
    },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.ruleY(rowKeys, { y: (k: string) => `${k}#0`, dy: -ROW / 2, stroke: color('rule') }),
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
      Plot.text(onSide('left'), {
        x,
        y,
        dx: left + dotAt - radius - 4,
        textAnchor: 'end',
        fontSize,
        text,
        fill: (r: DotRow) => color(r.masked ? 'muted' : 'ink'),
        ...HALO,
        ariaHidden: 'true',
      }),
      Plot.text(onSide('right'), {
        x,
        y,
        dx: left + textAt,
        textAnchor: 'start',
        fontSize,
        text,
        fill: (r: DotRow) => color(r.masked ? 'muted' : 'ink'),
        ...HALO,
        ariaHidden: 'true',
      }),
      // The group's header says what its values count; drawn last, with a halo over the rules.
      Plot.text(headers, {
        y: 'key',
        text: (h: { label: string }) => fitLabel(h.label, width - 8, FONT_SIZE),
        frameAnchor: 'left',
        textAnchor: 'start',
        dx: -marginLeft + 2,
        fontWeight: 700,
        fill: 'currentColor',
        stroke: color('bg'),
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  };
}

export function dotColumns(groupZh: string, groupEn: string, rowZh: string, rowEn: string): ChartColumn[] {
  return [
    { key: 'group_label', zh: groupZh, en: groupEn },
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
