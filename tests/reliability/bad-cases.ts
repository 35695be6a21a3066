// What each bad-input fixture (tests/fixtures/bad/<case>/) must do: stop the
// build with a message naming file, line and field, or build correctly.
// Lines are 1-based lines of the fixture file, worked out by hand.
import { join } from 'node:path';

export const BAD_DIR = 'tests/fixtures/bad';

export interface FailCase {
  name: string;
  /** The file the message must name. */
  file: string;
  line: number;
  /** The field the message must name; '' for whole-frontmatter problems (then `message` must say so). */
  field: string;
  message: RegExp;
}

export interface BuildCase {
  name: string;
  /** The report ids this case publishes. */
  ids: string[];
}

export const FAIL_CASES: FailCase[] = [
  { name: 'missing-title', file: 'missing-title.md', line: 2, field: 'title', message: /expected string/ },
  { name: 'missing-region-code', file: 'missing-region-code.md', line: 4, field: 'region.code', message: /expected string/ },
  { name: 'year-as-text', file: 'year-as-text.md', line: 13, field: 'year', message: /expected number/ },
  { name: 'unknown-doc-type', file: 'unknown-doc-type.md', line: 15, field: 'doc_type', message: /summary/ },
  { name: 'bad-slug', file: 'Bad_Slug.md', line: 2, field: 'id', message: /slug/ },
  { name: 'unknown-region', file: 'unknown-region.md', line: 5, field: 'region.code', message: /999999/ },
  // Two files claiming one id: the one whose file name is not the id is named.
  { name: 'duplicate-id', file: 'same-id-copy.md', line: 2, field: 'id', message: /duplicate id "same-id", also used by same-id\.md/ },
  { name: 'date-feb-30', file: 'date-feb-30.md', line: 19, field: 'source.published', message: /calendar date/ },
  { name: 'year-not-in-years', file: 'year-not-in-years.md', line: 13, field: 'year', message: /2023/ },
  { name: 'rewritten-year', file: 'rewritten-year.md', line: 12, field: 'years.0', message: /1949/ },
  { name: 'empty-body', file: 'empty-body.md', line: 21, field: 'body', message: /no text/ },
  { name: 'empty-file', file: 'empty-file.md', line: 1, field: '', message: /frontmatter/ },
  { name: 'no-frontmatter', file: 'no-frontmatter.md', line: 1, field: '', message: /frontmatter/ },
  { name: 'invalid-yaml', file: 'invalid-yaml.md', line: 6, field: '', message: /invalid YAML/ },
  { name: 'javascript-url', file: 'javascript-url.md', line: 20, field: 'source.url', message: /http/ },
];

export const BUILD_CASES: BuildCase[] = [
  { name: 'html-in-text', ids: ['html-in-text'] },
  { name: 'only-masked', ids: ['only-masked'] },
  { name: 'traditional', ids: ['traditional'] },
  { name: 'crlf-bom', ids: ['crlf-bom'] },
  // YAML 1.2 (the one reader) reads an unquoted 2024-08-05 as the string it looks like.
  { name: 'unquoted-date', ids: ['unquoted-date'] },
];

/** The id of the generated 1 MB report (see large-report.ts). */
export const LARGE_ID = 'large-1mb';

export function caseDir(name: string): string {
  return join(BAD_DIR, name);
}

/** The text a failing build must print: `<path ending in file>:<line>: field "<field>"`. */
export function expectedLocation(c: FailCase): RegExp {
  const file = c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const field = c.field ? ` field "${c.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}":` : '';
  return new RegExp(`${file}:${c.line}:${field}`);
}
