import { describe, expect, it } from 'vitest';
import { MAX_REPORTS, parseSelection, rawSelection, selectionSearch, shorten } from './selection.ts';
import { urls } from '../lib/urls.ts';

const known = new Set(['a-1', 'b-2', 'c-3', 'd-4', 'e-5']);

describe('parseSelection', () => {
  it('reads ?r=a,b and the plain form ?r=a&r=b alike, keeping address order', () => {
    expect(parseSelection('?r=b-2,a-1', known).ids).toEqual(['b-2', 'a-1']);
    expect(parseSelection('?r=b-2&r=a-1', known).ids).toEqual(['b-2', 'a-1']);
    expect(rawSelection('?r=a-1,,%20b-2%20')).toEqual(['a-1', 'b-2']);
  });

  it('sorts unknown ids from malformed values; repeats count once', () => {
    const p = parseSelection('?r=a-1,zz-9,a-1,<script>alert(1)</script>,A-1', known);
    expect(p.ids).toEqual(['a-1']);
    expect(p.unknown).toEqual(['zz-9']);
    expect(p.malformed).toEqual(['<script>alert(1)</script>', 'A-1']);
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

  it('writes the address the site URL scheme writes', () => {
    expect(`/compare/${selectionSearch(['a-1', 'b-2'])}`).toBe(urls.compare(['a-1', 'b-2']));
    expect(selectionSearch([])).toBe('');
  });
});
