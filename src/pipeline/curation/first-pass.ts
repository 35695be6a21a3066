// The machine's first pass against what curators verified: for every decided
// figure the review recorded what the rules proposed (proposed_*), so the
// rules' accuracy on the published corpus is measured on the curators' own
// judgement — figure precision (how many proposed figures were figures),
// recall (how many figures the rules found at all) and, field by field, how
// often the proposed label was the verified one.
import type { CurationDecision, FigureLabels } from './decisions.ts';

export const SCORED_FIELDS = ['kind', 'indicator', 'measure', 'scope', 'period', 'value'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FirstPass {
  /** Decisions with the machine's proposal recorded. */
  decided: number;
  verified: number;
  rejected: number;
  duplicates: number;
  /** Verified figures the rules did not find (added by a curator). */
  missed: number;
  /** Verified, but not their series' value. */
  offSeries: number;
  /** Proposed figures that were figures (verified or duplicate) / all proposed. */
  precision: number | null;
  /** Verified figures the rules found / all verified. */
  recall: number | null;
  /** Per field: verified figures whose proposed label was the verified one / verified figures with a proposal. */
  accuracy: Record<ScoredField, number | null>;
}

/** A proposal recorded before kinds became modalities (growth, share, rank were kinds) reads as achieved. */
const modality = (kind: string) => (kind === 'target' ? 'target' : 'actual');

const same = (field: ScoredField, a: FigureLabels, b: FigureLabels) =>
  field === 'value'
    ? a.value === b.value && a.unit === b.unit
    : field === 'kind'
      ? modality(a.kind) === modality(b.kind)
      : (a[field] ?? '') === (b[field] ?? '');

const ratio = (a: number, b: number) => (b ? a / b : null);

export function firstPass(decisions: readonly CurationDecision[]): FirstPass {
  const withProposal = decisions.filter((d) => d.proposed !== null);
  const verified = decisions.filter((d) => d.status === 'verified');
  const scored = verified.filter((d) => d.proposed !== null && d.labels !== null);
  const accuracy = Object.fromEntries(
    SCORED_FIELDS.map((f) => [
      f,
      ratio(scored.filter((d) => same(f, d.proposed as FigureLabels, d.labels as FigureLabels)).length, scored.length),
    ]),
  ) as Record<ScoredField, number | null>;
  const missed = verified.filter((d) => d.proposed === null).length;
  return {
    decided: decisions.length,
    verified: verified.length,
    rejected: decisions.filter((d) => d.status === 'rejected').length,
    duplicates: decisions.filter((d) => d.status === 'duplicate').length,
    missed,
    offSeries: verified.filter((d) => !d.inSeries).length,
    precision: ratio(withProposal.filter((d) => d.status !== 'rejected').length, withProposal.length),
    recall: ratio(verified.length - missed, verified.length),
    accuracy,
  };
}
