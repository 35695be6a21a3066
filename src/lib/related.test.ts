import { describe, expect, it } from 'vitest';
import { relatedReports, SAME_REGION_SHOWN } from './related.ts';
import type { Report } from '../pipeline/types.ts';

const report = (id: string, code: string | null, province: string, year: number) =>
  ({ meta: { id, year, region: { code, province, name: id } } }) as unknown as Report;

function index(reports: readonly Report[]) {
  const byRegion = new Map<string, Report[]>();
  const byYear = new Map<number, Report[]>();
  for (const r of reports) {
    if (r.meta.region.code) byRegion.set(r.meta.region.code, [...(byRegion.get(r.meta.region.code) ?? []), r]);
    byYear.set(r.meta.year, [...(byYear.get(r.meta.year) ?? []), r]);
  }
  return { byRegion, byYear };
}

describe('relatedReports', () => {
  const me = report('me', '320381', '江苏省', 2023);
  const reports = [
    me,
    report('same-region-2020', '320381', '江苏省', 2020),
    report('same-region-2023', '320381', '江苏省', 2023),
    report('a-far-2023', '520200', '贵州省', 2023),
    report('b-near-2023', '320200', '江苏省', 2023),
    report('other-year', '520200', '贵州省', 2011),
  ];

  it('lists the other reports of the region newest first, then the same year with the same province first, never twice or itself', () => {
    const { byRegion, byYear } = index(reports);
    const r = relatedReports(me, byRegion, byYear);
    expect(r.sameRegion.map((x) => x.meta.id)).toEqual(['same-region-2023', 'same-region-2020']);
    expect(r.moreSameRegion).toBe(0);
    expect(r.sameYear.map((x) => x.meta.id)).toEqual(['b-near-2023', 'a-far-2023']);
    expect(r.moreSameYear).toBe(0);
  });

  it('caps the same-year list and counts the rest', () => {
    const many = [
      me,
      ...Array.from({ length: 20 }, (_, i) =>
        report(`y${String(i).padStart(2, '0')}`, `5${String(i).padStart(5, '0')}`, '贵州省', 2023),
      ),
    ];
    const { byRegion, byYear } = index(many);
    const r = relatedReports(me, byRegion, byYear, 6);
    expect(r.sameYear).toHaveLength(6);
    expect(r.moreSameYear).toBe(14);
  });

  it('caps the same-region list at SAME_REGION_SHOWN, newest first, and counts the rest (never listed again as same-year)', () => {
    const many = [
      me,
      ...Array.from({ length: 30 }, (_, i) => report(`r${String(i).padStart(2, '0')}`, '320381', '江苏省', 2000 + i)),
    ];
    const { byRegion, byYear } = index(many);
    const r = relatedReports(me, byRegion, byYear);
    expect(r.sameRegion).toHaveLength(SAME_REGION_SHOWN);
    expect(r.sameRegion[0]?.meta.id).toBe('r29');
    expect(r.moreSameRegion).toBe(30 - SAME_REGION_SHOWN);
    expect(r.sameYear.map((x) => x.meta.id)).toEqual([]);
  });

  it('a report without a region has no same-region list', () => {
    const lost = report('lost', null, '', 2024);
    const { byRegion, byYear } = index([lost, report('other', null, '', 2024)]);
    const r = relatedReports(lost, byRegion, byYear);
    expect(r.sameRegion).toEqual([]);
    expect(r.sameYear.map((x) => x.meta.id)).toEqual(['other']);
  });
});
