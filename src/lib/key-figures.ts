// 要点: the few figures a reader should see before the full text. A rule over
// the data, not a choice per report: results and targets of indicators in the
// lexicon, one per indicator and kind, in the lexicon's order (headline
// indicators first), the first mention in the text standing for the rest.
// Masked figures are never picked as key figures; they are counted instead,
// with a link to the first one, so a reader knows they exist and where.
import type { Figure, IndicatorDef } from '../pipeline/types.ts';

export const KEY_RESULTS = 4;
export const KEY_TARGETS = 3;

export interface KeyFigures {
  results: Figure[];
  targets: Figure[];
  masked: { count: number; first: Figure | null; targets: number };
}

export function keyFigures(figures: readonly Figure[], indicators: readonly Pick<IndicatorDef, 'id'>[]): KeyFigures {
  const rank = new Map(indicators.map((ind, i) => [ind.id, i]));
  const pick = (kind: Figure['kind'], max: number): Figure[] => {
    const firstPerIndicator = new Map<string, Figure>();
    for (const f of figures) {
      if (f.masked || f.kind !== kind || f.indicator === null || !rank.has(f.indicator)) continue;
      if (!firstPerIndicator.has(f.indicator)) firstPerIndicator.set(f.indicator, f);
    }
    return [...firstPerIndicator.values()]
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
