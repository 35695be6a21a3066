// The lexicons' and overrides' view of the one table reader
// (src/pipeline/tables/read-table.ts): every column a trimmed string, each
// record with its line, so validation errors say `file:line: field "…": …`.
import { z } from 'zod';
import { readTable } from '../tables/read-table.ts';

export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number;
  values: Record<string, string>;
}

const stringColumns = (columns: readonly string[]) => z.object(Object.fromEntries(columns.map((c) => [c, z.string()])));

export function readCsvTable(path: string, columns: readonly string[]): CsvRecord[] {
  return readTable(path, stringColumns(columns)).map(({ line, row }) => ({
    line,
    values: row as Record<string, string>,
  }));
}
