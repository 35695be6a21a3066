import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../pipeline/corpus/regions.ts';
import { normalize } from '../engine/normalize.ts';
import { placeNames } from './place-names.ts';

const regions = loadRegions('data/regions.csv');

describe('place names', () => {
  it('gives the English name and the pinyin, run together and by syllable, of the region and its parents', () => {
    const row = regions.find((r) => r.level === 'county' || r.level === 'district')!;
    const names = placeNames({ name: row.name_zh, city: row.city, province: row.province }, regions);
    expect(names).toContain(row.name_en);
    const [first = ''] = row.name_en.split(' ');
    const base = first.toLowerCase();
    expect(names).toContain(base);
    expect(names.some((n) => n.includes(' ') && n.replace(/ /g, '') === base)).toBe(true);
    const province = regions.find((r) => r.name_zh === row.province)!;
    expect(names).toContain(province.name_en);
  });

  it('tone marks fold away, so Xīnyí is searched as xinyi', () => {
    expect(normalize('Xīnyí Nǚ')).toBe('xinyi nu');
    expect(normalize('Xīnyí').length).toBe('Xīnyí'.length);
  });
});
