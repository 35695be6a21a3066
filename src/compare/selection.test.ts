import { describe, expect, it } from 'vitest';
import { MAX_REPORTS, parseSelection, pickOrder, rawSelection, repick, selectionSearch, shorten } from './selection.ts';
import { urls } from '../vocabulary/urls.ts';

const known = new Set(['a-1', 'b-2', 'c-3', 'd-4', 'e-5']);

describe('parseSelection', () => {
  it('reads ?r=a,b and the plain form ?r=a&r=b alike, keeping address order', () => {
    expect(parseSelection('?r=b-2,a-1', known).ids).toEqual(['b-2', 'a-1']);
    expect(parseSelection('?r=b-2&r=a-1', known).ids).toEqual(['b-2', 'a-1']);
    expect(rawSelection('?r=a-1,,%20b-2%20')).toEqual(['a-1', 'b-2']);
  });

  it('sorts unknown ids from malformed values; repeats count once', () => {
    const p = parseSelection('?r=a-1,zz-9,a-1,<script>alert(1)</script>,a_1', known);
    expect(p.ids).toEqual(['a-1']);
    expect(p.unknown).toEqual(['zz-9']);
    expect(p.malformed).toEqual(['<script>alert(1)</script>', 'a_1']);
  });

  it('reads upper-case ids as lower-case ones, in address order', () => {
    const p = parseSelection('?r=B-2,a-1,A-1,ZZ-9', known);
    expect(p.ids).toEqual(['b-2', 'a-1']);
    expect(p.unknown).toEqual(['zz-9']);
    expect(p.malformed).toEqual([]);
    // Lower-casing never turns a non-id into an id.
    expect(parseSelection('?r=%C4%B0D-4', known).malformed).toEqual(['İD-4']);
  });

  it(`keeps the first ${MAX_REPORTS} known ids and names the rest`, () => {
    const p = parseSelection('?r=e-5,d-4,c-3,b-2,a-1', known);
    expect(p.ids).toEqual(['e-5', 'd-4', 'c-3', 'b-2']);
    expect(p.dropped).toEqual(['a-1']);
  });

  it('shortens long malformed values for display', () => {
    const long = 'x'.repeat(500) + '"';
    const p = parseSelection(`?r=${encodeURIComponent(long)}`, known);
    expect(p.malformed[0]).toBe(shorten(long));
    expect(Array.from(p.malformed[0]).length).toBe(41);
  });

  it('keeps the order in which the reader ticked the reports', () => {
    let picked: string[] = [];
    for (const [id, on] of [
      ['c-3', true],
      ['a-1', true],
      ['b-2', true],
      ['a-1', false],
      ['a-1', true],
    ] as const)
      picked = repick(picked, id, on);
    expect(picked).toEqual(['c-3', 'b-2', 'a-1']);
    // checked is list order; the address follows the ticking.
    expect(pickOrder(picked, ['a-1', 'b-2', 'c-3'])).toEqual(['c-3', 'b-2', 'a-1']);
    expect(pickOrder(['c-3', 'e-5'], ['a-1', 'c-3'])).toEqual(['c-3', 'a-1']);
  });

  it('writes the address the site URL scheme writes', () => {
    expect(`/compare/${selectionSearch(['a-1', 'b-2'])}`).toBe(urls.compare(['a-1', 'b-2']));
    expect(selectionSearch([])).toBe('');
  });
});
