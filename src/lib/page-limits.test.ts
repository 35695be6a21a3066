import { describe, expect, it } from 'vitest';
import { capped, largest } from './page-limits.ts';

describe('capped', () => {
  it('keeps the first items and counts the rest', () => {
    expect(capped([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
  });
  it('leaves a short list whole', () => {
    expect(capped([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
    expect(capped([], 3)).toEqual({ shown: [], more: 0 });
  });
});

describe('largest', () => {
  it('keeps the largest items in their own order, the earlier of a tie, and the rest in theirs', () => {
    const items = ['a', 'bbbb', 'cc', 'dd', 'eeee', 'f'];
    expect(largest(items, (s) => s.length, 3)).toEqual({ kept: ['bbbb', 'cc', 'eeee'], rest: ['a', 'dd', 'f'] });
    expect(largest(items, (s) => s.length, 10)).toEqual({ kept: items, rest: [] });
  });
});
