import { describe, expect, it } from 'vitest';
import { detectYears } from './year.ts';

describe('years', () => {
  it('never calls a masked year reliable', () => {
    const y = detectYears('XX县科技局20XX年工作总结', '20XX年，全县新增企业12家。');
    expect(y.reliable).toBe(false);
    expect(y.years).toEqual([]);
  });

  it('takes a masked summary year as the year before a named plan year', () => {
    const y = detectYears('市科技局202X年工作总结及2026年工作打算', '');
    expect(y.years).toEqual([2025, 2026]);
    expect(y.reliable).toBe(false);
  });

  it('marks a text without any year unreliable (the draft year is a placeholder)', () => {
    expect(detectYears('', '今年以来，新增企业12家。').reliable).toBe(false);
  });

  it('breaks a tie between text years in favour of the one named first', () => {
    expect(detectYears('', '2022年新增企业12家。2023年将新增15家。').years).toEqual([2022]);
  });
});

describe('years a template rewrote or masked', () => {
  it('calls years unreliable when a template masks them as XXXX年 or XX年', () => {
    expect(detectYears('市科技局2021年度工作总结', '顺利通过XXXX年度考核。').reliable).toBe(false);
    expect(detectYears('县科技局工作总结', '启动XX年科技计划项目申报。').reliable).toBe(false);
  });

  it('calls one year given to a summary and the plan after it a rewrite', () => {
    const y = detectYears('市科技局2019年度工作总结暨2019年度工作计划', '全年新增企业12家。');
    expect(y.reliable).toBe(false);
    expect(y.warnings.join(' ')).toMatch(/one year \(2019\) to a summary and the plan/);
  });

  it('does not take a span of years (近20年, 20年来) for a rewritten year', () => {
    expect(detectYears('县科技局2023年工作总结', '企业经过近20年的发展，20年来累计投入3亿元。').reliable).toBe(true);
  });

  it('adds the next year a text promises for, when the title names only the results’ year', () => {
    expect(detectYears('某县科技局：2023年高企数量创新高', '2024年，全县将力争新增企业40家。').planYear).toBe(2024);
    expect(detectYears('县科技局2024年上半年工作总结和下半年工作计划', '2025年将培育企业12家。').planYear).toBeNull();
  });
});
