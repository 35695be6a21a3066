import { describe, expect, it } from 'vitest';
import { composeTitle } from './compose-title.ts';
import { regionByCode } from './gb2260.ts';

describe('a title for a source without one', () => {
  it('is composed from place, years and type, never a file name', () => {
    const yongjia = regionByCode('330324') ?? null;
    expect(composeTitle({ region: yongjia, level: 'county', years: [2023], docType: 'summary', period: 'year' })).toBe(
      '永嘉县2023年科技工作总结',
    );
    expect(
      composeTitle({ region: null, level: 'city', years: [2023, 2024], docType: 'summary+plan', period: 'year' }),
    ).toBe('市2023年科技工作总结和2024年工作计划');
    expect(composeTitle({ region: null, level: null, years: [], docType: 'summary', period: 'H1' })).toBe(
      '上半年科技工作总结',
    );
    expect(
      composeTitle({ region: yongjia, level: 'county', years: [2024], docType: 'summary+plan', period: 'H1+H2' }),
    ).toBe('永嘉县2024年上半年科技工作总结和下半年工作计划');
  });
});
