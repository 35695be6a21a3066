// The review queue: every figure a curator has not yet decided, report by
// report, riskiest first — the figures whose labels a weak rule decided, or
// that look like a second statement of another, or carry a year the report
// marks unreliable — each with the reasons, so a report of 40 figures is
// reviewed in minutes. Also the verified figures the current rules disagree with.
import type { Figure, IndicatorDef, Report } from '../../pipeline/types.ts';
import { weakKinds } from './kind-review.ts';

export type ReviewReason =
  | 'measure-default'
  | 'indicator-none'
  | 'indicator-context'
  | 'kind-weak'
  | 'repeated-value'
  | 'period-unreliable'
  | 'masked';

/** How much each reason weighs in the order of review (a wrong series or a doubled fact costs most). */
const WEIGHT: Record<ReviewReason, number> = {
  'repeated-value': 5,
  'indicator-none': 4,
  'indicator-context': 3,
  'kind-weak': 3,
  'measure-default': 2,
  'period-unreliable': 2,
  masked: 1,
};

export interface ReviewItem {
  figure: Figure;
  reasons: ReviewReason[];
  risk: number;
}

/** Whether the figure's own label names its indicator (a strong assignment). */
export function indicatorFromLabel(f: Figure, lexicon: readonly IndicatorDef[]): boolean {
  const def = lexicon.find((d) => d.id === f.indicator);
  return !!def && def.synonyms.some((s) => f.label.includes(s));
}

function reasonsOf(
  f: Figure,
  report: Report,
  lexicon: readonly IndicatorDef[],
  weak: Set<Figure>,
  repeated: Set<Figure>,
) {
  const reasons: ReviewReason[] = [];
  if (repeated.has(f)) reasons.push('repeated-value');
  if (!f.indicator) reasons.push('indicator-none');
  else if (f.measure !== 'rank' && f.measure !== 'growth' && !indicatorFromLabel(f, lexicon))
    reasons.push('indicator-context');
  if (weak.has(f)) reasons.push('kind-weak');
  if (f.measure_rule === 'default') reasons.push('measure-default');
  if (!report.meta.year_reliable && /\d{4}/.test(f.period)) reasons.push('period-unreliable');
  if (f.masked) reasons.push('masked');
  return reasons;
}

/** Figures of one report stated with the same value and unit more than once: perhaps one fact said twice. */
function repeatedValues(figures: readonly Figure[]): Set<Figure> {
  const byValue = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.masked || f.value === null) continue;
    const k = `${f.value}|${f.unit}`;
    byValue.set(k, [...(byValue.get(k) ?? []), f]);
  }
  return new Set([...byValue.values()].filter((list) => list.length > 1).flat());
}

/** The undecided figures of each report, riskiest first (then in reading order). */
export function reviewQueue(
  reports: readonly Report[],
  figuresByReport: ReadonlyMap<string, readonly Figure[]>,
  lexicon: readonly IndicatorDef[],
  decided: ReadonlySet<string>,
): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const report of reports) {
    const all = figuresByReport.get(report.meta.id) ?? [];
    const weak = new Set(weakKinds(report.body, all, report.meta.doc_type).map((w) => w.figure));
    const repeated = repeatedValues(all);
    const open = all
      .filter((f) => !decided.has(`${f.report}@${f.start}`))
      .map((figure) => {
        const reasons = reasonsOf(figure, report, lexicon, weak, repeated);
        return { figure, reasons, risk: reasons.reduce((n, r) => n + WEIGHT[r], 0) };
      })
      .sort((a, b) => b.risk - a.risk || a.figure.start - b.figure.start);
    items.push(...open);
  }
  return items;
}
