// Figures aligned: indicators × columns, each cell the column's figures for
// that indicator; and, where the same indicator is counted in the same unit
// and kind by at least two columns, a group that can be charted side by side.
import type { Column } from './columns.ts';
import type { CompareFigure, VocabEntry } from './types.ts';

export interface FigureRow {
  indicator: VocabEntry;
  cells: CompareFigure[][];
  /** Columns with at least one figure for the indicator. */
  present: number;
}

export interface ChartBar {
  col: number;
  figure: CompareFigure;
}

export interface ChartGroup {
  indicator: VocabEntry;
  unit: string;
  kind: CompareFigure['kind'];
  bars: ChartBar[];
  max: number;
}

export interface FigureAlignment {
  rows: FigureRow[];
  /** Per column: figures not linked to any indicator (shown in the report, not here). */
  unlinked: number[];
  charts: ChartGroup[];
}

export function figureAlignment(columns: Column[], indicators: VocabEntry[]): FigureAlignment {
  const known = new Map(indicators.map((i, order) => [i.id, { def: i, order }]));
  const ids = new Set<string>();
  for (const c of columns) for (const f of c.figures) if (f.indicator) ids.add(f.indicator);
  const rows = [...ids]
    .map((id) => {
      const def = known.get(id)?.def ?? { id, zh: id, en: id };
      const cells = columns.map((c) => c.figures.filter((f) => f.indicator === id).sort((a, b) => a.n - b.n));
      return { indicator: def, cells, present: cells.filter((x) => x.length > 0).length };
    })
    // Shared indicators first (that is what a comparison is for), then lexicon order.
    .sort((a, b) => b.present - a.present || (known.get(a.indicator.id)?.order ?? 1e9) - (known.get(b.indicator.id)?.order ?? 1e9));
  const unlinked = columns.map((c) => c.figures.filter((f) => !f.indicator).length);
  return { rows, unlinked, charts: chartGroups(rows) };
}

/** Indicator + unit + kind groups that at least two columns state with a number. */
export function chartGroups(rows: FigureRow[]): ChartGroup[] {
  const groups: ChartGroup[] = [];
  for (const row of rows) {
    const byKey = new Map<string, ChartBar[]>();
    row.cells.forEach((figs, col) => {
      for (const f of figs) {
        if (f.masked || f.value_norm === null) continue;
        const key = `${f.unit_norm}\u0000${f.kind}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { col, figure: f }]);
      }
    });
    for (const [key, bars] of byKey) {
      if (new Set(bars.map((b) => b.col)).size < 2) continue;
      const [unit, kind] = key.split('\u0000');
      groups.push({
        indicator: row.indicator,
        unit,
        kind: kind as CompareFigure['kind'],
        bars,
        max: Math.max(...bars.map((b) => b.figure.value_norm ?? 0)),
      });
    }
  }
  return groups;
}
