// The comparison as one CSV: figures aligned, theme summary, emphasis,
// instruments and plan-against-result rows, each naming its table and source.
import { toCsv } from '../pipeline/export/serialise.ts';
import { urls } from '../core/urls.ts';
import { columnAt } from './columns.ts';
import type { Comparison } from './compare.ts';
import type { CompareFigure } from './types.ts';

export const CSV_COLUMNS = ['table', 'row', 'report', 'column', 'value', 'unit', 'kind', 'text', 'source'] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function figureRow(
  table: string,
  row: string,
  reportId: string,
  column: string,
  f: CompareFigure,
  origin: string,
): CsvRow {
  return {
    table,
    row,
    report: reportId,
    column,
    value: f.masked ? null : f.value_norm,
    unit: f.unit_norm,
    kind: f.kind,
    text: f.raw,
    source: `${origin}${urls.figure(reportId, f.n)}`,
  };
}

export function comparisonRows(c: Comparison, origin = ''): CsvRow[] {
  const rows: CsvRow[] = [];
  const col = (i: number) => columnAt(c.columns, i);
  for (const r of c.figures.rows) {
    r.cells.forEach((cell, i) => {
      for (const f of cell)
        rows.push(
          figureRow('figures', `${r.indicator.zh} · ${r.measure.zh}`, col(i).meta.id, col(i).label.zh, f, origin),
        );
    });
  }
  for (const r of c.themes) {
    r.cells.forEach((cell, i) => {
      rows.push({
        table: 'themes',
        row: r.theme.zh,
        report: col(i).meta.id,
        column: col(i).label.zh,
        value: cell.sentences.length,
        unit: '句',
        kind: cell.absent ? 'absent' : 'present',
        text: cell.absent ? '未提及' : cell.keyFigures.map((f) => f.raw).join('；'),
        source: null,
      });
    });
  }
  for (const r of c.emphasis.rows) {
    r.shares.forEach((share, i) => {
      rows.push({
        table: 'emphasis',
        row: r.theme.zh,
        report: col(i).meta.id,
        column: col(i).label.zh,
        value: Number(share.toFixed(4)),
        unit: 'share',
        kind: null,
        text: null,
        source: null,
      });
    });
  }
  for (const r of c.instruments) {
    r.cells.forEach((cell, i) => {
      rows.push({
        table: 'instruments',
        row: `${r.instrument.zh}（${r.instrument.side}）`,
        report: col(i).meta.id,
        column: col(i).label.zh,
        value: cell.mentions,
        unit: '句',
        kind: null,
        text: cell.example?.text ?? null,
        source: cell.example ? `${origin}${urls.report(col(i).meta.id)}#s-${cell.example.n}` : null,
      });
    });
  }
  for (const b of c.planResult) {
    for (const r of b.rows) {
      for (const f of r.results)
        rows.push(
          figureRow(
            'plan-vs-result',
            `${r.indicator.zh} · ${r.measure.zh} · ${b.resultLabel.zh}`,
            col(b.resultCol).meta.id,
            col(b.resultCol).label.zh,
            f,
            origin,
          ),
        );
      for (const f of r.targets)
        rows.push(
          figureRow(
            'plan-vs-result',
            `${r.indicator.zh} · ${r.measure.zh} · ${b.planLabel.zh}`,
            col(b.planCol).meta.id,
            col(b.planCol).label.zh,
            f,
            origin,
          ),
        );
    }
  }
  return rows;
}

export function comparisonCsv(c: Comparison, origin = ''): string {
  return toCsv(comparisonRows(c, origin), [...CSV_COLUMNS]);
}
