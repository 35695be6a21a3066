// Figures aligned: series × columns, each cell the column's figures of that
// series (one indicator, measure, scope, kind and unit family: 高新技术企业 ·
// 存量 is one row, 高新技术企业 · 新增 another); and, where a series is stated
// in one unit by at least two columns, a group that can be charted side by side.
import type { Column } from './columns.ts';
import type { Bilingual, CompareFigure, VocabEntry } from './types.ts';

export interface FigureRow {
  indicator: VocabEntry;
  /** The series key; every figure of the row belongs to it. */
  series: string;
  /** What the row's figures count: 存量（累计/有效）, 新增（新认定） · 目标. */
  measure: Bilingual;
  cells: CompareFigure[][];
  /** Columns with at least one figure of the series. */
  present: number;
}

export interface ChartBar {
  col: number;
  figure: CompareFigure;
}

export interface ChartGroup {
  indicator: VocabEntry;
  series: string;
  measure: Bilingual;
  unit: string;
  kind: CompareFigure['kind'];
  bars: ChartBar[];
  max: number;
}

export interface FigureAlignment {
  rows: FigureRow[];
  /** Per column: figures not linked to any indicator (shown in the report, not here). */
  unlinked: number[];
  /** Indicators stated by two or more columns, but never in the same series: not comparable. */
  apart: VocabEntry[];
  charts: ChartGroup[];
}

const KIND_ORDER = ['actual', 'target', 'growth', 'share', 'rank'];

/** A figure's series; an older record without one stands in its indicator's unknown-measure series. */
export const seriesOf = (f: CompareFigure): string | null =>
  f.series ?? (f.indicator ? `${f.indicator}|-|-|${f.kind}|?` : null);

export function figureAlignment(columns: Column[], indicators: VocabEntry[]): FigureAlignment {
  const known = new Map(indicators.map((i, order) => [i.id, { def: i, order }]));
  const sample = new Map<string, CompareFigure>();
  for (const c of columns)
    for (const f of c.figures) {
      const key = seriesOf(f);
      if (key && !sample.has(key)) sample.set(key, f);
    }
  const order = (id: string) => known.get(id)?.order ?? 1e9;
  const rows = [...sample]
    .map(([series, first]) => {
      const id = first.indicator as string;
      const def = known.get(id)?.def ?? { id, zh: id, en: id };
      const cells = columns.map((c) =>
        c.figures.filter((f) => seriesOf(f) === series).sort((a, b) => a.s - b.s || a.at - b.at),
      );
      return {
        indicator: def,
        series,
        measure: first.measure_label,
        kind: first.kind,
        cells,
        present: cells.filter((x) => x.length > 0).length,
      };
    })
    // Series shared by several columns first (that is what a comparison is for), then lexicon order, results before targets.
    .sort(
      (a, b) =>
        b.present - a.present ||
        order(a.indicator.id) - order(b.indicator.id) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.series.localeCompare(b.series),
    )
    .map(({ kind: _kind, ...row }) => row);
  const unlinked = columns.map((c) => c.figures.filter((f) => !f.indicator).length);
  return { rows, unlinked, apart: apartIndicators(rows), charts: chartGroups(rows) };
}

/** Indicators two or more columns give figures for, none of them in a series two columns share. */
function apartIndicators(rows: FigureRow[]): VocabEntry[] {
  const byIndicator = new Map<string, { def: VocabEntry; cols: Set<number>; shared: boolean }>();
  for (const row of rows) {
    const entry = byIndicator.get(row.indicator.id) ?? { def: row.indicator, cols: new Set<number>(), shared: false };
    row.cells.forEach((cell, i) => cell.length > 0 && entry.cols.add(i));
    entry.shared ||= row.present > 1;
    byIndicator.set(row.indicator.id, entry);
  }
  return [...byIndicator.values()].filter((e) => e.cols.size > 1 && !e.shared).map((e) => e.def);
}

/** Series + unit groups that at least two columns state with a number. */
export function chartGroups(rows: FigureRow[]): ChartGroup[] {
  const groups: ChartGroup[] = [];
  for (const row of rows) {
    const byUnit = new Map<string, ChartBar[]>();
    row.cells.forEach((figs, col) => {
      for (const f of figs) {
        if (f.masked || f.value_norm === null || f.measure === 'rank') continue;
        byUnit.set(f.unit_norm, [...(byUnit.get(f.unit_norm) ?? []), { col, figure: f }]);
      }
    });
    for (const [unit, bars] of byUnit) {
      const [first] = bars;
      if (!first || new Set(bars.map((b) => b.col)).size < 2) continue;
      groups.push({
        indicator: row.indicator,
        series: row.series,
        measure: row.measure,
        unit,
        kind: first.figure.kind,
        bars,
        max: Math.max(...bars.map((b) => b.figure.value_norm ?? 0)),
      });
    }
  }
  return groups;
}
