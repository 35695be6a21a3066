import { describe, expect, it } from 'vitest';
import { displayTitle, displayTitleEn, regionText, reportShortName, titleNote, yearSpan } from './report-words.ts';
import type { Report } from '../pipeline/types.ts';

const meta = (over: Record<string, unknown>) =>
  ({
    year: 2023,
    years: [2023],
    year_reliable: true,
    region_basis: 'stated',
    region: { name: '新沂市', code: '320381' },
    ...over,
  }) as unknown as Report['meta'];

describe('report labels', () => {
  it('names a stated region and a reliable year plainly', () => {
    expect(reportShortName(meta({}))).toBe('新沂市 2023');
  });
  it('marks an inferred region and an estimated year', () => {
    expect(regionText(meta({ region_basis: 'inferred', region: { name: '兖州区', code: '370812' } }))).toBe(
      '兖州区（推断）',
    );
    expect(yearSpan(meta({ year: 2012, years: [2012], year_reliable: false }))).toBe('约2012');
  });
  it('spans the years a report covers, and names an unknown region as such', () => {
    expect(yearSpan(meta({ year: 2022, years: [2022, 2023] }))).toBe('2022–2023');
    expect(regionText(meta({ region_basis: 'unknown', region: { name: '', code: null } }))).toBe('地区不明');
  });
  it('derives a title that tells reports apart from region, year and type', () => {
    const anqing = meta({
      region_basis: 'inferred',
      region: { name: '安庆市', code: '340800' },
      year: 2011,
      years: [2011],
      year_reliable: false,
      doc_type: 'summary',
    });
    const ningbo = meta({ region: { name: '宁波市', code: '330200' }, year: 2012, years: [2012], doc_type: 'summary' });
    expect(displayTitle(anqing)).toBe('安庆市（推断） 约2011年工作总结');
    expect(displayTitle(ningbo)).toBe('宁波市 2012年工作总结');
    expect(displayTitle(anqing)).not.toBe(displayTitle(ningbo));
    expect(displayTitleEn(ningbo, 'Ningbo City')).toBe('Ningbo City, 2012 work summary');
    expect(
      displayTitle(
        meta({
          region_basis: 'unknown',
          region: { name: '', code: null },
          doc_type: 'plan',
          years: [2024],
          year: 2024,
        }),
      ),
    ).toBe('地区不明 2024年工作计划');
  });
});

describe('titleNote', () => {
  it('calls a title the source gave 原标题, and a composed one the curator’s', () => {
    expect(titleNote({ title: '市科技局工作总结' }).zh).toBe('原标题：市科技局工作总结');
    expect(titleNote({ title: '黔江区2023年科技工作进展', title_basis: 'inferred' }).zh).toBe(
      '原文无标题，编辑拟题：黔江区2023年科技工作进展',
    );
  });
});
