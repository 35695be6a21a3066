// Serialises flat rows for the downloads: CSV (RFC 4180 quoting via
// papaparse, \n line ends) and compact, deterministic JSON. The CSV starts
// with a UTF-8 byte-order mark, without which Excel on a Chinese Windows
// reads the text as GBK and shows mojibake. A cell starting with = + - @ (or
// a tab or carriage return) gets a leading ' so a spreadsheet shows it
// instead of running it as a formula, except in the columns that hold the
// report's own words at their offsets (VERBATIM_COLUMNS): those are published
// unchanged and always quoted, so `text` equals body.slice(start, end).
// Papa.parse drops the mark when reading.
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

export const BOM = '\ufeff';

/** Columns holding the report's words as written (paragraphs.csv text, figures.csv raw and sentence): never altered, always quoted. */
export const VERBATIM_COLUMNS: ReadonlySet<string> = new Set(['text', 'raw', 'sentence']);

const FORMULA_START = /^[=+\-@\t\r]/;

/** Arrays become `a|b` (the lexicon's separator); absent values an empty cell. */
function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('|');
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
      const value = cell((row as Record<string, unknown>)[c]);
      return !verbatim[i] && typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
    }),
  );
  // A lone empty cell is written "" so its row is not read as a blank line; verbatim text is always quoted.
  const quotes = (value: unknown, col: number) =>
    (columns.length === 1 && value === '') || (verbatim[col] && typeof value === 'string' && value !== '');
  const header = Papa.unparse([columns], { newline: '\n' });
  // Unparsed as plain arrays: papaparse would end a header-only table with a stray newline.
  const body = data.length ? `\n${Papa.unparse(data, { newline: '\n', quotes, escapeFormulae: false })}` : '';
  return `${BOM}${header}${body}\n`;
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
