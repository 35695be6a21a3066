// The review list: every figure whose indicator or measure a weak rule
// decided, so a curator can confirm it or write a row of data/curation.csv.
// Weak means: the measure was defaulted (no cue word) or guessed from a
// weak cue (达到 …); the indicator is missing for a figure of a known unit,
// or was taken from the context rather than from the figure's own label.
import type { CurationRow, Figure, IndicatorDef } from '../../pipeline/types.ts';

export type ReviewReason = 'measure-default' | 'indicator-none' | 'indicator-context';

export interface ReviewItem {
  figure: Figure;
  reasons: ReviewReason[];
}

/** Whether the figure's own label names its indicator (a strong assignment). */
export function indicatorFromLabel(f: Figure, lexicon: readonly IndicatorDef[]): boolean {
  const def = lexicon.find((d) => d.id === f.indicator);
  return !!def && def.synonyms.some((s) => f.label.includes(s));
}

/** Figures left for a curator, in report order; those a curation row already decided are left out. */
export function reviewList(
  figures: readonly Figure[],
  lexicon: readonly IndicatorDef[],
  curation: readonly CurationRow[] = [],
): ReviewItem[] {
  const curated = (f: Figure, field: string) =>
    curation.some((r) => r.report === f.report && r.offset === f.start && r.field === field);
  const items: ReviewItem[] = [];
  for (const f of figures) {
    const reasons: ReviewReason[] = [];
    if (f.measure_rule === 'default' && !curated(f, 'measure')) reasons.push('measure-default');
    if (!curated(f, 'indicator')) {
      // A rank, growth or share names what it ranks only through its clause: context is its normal source.
      if (!f.indicator) reasons.push('indicator-none');
      else if (f.kind !== 'rank' && f.kind !== 'growth' && !indicatorFromLabel(f, lexicon))
        reasons.push('indicator-context');
    }
    if (reasons.length) items.push({ figure: f, reasons });
  }
  return items;
}
