import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from './breaks.ts';

describe('line breaks inside a sentence', () => {
  it('joins a figure parted from its subject by a blank line', () => {
    const { lines, joined } = joinBrokenLines(['全年新增高新技术企业', '', '38家，同比增长12%。', '', '二、下步打算']);
    expect(lines).toEqual(['全年新增高新技术企业38家，同比增长12%。', '', '二、下步打算']);
    expect(joined).toBe(1);
  });

  it('joins a masked place and year cut over short lines', () => {
    const { lines } = joinBrokenLines(['XX', '县20', 'XX', '年科技工作总结', '正文。'], { shortOnly: true });
    expect(lines).toEqual(['XX县20XX年科技工作总结', '正文。']);
  });

  it('keeps paragraphs that end their sentences, headings, and a paragraph opening on its year', () => {
    const input = [
      '全年新增企业12家。',
      '',
      '35家企业参加培训。',
      '一、主要成效',
      '2024年全县新增企业8家，共计120',
      '2023年以来，成效明显。',
    ];
    expect(joinBrokenLines(input).lines).toEqual(input);
  });

  it('in shortOnly mode leaves long wrapped lines to the wrap joiner', () => {
    const input = ['全年新增国家高新技术企业3', '1家，研发投入达到5.2亿', '元。'];
    expect(joinBrokenLines(input, { shortOnly: true }).lines).toEqual(input);
  });
});
