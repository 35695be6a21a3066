import { describe, expect, it } from 'vitest';
import { capped } from './page-limits.ts';

describe('capped', () => {
  it('keeps the first items and counts the rest', () => {
    expect(capped([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
  });
  it('leaves a short list whole', () => {
    expect(capped([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
    expect(capped([], 3)).toEqual({ shown: [], more: 0 });
  });
});
