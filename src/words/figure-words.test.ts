import { describe, expect, it } from 'vitest';
import { figureTip, formatFigure, rankText, type TipFigure } from './figure-words.ts';

const figure = (over: Partial<TipFigure>): TipFigure => ({
  kind: 'actual',
  measure: 'stock',
  label: '高新技术企业',
  masked: false,
  value_norm: 1234.5,
  unit_norm: '家',
  ...over,
});

describe('figureTip', () => {
  it('says what the figure counts, its kind and its value', () => {
    expect(figureTip(figure({}))).toBe('高新技术企业 · 实际完成 · 1,234.5 家');
    expect(figureTip(figure({}), '高企数量')).toBe('高企数量 · 实际完成 · 1,234.5 家');
    expect(figureTip(figure({ label: '' }))).toMatch(/^未归类指标 · /);
  });

  it('reads a rank as a place and keeps a masked figure redacted', () => {
    expect(figureTip(figure({ measure: 'rank', value_norm: 3, unit_norm: '名' }))).toMatch(/ · 第3名$/);
    expect(figureTip(figure({ masked: true, value_norm: null }))).toMatch(/ · 原文隐去$/);
  });
});

describe('formatFigure and rankText', () => {
  it('writes a masked figure as written and marked, a qualifier where it is read, a rank as a place', () => {
    const f = { masked: false, value: 1576, unit: '家', qualifier: '以上', raw: '1576家以上' };
    expect(formatFigure(f)).toBe('1,576家以上');
    expect(formatFigure({ ...f, value: 180, unit: '名', qualifier: '余', raw: '180余名' })).toBe('180余名');
    expect(formatFigure({ ...f, qualifier: '近', raw: '近1576家' })).toBe('近1,576家');
    expect(formatFigure({ ...f, masked: true, value: null, raw: '**家' })).toBe('**家（原文隐去）');
    expect(rankText('3')).toBe('第3');
    expect(rankText('第一')).toBe('第一');
  });
});
