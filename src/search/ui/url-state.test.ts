import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../engine/query-parse.ts';
import { rawQuery, readState, stateQuery, withPage } from './url-state.ts';

describe('url state', () => {
  it('keeps in the address only the part of a long query that is searched', () => {
    const long = `?q=${encodeURIComponent('科技'.repeat(1000))}&province=${encodeURIComponent('江苏省')}`;
    const state = readState(long);
    expect(state.q).toBe('科技'.repeat(MAX_QUERY_CHARS / 2));
    expect(rawQuery(long)).toHaveLength(2000);
    const address = stateQuery(state);
    expect(address.length).toBeLessThan(1200);
    expect(readState(address)).toEqual(state);
  });

  it('round-trips a state, page and filters in a fixed order', () => {
    const state = withPage(readState('?theme=ip&q=%E4%B8%93%E5%88%A9&page=3'), 2);
    expect(stateQuery(state)).toBe('?q=%E4%B8%93%E5%88%A9&theme=ip&page=2');
    expect(readState('?q=x&page=-4').page).toBe(1);
  });
});
