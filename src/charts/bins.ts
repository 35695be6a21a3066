// Counts and shares binned onto the four sequential colour steps (seq-1 …
// seq-4; seq-0 is "none"), with legend labels.
import type { Bilingual } from './types.ts';

export interface Bin {
  /** Inclusive bounds. */
  lo: number;
  hi: number;
  step: number;
  label: Bilingual;
}

/** Integer counts 1…max in at most four steps (one step per count when max ≤ 4). */
export function countBins(max: number, unit: Bilingual): Bin[] {
  const bins: Bin[] = [];
  const steps = Math.min(4, Math.max(1, max));
  let lo = 1;
  for (let step = 1; step <= steps; step++) {
    const hi = step === steps ? Math.max(max, 1) : Math.max(lo, Math.round((max * step) / steps));
    const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
    bins.push({ lo, hi, step, label: { zh: `${range} ${unit.zh}`, en: `${range} ${unit.en}` } });
    lo = hi + 1;
  }
  return bins;
}

export function stepOf(value: number, bins: Bin[]): number {
  if (value <= 0) return 0;
  const bin = bins.find((b) => value >= b.lo && value <= b.hi) ?? bins.at(-1);
  if (!bin) throw new Error(`no bins to place ${value} in`);
  return bin.step;
}

/** Fixed share thresholds: (0, 5%), [5%, 10%), [10%, 20%), ≥ 20%. */
export const SHARE_BINS: Bin[] = [
  { lo: 0.00001, hi: 0.05, step: 1, label: { zh: '低于5%', en: 'under 5%' } },
  { lo: 0.05, hi: 0.1, step: 2, label: { zh: '5%–10%', en: '5%–10%' } },
  { lo: 0.1, hi: 0.2, step: 3, label: { zh: '10%–20%', en: '10%–20%' } },
  { lo: 0.2, hi: 1, step: 4, label: { zh: '20%及以上', en: '20% or more' } },
];

export function shareStep(share: number): number {
  if (share <= 0) return 0;
  return SHARE_BINS.findLast((b) => share >= b.lo)?.step ?? 1;
}
