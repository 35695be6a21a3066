import { describe, expect, it } from 'vitest';
import { regionLabel, regionPath, UNKNOWN_REGION, yearSpan } from './report-words.ts';
import { reportMetaSchema } from '../pipeline/schema.ts';

describe('one vocabulary', () => {
  it('writes a year, a span and an estimate one way, in both languages', () => {
    expect(yearSpan({ year: 2023 })).toBe('2023');
    expect(yearSpan({ year: 2022, years: [2023, 2022] })).toBe('2022–2023');
    expect(yearSpan({ year: 2012, years: [2012], year_reliable: false })).toBe('约2012');
    expect(yearSpan({ year: 2012, year_reliable: false }, 'en')).toBe('c. 2012');
  });
  it('names an unidentified region with the one term, and marks an inferred one', () => {
    expect(regionLabel('', 'unknown')).toBe(UNKNOWN_REGION.zh);
    expect(regionLabel('新沂市', 'unknown')).toBe(UNKNOWN_REGION.zh);
    expect(regionLabel('兖州区', 'inferred')).toBe('兖州区（推断）');
    expect(regionLabel('Yanzhou District', 'inferred', 'en')).toBe('Yanzhou District (inferred)');
    expect(regionLabel(null, 'stated', 'en')).toBe(UNKNOWN_REGION.en);
  });
  it('writes the whole place once per level, for lists that mix regions', () => {
    expect(regionPath({ province: '浙江省', city: '台州市', name: '仙居县' }, 'stated')).toBe('浙江省台州市仙居县');
    expect(regionPath({ province: '浙江省', city: '宁波市', name: '宁波市' }, 'stated')).toBe('浙江省宁波市');
    expect(regionPath({ province: '江苏省', name: '苏州市' }, 'inferred')).toBe('江苏省苏州市（推断）');
    expect(regionPath({ province: '不详', name: '不详' }, 'unknown')).toBe(UNKNOWN_REGION.zh);
    expect(regionPath({}, 'stated')).toBe(UNKNOWN_REGION.zh);
  });
});

describe('Chinese quality notes', () => {
  const base = {
    id: 'r',
    title: 't',
    region: { code: '320381', name: '新沂市', province: '江苏省', level: 'city' },
    region_basis: 'stated',
    years: [2023],
    year: 2023,
    period: 'year',
    doc_type: 'summary',
    issuer: 'x',
    source: { raw_file: 'a.txt' },
  };
  it('are one per English note, or none', () => {
    expect(
      reportMetaSchema.safeParse({ ...base, quality: { notes: ['a', 'b'], notes_zh: ['甲', '乙'] } }).success,
    ).toBe(true);
    expect(reportMetaSchema.safeParse({ ...base, quality: { notes: ['a', 'b'] } }).success).toBe(true);
    const bad = reportMetaSchema.safeParse({ ...base, quality: { notes: ['a', 'b'], notes_zh: ['甲'] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['quality', 'notes_zh']);
  });
});
