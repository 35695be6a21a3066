// Every citation file the site publishes, read by citation-js as its own
// format: one entry each, with an access date, the language tag, the
// permalink, and an estimated year marked (BibTeX and RIS by a note, CSL by
// circa); the page links all three.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { present } from '../helpers/present.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const release = present(ds.releases[0], 'a release in data/CHANGELOG.md');
const accessed = { 'date-parts': [release.date.split('-').map(Number)] };
const read = (id: string, ext: string) => readFileSync(`dist/cite/${id}.${ext}`, 'utf8');
const parse = (input: unknown, forceType: string) =>
  new Cite(input, { forceType }).data as unknown as { URL: string | string[]; accessed: unknown; language: string; issued: { circa?: boolean }; note?: string }[];

describe('citation files', () => {
  for (const { meta } of ds.reports) {
    it(`${meta.id}: BibTeX, RIS and CSL-JSON are one entry each, with access date, language and estimated year marked`, () => {
      const estimated = !meta.year_reliable && !meta.source.published;
      const permalink = (urls: string | string[]) => [urls].flat().some((u) => new URL(u).pathname === `/reports/${meta.id}/`);
      const bib = parse(read(meta.id, 'bib'), '@biblatex/text');
      const ris = parse(read(meta.id, 'ris'), '@ris/file');
      const csl = parse(JSON.parse(read(meta.id, 'json')), '@csl/list+object');
      for (const [format, items] of [['bib', bib], ['ris', ris], ['csl', csl]] as const) {
        expect(items, format).toHaveLength(1);
        const item = present(items[0], `${format} entry of ${meta.id}`);
        expect(item.accessed, format).toEqual(accessed);
        expect(item.language, format).toBe('zh-CN');
        expect(permalink(item.URL), format).toBe(true);
      }
      expect(present(csl[0], `CSL entry of ${meta.id}`).issued.circa ?? false).toBe(estimated);
      expect(/Year estimated/.test(present(bib[0], `BibTeX entry of ${meta.id}`).note ?? '')).toBe(estimated);
      expect(/\r\nN1 {2}- Year estimated/.test(read(meta.id, 'ris'))).toBe(estimated);
    });
  }

  it('the report page links all three', () => {
    for (const { meta } of ds.reports) {
      const page = readFileSync(`dist/reports/${meta.id}/index.html`, 'utf8');
      for (const ext of ['bib', 'ris', 'json']) expect(page, `${meta.id}.${ext}`).toContain(`href="/cite/${meta.id}.${ext}"`);
    }
  });

  it('at least one report has an estimated year, so the marking is exercised', () => {
    expect(ds.reports.some((r) => !r.meta.year_reliable && !r.meta.source.published)).toBe(true);
  });
});
