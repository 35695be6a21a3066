// The lexicons' and overrides' view of the one table reader
// (src/pipeline/tables/read-table.ts): every column a trimmed string, each
// record with its line, so validation errors say `file:line: field "…": …`.
import { z } from 'zod';
import { readTable } from '../tables/read-table.ts';

/** A record of a table whose columns are `C`: every one of them is present. */
export interface CsvRecord<C extends string = string> {
  /** 1-based line in the file where the record starts. */
  line: number;
  values: Record<C, string>;
}

const stringColumns = (columns: readonly string[]) => z.object(Object.fromEntries(columns.map((c) => [c, z.string()])));

/** Reads a CSV file whose header holds exactly `columns`. */
export function readCsvTable<C extends string>(path: string, columns: readonly C[]): CsvRecord<C>[] {
  return readTable(path, stringColumns(columns)).map(({ line, row }) => ({
    line,
    values: row as Record<C, string>,
  }));
}
