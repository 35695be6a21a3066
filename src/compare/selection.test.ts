import { describe, expect, it } from 'vitest';
import {
  LOOKUP_BATCH,
  MAX_LOOKUPS,
  MAX_REPORTS,
  rawSelection,
  resolveSelection,
  selectionSearch,
  shorten,
} from './selection.ts';
import { urls } from '../core/urls.ts';

const known = new Set(['a-1', 'b-2', 'c-3', 'd-4', 'e-5']);
const asked: string[] = [];
const parseSelection = (search: string, ids = known) =>
  resolveSelection(search, async (id) => {
    asked.push(id);
    return ids.has(id);
  });

describe('resolveSelection', () => {
  it('reads ?r=a,b and the plain form ?r=a&r=b alike, keeping address order', async () => {
    expect((await parseSelection('?r=b-2,a-1')).ids).toEqual(['b-2', 'a-1']);
    expect((await parseSelection('?r=b-2&r=a-1')).ids).toEqual(['b-2', 'a-1']);
    expect(rawSelection('?r=a-1,,%20b-2%20')).toEqual(['a-1', 'b-2']);
  });

  it('sorts unknown ids from malformed values; repeats count once', async () => {
    const p = await parseSelection('?r=a-1,zz-9,a-1,<script>alert(1)</script>,a_1');
    expect(p.ids).toEqual(['a-1']);
    expect(p.unknown).toEqual(['zz-9']);
    expect(p.malformed).toEqual(['<script>alert(1)</script>', 'a_1']);
  });

  it('reads upper-case ids as lower-case ones, in address order', async () => {
    const p = await parseSelection('?r=B-2,a-1,A-1,ZZ-9');
    expect(p.ids).toEqual(['b-2', 'a-1']);
    expect(p.unknown).toEqual(['zz-9']);
    expect(p.malformed).toEqual([]);
    // Lower-casing never turns a non-id into an id.
    expect((await parseSelection('?r=%C4%B0D-4')).malformed).toEqual(['İD-4']);
  });

  it(`keeps the first ${MAX_REPORTS} known ids and names the rest`, async () => {
    const p = await parseSelection('?r=e-5,d-4,c-3,b-2,a-1');
    expect(p.ids).toEqual(['e-5', 'd-4', 'c-3', 'b-2']);
    expect(p.dropped).toEqual(['a-1']);
  });

  it('looks up ids a batch at a time until four are known, and at most MAX_LOOKUPS, however many the address lists', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `zz-${i}`);
    asked.length = 0;
    const p = await parseSelection(`?r=${['a-1', ...many].join(',')}`);
    expect(asked).toHaveLength(MAX_LOOKUPS);
    expect(p.ids).toEqual(['a-1']);
    expect(p.unknown).toEqual(many.slice(0, MAX_LOOKUPS - 1));
    expect(p.unchecked).toEqual(many.slice(MAX_LOOKUPS - 1));
    expect(p.dropped).toEqual([]);
    // Every id in the address is accounted for: shown, unknown, not shown or not looked up.
    expect(p.ids.length + p.unknown.length + p.dropped.length + p.unchecked.length).toBe(1001);
  });

  it('finds a known id after a batch of unknown ones; once four are known the rest is not looked up', async () => {
    const unknown = Array.from({ length: LOOKUP_BATCH + 3 }, (_, i) => `zz-${i}`);
    const late = await parseSelection(`?r=${[...unknown, 'b-2'].join(',')}`);
    expect(late.ids).toEqual(['b-2']);
    expect(late.unknown).toEqual(unknown);
    asked.length = 0;
    const full = await parseSelection('?r=a-1,b-2,c-3,d-4,zz-1,e-5');
    expect(full.ids).toEqual(['a-1', 'b-2', 'c-3', 'd-4']);
    expect(full.unknown).toEqual(['zz-1']);
    expect(full.dropped).toEqual(['e-5']);
    expect(asked).toHaveLength(6);
  });

  it('shortens long malformed values for display', async () => {
    const long = 'x'.repeat(500) + '"';
    const p = await parseSelection(`?r=${encodeURIComponent(long)}`);
    expect(p.malformed[0]).toBe(shorten(long));
    expect(Array.from(p.malformed[0] ?? '').length).toBe(41);
  });

  it('writes the address the site URL scheme writes', async () => {
    expect(`/compare/${selectionSearch(['a-1', 'b-2'])}`).toBe(urls.compare(['a-1', 'b-2']));
    expect(selectionSearch([])).toBe('');
  });
});
