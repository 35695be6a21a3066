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
