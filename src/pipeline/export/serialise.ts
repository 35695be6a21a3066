// Serialises flat rows for the downloads: CSV (RFC 4180 quoting via
// papaparse, \n line ends) and compact, deterministic JSON. The CSV starts
// with a UTF-8 byte-order mark, without which Excel on a Chinese Windows
// reads the text as GBK and shows mojibake; a text cell starting with = + - @
// gets a leading ' so a spreadsheet shows it instead of running it as a
// formula. Papa.parse drops the mark when reading.
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

export const BOM = '\ufeff';

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
  const data = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])));
  // A lone empty cell is written "" so its row is not read as a blank line.
  const options = { newline: '\n', quotes: (value: unknown) => columns.length === 1 && value === '', escapeFormulae: true };
  // Unparsed as plain arrays: papaparse would end a header-only table with a stray newline.
  return `${BOM}${Papa.unparse([columns, ...data], options)}\n`;
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
