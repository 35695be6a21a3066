import { describe, expect, it } from 'vitest';
import { textYears, yearMentions } from './text-years.ts';

describe('the years a text without a dated title covers', () => {
  it('tells the role each year plays in its sentence', () => {
    const roles = yearMentions(
      '自2019年成立以来，园区发展迅速。2023年，全区新增企业30家，荣获2022年度省科技进步奖。2024年，全区将力争新增40家。会议于2024年1月5日召开。',
    ).map((m) => `${m.year}:${m.role}`);
    expect(roles).toEqual(['2019:background', '2023:frame', '2022:background', '2024:plan', '2024:date']);
  });

  it('takes the frame year over background and award years, and adjacent frame years with it', () => {
    expect(textYears('自2020年成立以来成效明显。2023年，全区新增企业18家。').years).toEqual([2023]);
    expect(textYears('2022年，全年新增企业5家。2023年，已有8家提交材料。').years).toEqual([2022, 2023]);
  });

  it('names the year a plan part is for', () => {
    expect(textYears('2019年，全市新增企业23家。展望2020年，力争新增30家。')).toMatchObject({
      years: [2019],
      planYear: 2020,
    });
  });
});
