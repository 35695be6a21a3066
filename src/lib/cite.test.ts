import { describe, expect, it } from 'vitest';
import { citeEn, citeZh } from './cite.ts';
import type { Region, ReportMeta } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown>) =>
  ({
    id: 'r', title: '区科学技术局2022年度工作总结', title_en: 'District S&T Bureau: 2022 work summary', issuer: '区科学技术局',
    year: 2022, years: [2022], year_reliable: true, doc_type: 'summary', region_basis: 'stated',
    region: { code: '370812', name: '兖州区', province: '山东省', level: 'district' },
    source: { raw_file: 'x.txt', part: 1, parts: 1, published: '2023-10-28' },
    ...over,
  }) as unknown as ReportMeta;
const yanzhou = { code: '370812', name_zh: '兖州区', name_en: 'Yanzhou District' } as Region;
const link = 'https://example.org/reports/r/';

describe('citations', () => {
  it('GB/T 7714: the issuer as written, [EB/OL], the publication date and the permalink', () => {
    expect(citeZh(meta({}), link)).toBe('区科学技术局. 区科学技术局2022年度工作总结[EB/OL]. 区域科技政策图鉴, 整理. (2023-10-28)[引用日期]. https://example.org/reports/r/.');
  });

  it('names a stated region as the author', () => {
    expect(citeEn(meta({}), link, yanzhou)).toMatch(/^Yanzhou District Science and Technology Bureau\. \(2022\)\./);
  });

  it('marks an inferred region as attributed, an unidentified one as such, and an estimated year as circa', () => {
    expect(citeEn(meta({ region_basis: 'inferred' }), link, yanzhou)).toMatch(/^District Science and Technology Bureau \[attributed to Yanzhou District\]\. \(2022\)/);
    const lost = meta({ region_basis: 'unknown', region: { code: null, name: '不详', province: '不详', level: 'county' }, year_reliable: false });
    expect(citeEn(lost, link)).toMatch(/^County Science and Technology Bureau \[region unidentified\]\. \(c\. 2022\)/);
  });
});
