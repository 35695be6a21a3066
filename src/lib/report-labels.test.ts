import { describe, expect, it } from 'vitest';
import { regionText, reportShortName, yearText } from './report-labels.ts';
import type { Report } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown>) =>
  ({ year: 2023, years: [2023], year_reliable: true, region_basis: 'stated', region: { name: '新沂市', code: '320381' }, ...over }) as unknown as Report['meta'];

describe('report labels', () => {
  it('names a stated region and a reliable year plainly', () => {
    expect(reportShortName(meta({}))).toBe('新沂市 2023');
  });
  it('marks an inferred region and an estimated year', () => {
    expect(regionText(meta({ region_basis: 'inferred', region: { name: '兖州区', code: '370812' } }))).toBe('兖州区（推断）');
    expect(yearText(meta({ year: 2012, years: [2012], year_reliable: false }))).toBe('约2012');
  });
  it('spans the years a report covers, and names an unknown region as such', () => {
    expect(yearText(meta({ year: 2022, years: [2022, 2023] }))).toBe('2022–2023');
    expect(regionText(meta({ region_basis: 'unknown', region: { name: '', code: null } }))).toBe('未知地区');
  });
});
