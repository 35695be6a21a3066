import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './wraps.ts';

describe('PDF line wraps', () => {
  it('joins numbers, units, words and years cut at the line end, and keeps paragraph starts', () => {
    const lines = [
      '某县科技局2023年工作总结及2024年工作',
      '打算',
      '　　全年新增企业3',
      '1家，研发投入达到5.2亿',
      '元，预',
      '计全年增长8%。',
      '　　20',
      '24年，力争新增企业40家。',
    ];
    expect(joinWrappedLines(lines).lines).toEqual([
      '某县科技局2023年工作总结及2024年工作打算',
      '　　全年新增企业31家，研发投入达到5.2亿元，预计全年增长8%。',
      '　　2024年，力争新增企业40家。',
    ]);
  });

  it('leaves a text whose lines end in sentences alone', () => {
    const lines = [
      '某县科技局2023年工作总结',
      '一、主要成效',
      '全年新增企业31家。',
      '研发投入达到5.2亿元。',
      '技术合同成交额3亿元。',
    ];
    expect(joinWrappedLines(lines)).toEqual({ lines, joined: 0 });
  });
});
