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
  {
    name: 'missing-region-code',
    file: 'missing-region-code.md',
    line: 4,
    field: 'region.code',
    message: /expected string/,
  },
  { name: 'year-as-text', file: 'year-as-text.md', line: 13, field: 'year', message: /expected number/ },
  { name: 'unknown-doc-type', file: 'unknown-doc-type.md', line: 15, field: 'doc_type', message: /summary/ },
  { name: 'bad-slug', file: 'Bad_Slug.md', line: 2, field: 'id', message: /slug/ },
  { name: 'unknown-region', file: 'unknown-region.md', line: 5, field: 'region.code', message: /999999/ },
  // Two files claiming one id: the one whose file name is not the id is named.
  {
    name: 'duplicate-id',
    file: 'same-id-copy.md',
    line: 2,
    field: 'id',
    message: /duplicate id "same-id", also used by same-id\.md/,
  },
  { name: 'date-feb-30', file: 'date-feb-30.md', line: 19, field: 'source.published', message: /calendar date/ },
  { name: 'year-not-in-years', file: 'year-not-in-years.md', line: 13, field: 'year', message: /2023/ },
  { name: 'rewritten-year', file: 'rewritten-year.md', line: 12, field: 'years.0', message: /1949/ },
  { name: 'empty-body', file: 'empty-body.md', line: 21, field: 'body', message: /no text/ },
  { name: 'empty-file', file: 'empty-file.md', line: 1, field: '', message: /frontmatter/ },
  { name: 'no-frontmatter', file: 'no-frontmatter.md', line: 1, field: '', message: /frontmatter/ },
  { name: 'invalid-yaml', file: 'invalid-yaml.md', line: 6, field: '', message: /invalid YAML/ },
  { name: 'javascript-url', file: 'javascript-url.md', line: 20, field: 'source.url', message: /http/ },
  // The battery of issue 15: a careless curator and an attacker.
  {
    name: 'region-other-province',
    file: 'region-other-province.md',
    line: 6,
    field: 'region.name',
    message: /data\/regions\.csv gives 370812 name "兖州区"/,
  },
  {
    name: 'province-code-county',
    file: 'province-code-county.md',
    line: 8,
    field: 'region.level',
    message: /"county" but data\/regions\.csv gives 330000 level "province"/,
  },
  {
    name: 'region-city-mismatch',
    file: 'region-city-mismatch.md',
    line: 8,
    field: 'region.city',
    message: /"温州市" but data\/regions\.csv gives 331024 city "台州市"/,
  },
  {
    name: 'region-name-trailing-space',
    file: 'region-name-trailing-space.md',
    line: 6,
    field: 'region.name',
    message: /"仙居县 " but/,
  },
  {
    name: 'years-unsorted',
    file: 'years-unsorted.md',
    line: 13,
    field: 'years.1',
    message: /ascending, each once: 2023 follows 2024/,
  },
  { name: 'years-duplicate', file: 'years-duplicate.md', line: 13, field: 'years.1', message: /2024 follows 2024/ },
  {
    name: 'year-decades-after-published',
    file: 'year-decades-after-published.md',
    line: 12,
    field: 'years.0',
    message: /2054 is implausible for a report published in 2024/,
  },
  {
    name: 'misspelt-year-reliable',
    file: 'misspelt-year-reliable.md',
    line: 15,
    field: 'year_relaible',
    message: /unknown key \(did you mean "year_reliable"\?\)/,
  },
  {
    name: 'misspelt-region-evidence',
    file: 'misspelt-region-evidence.md',
    line: 11,
    field: 'region_evidance',
    message: /did you mean "region_evidence"/,
  },
  {
    name: 'misspelt-quality',
    file: 'misspelt-quality.md',
    line: 20,
    field: 'qualty',
    message: /did you mean "quality"/,
  },
  {
    name: 'misspelt-nested-key',
    file: 'misspelt-nested-key.md',
    line: 19,
    field: 'source.pubished',
    message: /did you mean "published"/,
  },
  {
    name: 'unknown-key-far',
    file: 'unknown-key-far.md',
    line: 15,
    field: 'favourite_colour',
    message: /unknown key \(allowed: id, title/,
  },
  {
    name: 'part-greater-than-parts',
    file: 'part-greater-than-parts.md',
    line: 19,
    field: 'source.part',
    message: /part 3 is greater than parts 2/,
  },
  {
    name: 'title-ideographic-spaces',
    file: 'title-ideographic-spaces.md',
    line: 3,
    field: 'title',
    message: /the title is blank/,
  },
  {
    name: 'title-zero-width',
    file: 'title-zero-width.md',
    line: 3,
    field: 'title',
    message: /invisible character U\+200B/,
  },
  { name: 'issuer-one-space', file: 'issuer-one-space.md', line: 16, field: 'issuer', message: /the issuer is blank/ },
  {
    name: 'issuer-bidi-override',
    file: 'issuer-bidi-override.md',
    line: 16,
    field: 'issuer',
    message: /invisible character U\+202E/,
  },
  {
    name: 'title-control-character',
    file: 'title-control-character.md',
    line: 3,
    field: 'title',
    message: /control character U\+0007/,
  },
  {
    name: 'title-unpaired-surrogate',
    file: 'title-unpaired-surrogate.md',
    line: 3,
    field: 'title',
    message: /unpaired surrogate/,
  },
  {
    name: 'id-240-characters',
    file: 'a-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-bc.md',
    line: 2,
    field: 'id',
    message: /at most 80 characters/,
  },
  {
    name: 'id-81-characters',
    file: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.md',
    line: 2,
    field: 'id',
    message: /at most 80 characters/,
  },
  {
    name: 'id-file-mismatch',
    file: 'id-file-mismatch.md',
    line: 2,
    field: 'id',
    message: /id "another-id" must match the file name "id-file-mismatch\.md"/,
  },
  {
    name: 'nul-in-body',
    file: 'nul-in-body.md',
    line: 21,
    field: 'body',
    message: /control character U\+0000 at column 13/,
  },
  { name: 'invalid-utf8', file: 'invalid-utf8.md', line: 21, field: '', message: /invalid UTF-8 bytes/ },
  {
    name: 'zero-width-in-number',
    file: 'zero-width-in-number.md',
    line: 21,
    field: 'body',
    message: /invisible character U\+200B at column 21/,
  },
  { name: 'alias-bomb', file: 'alias-bomb.md', line: 16, field: '', message: /YAML alias \*a refused/ },
  {
    name: 'duplicate-key',
    file: 'duplicate-key.md',
    line: 15,
    field: '',
    message: /invalid YAML: Map keys must be unique/,
  },
  { name: 'custom-yaml-tag', file: 'custom-yaml-tag.md', line: 16, field: '', message: /invalid YAML/ },
  { name: 'source-url-data', file: 'source-url-data.md', line: 20, field: 'source.url', message: /http\(s\)/ },
  { name: 'unclosed-frontmatter', file: 'unclosed-frontmatter.md', line: 1, field: '', message: /no YAML frontmatter/ },
  {
    name: 'frontmatter-is-a-list',
    file: 'frontmatter-is-a-list.md',
    line: 2,
    field: '(root)',
    message: /expected object/,
  },
  { name: 'empty-frontmatter', file: 'empty-frontmatter.md', line: 2, field: 'id', message: /expected string/ },
  {
    name: 'inferred-without-confidence',
    file: 'inferred-without-confidence.md',
    line: 10,
    field: 'region_confidence',
    message: /an inferred region needs a confidence/,
  },
  {
    name: 'body-only-invisible',
    file: 'body-only-invisible.md',
    line: 21,
    field: 'body',
    message: /the report has no text/,
  },
  {
    name: 'years-empty',
    file: 'years-empty.md',
    line: 11,
    field: 'years',
    message: /expected array to have >=1 items|Too small/,
  },
  {
    name: 'uppercase-md',
    file: 'second-report.MD',
    line: 1,
    field: '',
    message: /not read: reports are <id>\.md files/,
  },
  { name: 'sub-folder', file: 'drafts', line: 1, field: '', message: /a folder inside the reports folder is not read/ },
  { name: 'markdown-extension', file: 'second-report.markdown', line: 1, field: '', message: /not read/ },
  {
    name: 'region-code-unquoted',
    file: 'region-code-unquoted.md',
    line: 5,
    field: 'region.code',
    message: /expected string/,
  },
];

export const BUILD_CASES: BuildCase[] = [
  { name: 'html-in-text', ids: ['html-in-text'] },
  { name: 'only-masked', ids: ['only-masked'] },
  { name: 'traditional', ids: ['traditional'] },
  { name: 'crlf-bom', ids: ['crlf-bom'] },
  // YAML 1.2 (the one reader) reads an unquoted 2024-08-05 as the string it looks like.
  { name: 'unquoted-date', ids: ['unquoted-date'] },
  // Numbers too long to publish exactly stay in the text, not as figures.
  { name: 'huge-numbers', ids: ['huge-numbers'] },
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
