// 要点: the few figures a reader should see before the full text. A rule over
// the data, not a choice per report: verified results and targets of the
// lexicon's indicators, one per indicator and kind, in the lexicon's order
// (headline indicators first). Of an indicator's figures the one that says
// most about the region is picked — a stock or what was certified before
// what was applied for or entered a pool; growths, shares and ranks are
// never a key figure of their own — and each is shown with its measure.
// Masked figures are never picked; they are counted instead, with a link to
// the first one, so a reader knows they exist and where.
import type { Figure, IndicatorDef } from '../pipeline/types.ts';
import { countsInSeries } from '../pipeline/figures/series.ts';

export const KEY_RESULTS = 4;
export const KEY_TARGETS = 3;

/** Measures in the order a key figure is chosen by; measures not listed (growth, share, rate, rank, per item …) are never key figures. */
export const KEY_MEASURES = [
  'stock',
  'new',
  'total',
  'amount',
  'count',
  'benefit',
  'reexamined',
  'surveyed',
  'applied',
  'pool',
];

export interface KeyFigures {
  results: Figure[];
  targets: Figure[];
  masked: { count: number; first: Figure | null; targets: number };
}

export function keyFigures(figures: readonly Figure[], indicators: readonly Pick<IndicatorDef, 'id'>[]): KeyFigures {
  const rank = new Map(indicators.map((ind, i) => [ind.id, i]));
  const preference = (f: Figure) => KEY_MEASURES.indexOf(f.measure ?? '');
  const pick = (kind: Figure['kind'], max: number): Figure[] => {
    const best = new Map<string, Figure>();
    for (const f of figures) {
      if (!countsInSeries(f) || f.masked || f.kind !== kind || f.indicator === null || !rank.has(f.indicator)) continue;
      if (preference(f) < 0) continue;
      const held = best.get(f.indicator);
      if (!held || preference(f) < preference(held)) best.set(f.indicator, f);
    }
    return [...best.values()]
      .sort((a, b) => rank.get(a.indicator!)! - rank.get(b.indicator!)! || a.start - b.start)
      .slice(0, max);
  };
  const masked = figures.filter((f) => f.masked);
  return {
    results: pick('actual', KEY_RESULTS),
    targets: pick('target', KEY_TARGETS),
    masked: {
      count: masked.length,
      first: masked[0] ?? null,
      targets: masked.filter((f) => f.kind === 'target').length,
    },
  };
}
