import { describe, expect, it } from 'vitest';
import { splitReports } from './split.ts';

describe('splitReports', () => {
  it('splits a compilation by its table of contents', () => {
    const text = [
      '汇编(2篇)',
      '目 录',
      '1.区科技局工作计划',
      '2.县科技局工作计划',
      '区科技局工作计划',
      '甲。',
      '县科技局工作计划',
      '乙。',
    ].join('\n');
    const parts = splitReports(text, { stream: false });
    expect(parts.map((p) => [p.title, p.part, p.parts, p.text])).toEqual([
      ['区科技局工作计划', 1, 2, '甲。'],
      ['县科技局工作计划', 2, 2, '乙。'],
    ]);
  });

  it('splits parts numbered after one shared title, dropping the compilation title', () => {
    const text = '市科技局工作总结市科技局工作总结(一)20年，甲。市科技局工作总结(二)20年，乙。';
    const parts = splitReports(text, { stream: true });
    expect(parts.map((p) => [p.title, p.part, p.text])).toEqual([
      ['市科技局工作总结', 1, '20年，甲。'],
      ['市科技局工作总结', 2, '20年，乙。'],
    ]);
  });

  it('keeps a single report whole, titled by its own title line rather than the page title', () => {
    const text = '2023区科学技术局年度工作总结\n\n2022区科学技术局年度工作总结\n\n今年以来，工作有序开展。';
    const [p] = splitReports(text, { stream: false, pageTitle: '2023区科学技术局年度工作总结' });
    expect(p.title).toBe('2022区科学技术局年度工作总结');
    expect(p.text.trim()).toBe('今年以来，工作有序开展。');
  });
});
