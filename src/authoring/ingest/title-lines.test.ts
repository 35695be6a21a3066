import { describe, expect, it } from 'vitest';
import { isHeadlineShaped, noticeDocumentTitle, splitGluedTitle } from './title-lines.ts';

describe('titles that are not a line of their own', () => {
  it('splits a title run into the first sentence, past 和/暨 parts of the title', () => {
    expect(splitGluedTitle('镇科技办2023年工作总结暨2024年工作计划今年以来，全镇新增企业5家。')).toEqual({
      title: '镇科技办2023年工作总结暨2024年工作计划',
      rest: '今年以来，全镇新增企业5家。',
    });
    expect(splitGluedTitle('县科技局上半年工作总结和下半年工作打算上半年，我局扎实推进。')?.title).toBe(
      '县科技局上半年工作总结和下半年工作打算',
    );
  });

  it('leaves sentences and titles inside 《》 alone', () => {
    expect(splitGluedTitle('现将上半年工作总结如下：')).toBeNull();
    expect(splitGluedTitle('关于印发《县科技局2023年工作总结》的通知')).toBeNull();
    expect(splitGluedTitle('一、2023年工作总结')).toBeNull();
  });

  it('knows a headline from navigation, dates and bylines', () => {
    expect(isHeadlineShaped('科技赋能产业升级 全县高企数量创新高')).toBe(true);
    expect(isHeadlineShaped('首页 > 新闻中心 > 工作动态')).toBe(false);
    expect(isHeadlineShaped('（资料图片）')).toBe(false);
    expect(isHeadlineShaped('张三')).toBe(false);
    expect(isHeadlineShaped('全年新增企业12家。')).toBe(false);
  });

  it('finds the document a transmittal notice wraps, named or after the signature', () => {
    const lines = [
      '各乡镇、各有关单位：',
      '现将《某县科技局2023年工作总结》印发给你们。',
      '某县科学技术局',
      '2024年1月20日',
      '某县科技局2023年工作总结',
      '全年新增企业12家。',
    ];
    expect(noticeDocumentTitle('关于印发《某县科技局2023年工作总结》的通知', lines)).toEqual({
      title: '某县科技局2023年工作总结',
      at: 4,
    });
    // Without a title line, the attachment's own title after the signature date.
    const reworded = [...lines.slice(0, 4), '2023年某县科技工作总结及2024年工作思路', '全年新增企业12家。'];
    expect(noticeDocumentTitle('', reworded)?.title).toBe('2023年某县科技工作总结及2024年工作思路');
    expect(noticeDocumentTitle('县科技局2023年工作总结', ['全年新增企业12家。'])).toBeNull();
  });
});
