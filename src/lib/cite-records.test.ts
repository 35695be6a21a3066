// The records are read back by citation-js (a registry parser of BibTeX, RIS
// and CSL-JSON, what many reference tools build on): one entry each, with the
// fields written, for ordinary reports and for hostile titles and addresses.
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { bibtex, cslJson, ris } from './cite-records.ts';
import { citation } from './citation.ts';
import type { Cited } from './citation.ts';
import type { ReportMeta } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown> = {}) =>
  ({
    id: 'r',
    title: '市科技局工作总结',
    issuer: '市科技局',
    year: 2011,
    years: [2011],
    year_reliable: false,
    doc_type: 'summary',
    region_basis: 'inferred',
    region: { code: '340800', name: '安庆市', province: '安徽省', level: 'city' },
    source: { raw_file: 'x.txt', part: 1, parts: 1, site: '某文库' },
    ...over,
  }) as unknown as ReportMeta;
const link = 'https://example.org/reports/r/';
const release = { version: '1.1.0', date: '2026-12-04', notes: [] };
const cite = (over: Record<string, unknown> = {}, cited?: Cited) =>
  citation({ meta: meta(over), permalink: link, release, cited });

const FORMAT_TYPE = { bib: '@biblatex/text', ris: '@ris/file', csl: '@csl/list+object' } as const;

/** What citation-js reads as the format given (never sniffed: a title may look like another format): CSL items. */
function parsed(text: string, format: keyof typeof FORMAT_TYPE): Record<string, unknown>[] {
  const input = format === 'csl' ? JSON.parse(text) : text;
  return new Cite(input, { forceType: FORMAT_TYPE[format] }).data.map(
    ({ _graph, ...item }: Record<string, unknown>) => item,
  );
}
/** RIS gives both addresses (original, then the permalink); citation-js reads them as a list. */
const urls = (item: Record<string, unknown>) => [item.URL].flat();

describe('the citation model', () => {
  it('marks an estimated year circa, dates access by the release, tags the language, keys parts apart', () => {
    const c = cite();
    expect(c.issued).toEqual({ year: 2011, circa: true });
    expect(c.accessed).toBe('2026-12-04');
    expect(c.language).toBe('zh-CN');
    expect(c.key).toBe('atlas-r');
    expect(cite({}, { kind: 'figure', n: 7, raw: '86家' })).toMatchObject({
      key: 'atlas-r-f7',
      title: '市科技局工作总结（数字 f-7：86家）',
      url: `${link}#f-7`,
    });
    expect(cite({}, { kind: 'paragraph', n: 2 })).toMatchObject({ key: 'atlas-r-p2', url: `${link}#p-2` });
    // A publication date is no estimate.
    expect(cite({ source: { raw_file: 'x', published: '2023-12-28' } }).issued).toEqual({
      year: 2023,
      date: '2023-12-28',
      circa: false,
    });
  });
});

describe('BibTeX, read by citation-js', () => {
  it('is one @misc entry: corporate author, year, access date, permalink, language tag, estimated-year note', () => {
    const text = bibtex(cite());
    expect(text).toMatch(/^@misc\{atlas-r,\n/);
    expect(text).toContain('  author = {{市科技局}},');
    expect(text).toContain('  year = {2011},');
    expect(text).toContain('  urldate = {2026-12-04},');
    expect(text).toContain('  langid = {zh-CN}');
    const [item = {}, ...rest] = parsed(text, 'bib');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'atlas-r',
      title: '市科技局工作总结',
      issued: { 'date-parts': [[2011]] },
      accessed: { 'date-parts': [[2026, 12, 4]] },
      URL: link,
      language: 'zh-CN',
      publisher: '某文库',
    });
    expect(item.note).toMatch(/Year estimated by the curator \(约2011, circa 2011\).*data version 1\.1\.0/);
  });

  it('cites a paragraph and a figure as entries of their own, at their anchors', () => {
    for (const cited of [
      { kind: 'paragraph', n: 2 },
      { kind: 'figure', n: 7, raw: '86家' },
    ] as Cited[]) {
      const [item = {}, ...rest] = parsed(bibtex(cite({}, cited)), 'bib');
      expect(rest).toEqual([]);
      expect(item.URL).toBe(`${link}${cited.kind === 'paragraph' ? '#p-2' : '#f-7'}`);
    }
  });
});

describe('RIS, read by citation-js', () => {
  it('is one RPRT record in CRLF lines: both addresses, the access date (Y2), the language', () => {
    const text = ris(cite({ source: { raw_file: 'x', url: 'https://n.example/a', published: '2023-12-28' } }));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('DA  - 2023/12/28');
    expect(lines).toContain('UR  - https://n.example/a');
    expect(lines).toContain(`UR  - ${link}`);
    expect(lines).toContain('Y2  - 2026/12/04');
    expect(lines.at(-2)).toBe('ER  - ');
    const [item, ...rest] = parsed(text, 'ris');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      title: '市科技局工作总结',
      accessed: { 'date-parts': [[2026, 12, 4]] },
      issued: { 'date-parts': [[2023, 12, 28]] },
      language: 'zh-CN',
    });
  });

  it('notes an estimated year', () => {
    expect(ris(cite())).toMatch(/\r\nN1 {2}- Year estimated by the curator/);
  });
});

describe('CSL-JSON, read by citation-js and formatted by citeproc', () => {
  it('marks the estimated year circa, so APA prints "ca. 2011", not a plain year', () => {
    const text = cslJson(cite());
    const [item, ...rest] = parsed(text, 'csl');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'atlas-r',
      type: 'report',
      issued: { 'date-parts': [[2011]], circa: true },
      accessed: { 'date-parts': [[2026, 12, 4]] },
      language: 'zh-CN',
    });
    const apa = new Cite(JSON.parse(text)).format('bibliography', { template: 'apa', lang: 'en-US' });
    expect(apa).toContain('(ca. 2011)');
    const known = new Cite(JSON.parse(cslJson(cite({ year_reliable: true })))).format('bibliography', {
      template: 'apa',
    });
    expect(known).toContain('(2011)');
  });
});

describe('hostile titles and addresses stay one entry with the right fields', () => {
  const TITLES = [
    '总结} , author = {伪造}',
    '@misc{evil, title = {伪造}}',
    '第一行\n@misc{evil,\n  title = {伪造}\n}',
    'R&D 50% $5 #1 a_b ~ ^ \\ { 不成对',
    '换行\r\nER  - \r\nTY  - JOUR\r\nTI  - 伪造',
  ];
  const URLS = [
    'https://n.example/a}b',
    'https://n.example/a}, note = {伪造}\n@misc{evil, title = {伪造}}',
    'https://n.example/a\r\nER  - \r\nTY  - JOUR',
  ];
  /** The title as a one-line field holds it: line breaks read as single spaces. */
  const oneLine = (s: string) =>
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();

  for (const title of TITLES) {
    it(`title ${JSON.stringify(title)}`, () => {
      const c = cite({ title });
      for (const [format, text] of [
        ['bib', bibtex(c)],
        ['ris', ris(c)],
        ['csl', cslJson(c)],
      ] as const) {
        const items = parsed(text, format);
        expect(items, format).toHaveLength(1);
        const [item = {}] = items;
        expect(item.title, format).toBe(format === 'csl' ? title : oneLine(title));
        expect(urls(item), format).toEqual([link]);
      }
    });
  }

  for (const url of URLS) {
    it(`source address ${JSON.stringify(url)}`, () => {
      const plain = cite({ source: { raw_file: 'x', url: 'https://n.example/a' } });
      const c = cite({ source: { raw_file: 'x', url } });
      for (const [format, write] of [
        ['bib', bibtex],
        ['ris', ris],
        ['csl', cslJson],
      ] as const) {
        const items = parsed(write(c), format);
        expect(items, format).toHaveLength(1);
        const [item = {}] = items;
        const [harmless = {}] = parsed(write(plain), format);
        // The same fields as with a harmless address: nothing injected, nothing cut short.
        expect(Object.keys(item).sort(), format).toEqual(Object.keys(harmless).sort());
        expect(item.title, format).toBe('市科技局工作总结');
        expect(urls(item), format).toEqual(format === 'ris' ? [new URL(url).href, link] : [link]);
      }
      // BibTeX keeps the address as an address: percent-encoded braces and spaces, in \url{}.
      expect(bibtex(c)).not.toMatch(/\n@/);
    });
  }
});
