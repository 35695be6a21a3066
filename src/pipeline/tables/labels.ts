// What a lexicon's names and words may be: one visible line each. A label
// becomes an <h1>, a link, a chart title, a CSV cell and a JSON string, so a
// control character, tab or line break in it reaches all of them, an empty
// name gives an empty heading and link, and two entries with one name give
// two series or pages titled alike. Each problem is a TableError at its line.
import { isBlank, labelProblem } from '../text-checks.ts';
import { TableError } from './read-table.ts';

/** A record holding every column `C` (the table reader checked the header). */
interface Record<C extends string> {
  line: number;
  values: { [column in C]: string };
}

/** Refuses a label of `columns` that holds a control, invisible or line-break character, or (when `required`) is blank. */
export function checkLabels<C extends string>(
  file: string,
  record: Record<C>,
  columns: readonly C[],
  required: readonly C[],
): void {
  for (const column of columns) {
    const value = record.values[column];
    const bad = labelProblem(value);
    if (bad) throw new TableError(file, record.line, column, `holds ${bad}; a label is one line of visible text`);
    if (required.includes(column) && isBlank(value))
      throw new TableError(
        file,
        record.line,
        column,
        'is empty; every entry needs its name (pages, charts and downloads show it)',
      );
  }
}

/** Refuses a name in `column` that an earlier record already has (compared without case and surrounding space). */
export function rejectRepeatedNames<C extends string>(file: string, records: readonly Record<C>[], column: C): void {
  const seen = new Map<string, number>();
  for (const r of records) {
    const key = r.values[column].trim().normalize('NFC').toLowerCase();
    if (key === '') continue;
    const first = seen.get(key);
    if (first !== undefined)
      throw new TableError(
        file,
        r.line,
        column,
        `"${r.values[column]}" is already the name at line ${first}: two entries named alike would give two series or pages with one title`,
      );
    seen.set(key, r.line);
  }
}

/** Each item of a `|`-joined list (synonyms, cues, keywords) as one line of visible text. */
export function checkListItems(file: string, line: number, column: string, items: readonly string[]): void {
  for (const item of items) {
    const bad = labelProblem(item);
    if (bad) throw new TableError(file, line, column, `"${item}" holds ${bad}`);
  }
}
