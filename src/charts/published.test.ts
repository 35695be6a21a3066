import { describe, expect, it } from 'vitest';
import type { PublishedChart } from '../pipeline/published.ts';
import { recordRelease, retiredCharts, successorFor } from './published.ts';

const STOCK = 'high_tech_enterprises|stock|-|actual|count';
const drawn = [
  { id: 'indicator-high_tech_enterprises-dots', title: { zh: '高企', en: 'HTE' } },
  {
    id: 'indicator-high_tech_enterprises-stock-dots',
    series: STOCK,
    title: { zh: '高企存量', en: 'HTE stock' },
  },
  {
    id: 'indicator-high_tech_enterprises-new-provincial-dots',
    series: 'high_tech_enterprises|new|provincial|actual|count',
    title: { zh: '省级新增', en: 'provincial new' },
  },
  { id: 'report-xinyi-2023-summary-figures', title: { zh: '新沂', en: 'Xinyi' } },
];
const rec = (over: Partial<PublishedChart>): PublishedChart => ({
  id: 'x',
  status: 'live',
  successor: '',
  series: '',
  title_zh: '旧',
  title_en: 'old',
  released: '1.0.0',
  ...over,
});

describe('successorFor', () => {
  it('finds the same series under a new id, then a series differing only in scope or kind, then the overview', () => {
    expect(successorFor(rec({ id: 'indicator-high_tech_enterprises-held-dots', series: STOCK }), drawn)).toBe(
      'indicator-high_tech_enterprises-stock-dots',
    );
    expect(successorFor(rec({ id: 'a', series: 'high_tech_enterprises|new|-|target|count' }), drawn)).toBe(
      'indicator-high_tech_enterprises-new-provincial-dots',
    );
    expect(
      successorFor(
        rec({ id: 'indicator-high_tech_enterprises-rank-dots', series: 'high_tech_enterprises|rank|-|rank|rank' }),
        drawn,
      ),
    ).toBe('indicator-high_tech_enterprises-dots');
    expect(successorFor(rec({ id: 'report-xinyi-2023-summary-targets' }), drawn)).toBe(
      'report-xinyi-2023-summary-figures',
    );
    expect(successorFor(rec({ id: 'theme-gone-reports' }), drawn)).toBeNull();
  });
});

describe('retiredCharts', () => {
  it('leaves drawn ids alone, follows recorded successors through retired ids, and names what nothing stands for', () => {
    const record = [
      rec({ id: 'indicator-high_tech_enterprises-dots' }),
      rec({ id: 'old-a', status: 'retired', successor: 'old-b' }),
      rec({ id: 'old-b', status: 'retired', successor: 'report-xinyi-2023-summary-figures' }),
      rec({ id: 'theme-gone-reports' }),
    ];
    const { retired, unresolved } = retiredCharts(record, drawn);
    expect(retired.map((r) => [r.id, r.successor])).toEqual([
      ['old-a', 'report-xinyi-2023-summary-figures'],
      ['old-b', 'report-xinyi-2023-summary-figures'],
    ]);
    expect(unresolved).toEqual(['theme-gone-reports']);
  });

  it('survives a loop of successors', () => {
    const record = [
      rec({ id: 'p', status: 'retired', successor: 'q' }),
      rec({ id: 'q', status: 'retired', successor: 'p' }),
    ];
    expect(retiredCharts(record, drawn).unresolved).toEqual(['p', 'q']);
  });
});

describe('recordRelease', () => {
  it('adds new ids with this version, keeps first releases, retires what is no longer drawn and never drops an id', () => {
    const record = [
      rec({ id: 'indicator-high_tech_enterprises-dots', released: '1.0.0' }),
      rec({ id: 'indicator-high_tech_enterprises-held-dots', series: STOCK, released: '1.0.0' }),
    ];
    const next = recordRelease(record, drawn, '1.2.0');
    const byId = new Map(next.map((r) => [r.id, r]));
    expect(next).toHaveLength(5);
    expect(byId.get('indicator-high_tech_enterprises-dots')).toMatchObject({ status: 'live', released: '1.0.0' });
    expect(byId.get('report-xinyi-2023-summary-figures')).toMatchObject({ status: 'live', released: '1.2.0' });
    expect(byId.get('indicator-high_tech_enterprises-held-dots')).toMatchObject({
      status: 'retired',
      successor: 'indicator-high_tech_enterprises-stock-dots',
    });
  });
});
