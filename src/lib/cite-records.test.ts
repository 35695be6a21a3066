import { describe, expect, it } from 'vitest';
import { bibtex, ris } from './cite-records.ts';
import type { ReportMeta } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown>) =>
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

describe('BibTeX', () => {
  it('is one @misc record with a braced corporate author, the year, the permalink and the estimated-year note', () => {
    const b = bibtex(meta({}), link, '1.1.0');
    expect(b).toMatch(/^@misc\{atlas-r,\n/);
    expect(b).toContain('  author = {{市科技局}},');
    expect(b).toContain('  year = {2011},');
    expect(b).toContain(`  url = {${link}},`);
    expect(b).toContain('publisher = {某文库}');
    expect(b).toMatch(
      /note = \{安庆市（推断） 约2011年工作总结\. Work summary\. Year estimated by the curator \(约2011\).*data version 1\.1\.0\.\}/,
    );
    expect(b.trimEnd().endsWith('}')).toBe(true);
  });
  it('escapes TeX specials and credits a news outlet as author', () => {
    const b = bibtex(
      meta({
        title: 'R&D 50%',
        source: { raw_file: 'x', author: '某融媒', published: '2023-12-28', url: 'https://n.example/a_b' },
      }),
      link,
    );
    expect(b).toContain('title = {R\\&D 50\\%}');
    expect(b).toContain('author = {{某融媒}}');
    expect(b).toContain('year = {2023}');
    expect(b).toContain('howpublished = {https://n.example/a_b}');
    expect(b).toContain('Subject: 市科技局.');
  });
});

describe('RIS', () => {
  it('opens with TY, closes with ER, CRLF lines, both addresses', () => {
    const r = ris(meta({ source: { raw_file: 'x', url: 'https://n.example/a', published: '2023-12-28' } }), link);
    const lines = r.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('AU  - 市科技局');
    expect(lines).toContain('DA  - 2023/12/28');
    expect(lines).toContain('UR  - https://n.example/a');
    expect(lines).toContain(`UR  - ${link}`);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(r.endsWith('\r\n')).toBe(true);
  });
});
