import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral } from './numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['三十五', 35], ['两', 2], ['十', 10], ['十六', 16], ['二十', 20], ['一百二十', 120], ['两百', 200],
    ['一千零五', 1005], ['三万五千', 35000], ['十万', 100000], ['四千五百万', 45000000], ['一亿二千万', 120000000],
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
