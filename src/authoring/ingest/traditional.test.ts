import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, isTraditionalText, stripPinyinAnnotations, toSimplified } from './traditional.ts';

describe('pinyin annotations', () => {
  it('removes toned annotations after Han characters', () => {
    expect(stripPinyinAnnotations('市科技局工作總結(jié)和規(guī)劃')).toEqual({
      text: '市科技局工作總結和規劃',
      removed: 2,
    });
  });

  it('keeps brackets that are not pinyin: Latin abbreviations, toneless words in unannotated text', () => {
    const text = '双降醇(BA)甾体药物，9-OH-AD(a)型，R&D(研发)';
    expect(stripPinyinAnnotations(text)).toEqual({ text, removed: 0 });
  });

  it('recognises syllables, not arbitrary letters', () => {
    expect(isPinyinSyllable('zhuàng')).toBe(true);
    expect(isPinyinSyllable('lǚ')).toBe(true);
    expect(isPinyinSyllable('bull')).toBe(false);
  });
});

describe('traditional to simplified', () => {
  it('converts', () => {
    expect(toSimplified('版權說明：本文檔')).toBe('版权说明：本文档');
  });
  it('tells a traditional text from a simplified one holding a stray character (恒乾)', () => {
    expect(
      isTraditionalText(
        '全市已累计引进高层次创新创业人才180余名。恒乾紧固件等3家企业获批省科技副总项目。依托晓星碳纤维等企业大力引进外国高端和专业人才。',
      ),
    ).toBe(false);
    const traditional =
      '實施方案，突出煤炭、電力、煤化工、冶金、建材、裝備製造六大支柱產業支撐，初步建成科技基礎條件平臺；努力搭建科技成果轉化平臺，建成科技中小企業孵化器。';
    expect(isTraditionalText(traditional)).toBe(true);
  });
});
