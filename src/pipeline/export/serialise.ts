// Serialises flat rows for the downloads: CSV and compact, deterministic
// JSON. The CSV dialect is chosen for the tools researchers read it with (d3,
// pandas, R, csv-parse, Frictionless): plain UTF-8 without a byte-order mark
// (with one, d3 and csv-parse name the first column "\ufeffid"), comma, RFC
// 4180 double quotes via papaparse, \n line ends, a header line; spreadsheet
// users get an .xlsx beside each table (xlsx.ts), which needs no guessing of
// encoding or number formats. Lists are joined by LIST_SEPARATOR. A cell
// starting with = + - @ (or a tab or carriage return) gets a leading ' so a
// spreadsheet that opens the CSV shows it instead of running it as a formula,
// except in the columns that hold the report's own words at their offsets
// (VERBATIM_COLUMNS): those are published unchanged and always quoted, so
// `text` equals body.slice(start, end).
import Papa from 'papaparse';
import { LIST_SEPARATOR } from './tables.ts';

/** The CSV dialect, as Frictionless describes one (datapackage.json states it per file). */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** Columns holding the report's words as written (paragraphs.csv text, figures.csv raw and sentence): never altered, always quoted. */
export const VERBATIM_COLUMNS: ReadonlySet<string> = new Set(['text', 'raw', 'sentence']);

const FORMULA_START = /^[=+\-@\t\r]/;

/** A list's values joined by LIST_SEPARATOR; a value holding the separator would split, so it is refused. */
export function joinList(list: readonly (string | number)[], column: string): string {
  const bad = list.find((v) => String(v).includes(LIST_SEPARATOR));
  if (bad !== undefined)
    throw new Error(
      `column "${column}": the value ${JSON.stringify(bad)} holds "${LIST_SEPARATOR}", the list separator`,
    );
  return list.join(LIST_SEPARATOR);
}

/** Arrays become `a|b`; absent values an empty cell. */
function cell(value: unknown, column: string): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return joinList(value as (string | number)[], column);
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(sortKeys(value));
}

/**
 * One header line with `columns`, then one line per row in column order. A
 * column a row lacks is an empty cell. Ends with a newline.
 */
export function toCsv(rows: object[], columns: string[]): string {
  const verbatim = columns.map((c) => VERBATIM_COLUMNS.has(c));
  const data = rows.map((row) =>
    columns.map((c, i) => {
      const value = cell((row as Record<string, unknown>)[c], c);
      return !verbatim[i] && typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
    }),
  );
  // A lone empty cell is written "" so its row is not read as a blank line; verbatim text is always quoted.
  const quotes = (value: unknown, col: number) =>
    (columns.length === 1 && value === '') || (verbatim[col] === true && typeof value === 'string' && value !== '');
  const header = Papa.unparse([columns], { newline: '\n' });
  // Unparsed as plain arrays: papaparse would end a header-only table with a stray newline.
  const body = data.length ? `\n${Papa.unparse(data, { newline: '\n', quotes, escapeFormulae: false })}` : '';
  return `${header}${body}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Map) return sortKeys(Object.fromEntries(value));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .filter((k) => obj[k] !== undefined)
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}

/** Compact JSON with keys sorted at every level: same data, same bytes. */
export function toJson(rows: unknown): string {
  return JSON.stringify(sortKeys(rows));
}
