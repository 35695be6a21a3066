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
    expect(p?.title).toBe('2022区科学技术局年度工作总结');
    expect(p?.text.trim()).toBe('今年以来，工作有序开展。');
  });
});

describe('titles a single report hides', () => {
  it('takes the first entry of a contents list flattened onto one line, and lists what it leaves out', () => {
    const text =
      '年度总结汇编（2篇） 目录 1. 镇科技办2023年工作总结 2 2.镇科技办2023年工作计划 6 镇科技办2023年工作总结 今年来，全镇新增企业8家。';
    const [p] = splitReports(text, { stream: false });
    expect(p).toMatchObject({ title: '镇科技办2023年工作总结', part: 1, parts: 2, text: '今年来，全镇新增企业8家。' });
    expect(p?.leftOut).toEqual(['年度总结汇编（2篇）', '目录', '1.镇科技办2023年工作总结', '2.镇科技办2023年工作计划']);
  });

  it('takes a title glued to the first sentence, a headline, or the document a notice wraps', () => {
    const glued = splitReports('镇科技办2023年工作总结今年以来，全镇新增企业8家。', { stream: false })[0];
    expect(glued).toMatchObject({
      title: '镇科技办2023年工作总结',
      titleFrom: 'glued',
      text: '今年以来，全镇新增企业8家。',
    });
    const headline = splitReports('小镇科技创新结硕果\n全镇新增企业8家。', {
      stream: false,
      pageTitle: '小镇科技创新结硕果',
    })[0];
    expect(headline).toMatchObject({ title: '小镇科技创新结硕果', titleFrom: 'headline' });
    const notice = splitReports(
      '关于印发《镇科技办2023年工作总结》的通知\n现将《镇科技办2023年工作总结》印发给你们。\n镇科技办2023年工作总结\n全镇新增企业8家。',
      { stream: false },
    )[0];
    expect(notice).toMatchObject({ title: '镇科技办2023年工作总结', titleFrom: 'notice' });
    expect(notice?.text).toMatch(/^关于印发/);
  });

  it('says so when the text has no title at all', () => {
    expect(splitReports('全镇新增企业8家，研发投入增长12%。', { stream: false })[0]).toMatchObject({
      title: '',
      titleFrom: 'none',
    });
  });
});
