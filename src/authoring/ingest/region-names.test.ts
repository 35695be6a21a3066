import { assert, describe, expect, it } from 'vitest';
import { isInside, lookupName, shortName, zonesNamed } from './region-names.ts';
import { regionByCode } from './gb2260.ts';

const codes = (name: string) => lookupName(name)?.regions.map((r) => r.code) ?? [];

describe('names of regions as texts write them', () => {
  it('knows the customary names of autonomous prefectures and counties', () => {
    expect(codes('黔东南州')).toEqual(['522600']);
    expect(lookupName('黔东南州')?.form).toBe('alias');
    expect(codes('恩施州')).toEqual(['422800']);
    expect(codes('威宁县')).toEqual(['520526']);
    expect(codes('威宁自治县')).toEqual(['520526']);
    // A people's name written without 族 (蒙古自治州) is stripped too.
    expect(shortName('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(shortName('余杭区')).toBe('余杭');
  });

  it('keeps functional zones apart: only their own names, never a region name', () => {
    expect(zonesNamed('苏州工业园区').map((r) => r.code)).toEqual(['320571']);
    expect(zonesNamed('高新区')).toEqual([]);
    expect(codes('苏州工业园区')).toEqual([]);
    expect(regionByCode('320571')?.zone).toBe(true);
  });

  it('tells a county inside its prefecture and province', () => {
    const [rugao, nantong, jiangsu] = ['320682', '320600', '320000'].map((c) => regionByCode(c));
    assert(rugao && nantong && jiangsu, 'the three regions are in the table');
    expect(isInside(rugao, nantong)).toBe(true);
    expect(isInside(rugao, jiangsu)).toBe(true);
    expect(isInside(nantong, rugao)).toBe(false);
    expect(isInside(nantong, nantong)).toBe(false);
  });
});
