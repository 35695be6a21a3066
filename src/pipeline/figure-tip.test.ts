import { describe, expect, it } from 'vitest';
import { figureTip, type TipFigure } from './figure-tip.ts';

const figure = (over: Partial<TipFigure>): TipFigure => ({
  kind: 'actual',
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
    expect(figureTip(figure({ kind: 'rank', value_norm: 3, unit_norm: '名' }))).toMatch(/ · 第3名$/);
    expect(figureTip(figure({ masked: true, value_norm: null }))).toMatch(/ · 原文隐去（数字被遮盖）$/);
  });
});
