import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, plainValueOf } from './numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['三十五', 35],
    ['两', 2],
    ['十', 10],
    ['十六', 16],
    ['二十', 20],
    ['一百二十', 120],
    ['两百', 200],
    ['一千零五', 1005],
    ['三万五千', 35000],
    ['十万', 100000],
    ['四千五百万', 45000000],
    ['一亿二千万', 120000000],
    ['二〇二四', 2024],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['万', '亿', '三四', '十四五', '三一', ''])('rejects %s', (text) => {
    expect(parseChineseNumeral(text)).toBeNaN();
  });
});

describe('parseArabic', () => {
  it('reads decimals, thousands separators and full-width digits', () => {
    expect(parseArabic('4.61')).toBe(4.61);
    expect(parseArabic('1,234,567')).toBe(1234567);
    expect(parseArabic('２０２４')).toBe(2024);
    expect(parseArabic('１．５')).toBe(1.5);
  });

  it('rejects what is not a number', () => {
    expect(parseArabic('1.2.3')).toBeNaN();
    expect(parseArabic('**')).toBeNaN();
  });
});

describe('plainValueOf', () => {
  it('reads the number a figure states on its own, and declines what needs more reading', () => {
    expect(['51项', '5031万元', '138.3%', '1,234.5亿元', '１２家'].map(plainValueOf)).toEqual([
      51, 5031, 138.3, 1234.5, 12,
    ]);
    expect(['4.8万余家', '3万家', '**家', '十五家', '第3名'].map(plainValueOf)).toEqual([null, null, null, null, null]);
  });
});
