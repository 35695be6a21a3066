import { describe, expect, it } from 'vitest';
import { axisAmount } from './series-mini.ts';

describe('axisAmount', () => {
  it('writes an axis end as a reader would, never as an exponent', () => {
    expect(axisAmount(930, '家')).toBe('930家');
    expect(axisAmount(12000, '家')).toBe('1.2万家');
    expect(axisAmount(34_290_000, '万元')).toBe('3429亿元');
    expect(axisAmount(250_000_000, '元')).toBe('2.5亿元');
    expect(axisAmount(79.63, '%')).toBe('79.6%');
    // A long unit is left to the entry's words.
    expect(axisAmount(5, '个百分点')).toBe('5');
  });
});
