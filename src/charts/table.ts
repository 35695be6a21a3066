// The data table behind a chart's disclosure: headers and display strings.
import type { Cell, ChartColumn, ChartDef, Lang } from './types.ts';
import { percent } from './text.ts';

export interface TableCell {
  text: string;
  numeric: boolean;
}

export function cellDisplay(value: Cell | undefined, column: ChartColumn, lang: Lang): TableCell {
  if (value === null || value === undefined || value === '') return { text: '—', numeric: false };
  if (typeof value === 'boolean')
    return { text: lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no', numeric: false };
  if (typeof value === 'number') {
    if (column.format === 'percent') return { text: percent(value), numeric: true };
    return {
      text: Number.isInteger(value) && Math.abs(value) >= 1e4 ? value.toLocaleString('en-US') : String(value),
      numeric: true,
    };
  }
  return { text: value, numeric: false };
}

export function tableRows(def: ChartDef, lang: Lang): { cells: TableCell[]; href: string | null }[] {
  return def.rows.map((row) => ({
    cells: def.columns.map((c) => cellDisplay(row[c.key], c, lang)),
    href: typeof row.href === 'string' ? row.href : null,
  }));
}
