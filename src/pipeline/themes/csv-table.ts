// Reads a small curator-maintained CSV (lexicons, overrides) into records that
// remember their line in the file, so every validation error can say where
// to look: "data/themes.csv line 7, field keywords: …".
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {
  constructor(file: string, line: number, field: string | null, message: string) {
    super(`${file} line ${line}${field ? `, field ${field}` : ''}: ${message}`);
    this.name = 'CsvError';
  }
}

/** Parses CSV text whose header must be exactly `columns` (in that order). */
export function parseCsvTable(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: { line: number; fields: string[] }[] = [];
  let rowStart = 0;
  const lineAt = (offset: number) => 1 + (source.slice(0, offset).match(/\n/g)?.length ?? 0);
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const [problem] = result.errors;
      if (problem) throw new CsvError(file, line, null, problem.message);
      const fields = result.data;
      if (fields.length === 1 && fields[0].trim() === '') return; // blank line
      rows.push({ line, fields });
    },
  });
  const [header, ...body] = rows;
  if (!header) throw new CsvError(file, 1, null, `empty file; expected the header ${columns.join(',')}`);
  const got = header.fields.map((f) => f.trim());
  if (got.join(',') !== columns.join(',')) {
    throw new CsvError(file, header.line, null, `header is "${got.join(',')}", expected "${columns.join(',')}"`);
  }
  return body.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw new CsvError(file, line, null, `${fields.length} fields, expected ${columns.length} (${columns.join(',')})`);
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = fields[i].trim()));
    return { line, values };
  });
}

export function readCsvTable(path: string, columns: readonly string[]): CsvRecord[] {
  return parseCsvTable(readFileSync(path, 'utf8'), path, columns);
}
