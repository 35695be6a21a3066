// A chart's data as CSV: exactly the columns of its data table.
import Papa from 'papaparse';
import type { ChartDef, Cell } from './types.ts';

export type CsvHeader = 'key' | 'zh' | 'en';

/** Header row of column keys by default (stable for scripts), or the zh/en names. */
export function chartCsv(def: ChartDef, header: CsvHeader = 'key'): string {
  const names = def.columns.map((c) => c[header]);
  const data = def.rows.map((row) => def.columns.map((c) => cellText(row[c.key])));
  return Papa.unparse({ fields: names, data }, { newline: '\n', quotes: false }) + '\n';
}

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
