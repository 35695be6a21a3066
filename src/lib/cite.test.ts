import { describe, expect, it } from 'vitest';
import { citeEn, citeZh } from './cite.ts';
import type { Region, ReportMeta } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown>) =>
  ({
    id: 'r',
    title: '区科学技术局2022年度工作总结',
    title_en: 'District S&T Bureau: 2022 work summary',
    issuer: '区科学技术局',
    year: 2022,
    years: [2022],
    year_reliable: true,
    doc_type: 'summary',
    region_basis: 'stated',
    region: { code: '370812', name: '兖州区', province: '山东省', level: 'district' },
    source: { raw_file: 'x.txt', part: 1, parts: 1, published: '2023-10-28' },
    ...over,
  }) as unknown as ReportMeta;
const yanzhou = { code: '370812', name_zh: '兖州区', name_en: 'Yanzhou District' } as Region;
const link = 'https://example.org/reports/r/';

describe('citations', () => {
  it('GB/T 7714: the issuer as written, [EB/OL], the publication date and the permalink', () => {
    expect(citeZh(meta({}), link)).toBe(
      '区科学技术局. 区科学技术局2022年度工作总结: 兖州区 2022年工作总结[EB/OL]. 2023(2023-10-28)[引用日期]. 区域科技政策图鉴整理本: https://example.org/reports/r/.',
    );
  });

  it('GB/T 7714: an estimated year is written 约, the site and original address are given, the version named', () => {
    const m = meta({
      title: '兖州区科技局工作总结',
      year_reliable: false,
      source: { raw_file: 'x.txt', site: '某网', url: 'https://news.example/a.html' },
    });
    expect(citeZh(m, link, { version: '1.1.0' })).toBe(
      '区科学技术局. 兖州区科技局工作总结[EB/OL]. 某网, 约2022[引用日期]. https://news.example/a.html. 区域科技政策图鉴整理本(数据版本 1.1.0): https://example.org/reports/r/.',
    );
  });

  it('a news article is credited to its outlet, with the bureau as subject', () => {
    const m = meta({
      title: '兖州区科技局：…',
      source: { raw_file: 'x.txt', author: '某融媒', published: '2023-12-28' },
    });
    expect(citeZh(m, link)).toMatch(
      /^某融媒\. 兖州区科技局：…\[EB\/OL\]\. 2023\(2023-12-28\)\[引用日期\]\. 报道对象: 区科学技术局\. /,
    );
    expect(citeEn(m, link, yanzhou)).toMatch(
      /^某融媒 \[reporting on the Yanzhou District Science and Technology Bureau\]\. \(2022\)/,
    );
  });

  it('cites a paragraph and a figure at their anchors', () => {
    expect(citeZh(meta({}), link, { part: { kind: 'paragraph', n: 2 } })).toMatch(
      /（第 3 段）\[EB\/OL\].*reports\/r\/#p-2\.$/,
    );
    expect(citeEn(meta({}), link, yanzhou, { part: { kind: 'figure', n: 7, raw: '86家' } })).toMatch(
      /summary, figure f-7 \(86家\) \[.*from https:\/\/example\.org\/reports\/r\/#f-7$/,
    );
  });

  it('names a stated region as the author', () => {
    expect(citeEn(meta({}), link, yanzhou)).toMatch(/^Yanzhou District Science and Technology Bureau\. \(2022\)\./);
  });

  it('marks an inferred region as attributed, an unidentified one as such, and an estimated year as circa', () => {
    expect(citeEn(meta({ region_basis: 'inferred' }), link, yanzhou)).toMatch(
      /^District Science and Technology Bureau \[attributed to Yanzhou District\]\. \(2022\)/,
    );
    const lost = meta({
      region_basis: 'unknown',
      region: { code: null, name: '不详', province: '不详', level: 'county' },
      year_reliable: false,
    });
    expect(citeEn(lost, link)).toMatch(/^County Science and Technology Bureau \[region unidentified\]\. \(c\. 2022\)/);
  });
});
