import { describe, expect, it } from 'vitest';
import { keyFigures } from './key-figures.ts';
import type { Figure } from '../pipeline/types.ts';

let n = 0;
const fig = (over: Partial<Figure>): Figure =>
  ({
    id: `r-f${++n}`,
    report: 'r',
    n,
    paragraph: 1,
    sentence_n: 1,
    sentence: '',
    start: 0,
    end: 1,
    raw: '1家',
    value: 1,
    unit: '家',
    value_norm: 1,
    unit_norm: '家',
    kind: 'actual',
    qualifier: '',
    subject_qualifier: '',
    period: '',
    masked: false,
    indicator: 'a',
    label: '',
    theme: null,
    measure: 'count',
    series: 'a|count|-|actual|count',
    review: 'verified',
    in_series: true,
    same_as: null,
    ...over,
  }) as Figure;
const indicators = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('key figures', () => {
  it('takes one result and one target per indicator, headline indicators first, first mention standing', () => {
    const figs = [
      fig({ indicator: 'c' }),
      fig({ indicator: 'a', raw: '5家' }),
      fig({ indicator: 'a', raw: '9家' }),
      fig({ indicator: 'b', kind: 'target' }),
    ];
    const k = keyFigures(figs, indicators);
    expect(k.results.map((f) => f.indicator)).toEqual(['a', 'c']);
    expect(k.results[0]?.raw).toBe('5家');
    expect(k.targets.map((f) => f.indicator)).toEqual(['b']);
  });

  it('prefers a stock or what was certified to what was applied for, and picks verified series values only', () => {
    const figs = [
      fig({ raw: '108家', measure: 'applied' }),
      fig({ raw: '86家', measure: 'new' }),
      fig({ raw: '183家', measure: 'stock' }),
      fig({ indicator: 'b', raw: '7家', review: 'machine' }),
      fig({ indicator: 'c', raw: '5家', in_series: false }),
      fig({ indicator: 'c', raw: '70.7%', measure: 'rate', unit: '%' }),
    ];
    const k = keyFigures(figs, indicators);
    expect(k.results.map((f) => f.raw)).toEqual(['183家']);
  });
  it('never picks a masked figure, an unknown indicator or a growth rate, but counts the masked ones', () => {
    const first = fig({ masked: true, value: null, raw: '**家', kind: 'target' });
    const figs = [
      first,
      fig({ masked: true, value: null }),
      fig({ indicator: null }),
      fig({ indicator: 'zz' }),
      fig({ measure: 'growth', series: 'a|growth|-|actual|percent' }),
    ];
    const k = keyFigures(figs, indicators);
    expect(k.results).toEqual([]);
    expect(k.targets).toEqual([]);
    expect(k.masked).toEqual({ count: 2, first, targets: 1 });
  });
  it('caps the block', () => {
    const many = Array.from({ length: 10 }, (_, i) => fig({ indicator: `i${i}` }));
    expect(
      keyFigures(
        many,
        many.map((f) => ({ id: f.indicator! })),
      ).results,
    ).toHaveLength(4);
  });
});
