import { describe, expect, it } from 'vitest';
import { selfLevel } from './self-level.ts';

describe('the level a text speaks for', () => {
  it('reads 我县 / 县科技局 / 全县, and not a named place’s bureau', () => {
    expect(selfLevel('今年以来，我县新增企业12家，全县研发投入增长。').level).toBe('county');
    expect(selfLevel('在区委、区政府的领导下，区科技局扎实推进。').level).toBe('district');
    expect(selfLevel('在市委、市政府领导下，全市新增企业。').level).toBe('city');
    // 南京市科技局 and 邳州科技局 name a place: they say nothing of the text's own level.
    expect(selfLevel('南京市科技局召开会议。邳州科技局参加。').level).toBeNull();
  });

  it('does not take 全市 or 全省 for the own level (a district ranks itself 全市第一)', () => {
    expect(selfLevel('增速全市第一，总量全省第二。').level).toBeNull();
  });

  it('tells an autonomous prefecture (全州, 州科技局) from a city', () => {
    expect(selfLevel('全州新增企业41家，全州技术合同成交额增长。')).toMatchObject({
      level: 'city',
      prefectureKind: '州',
    });
  });

  it('says when the text hides its own place', () => {
    expect(selfLevel('XX市科技局深入学习贯彻').masked).toBe(true);
    expect(selfLevel('针对xx区尚无专门基地').masked).toBe(true);
    expect(selfLevel('我市新增企业12家').masked).toBe(false);
  });
});
