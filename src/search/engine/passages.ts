// Passages: the matching sentences of loaded parts, one per paragraph (its
// best sentence), ranked within the report — passages holding more of the
// query's clauses first, then those saying what was typed (not a synonym),
// then closeness, then document order.
import { occurs } from './occurrences.ts';
import type { ParsedQuery } from './query-parse.ts';
import { containsAlternative, matchingSentences, type ScoredSentence, type Sentence } from './snippets.ts';

/** Bit i set = clause i occurs in `norm`: as a phrase (or synonym), or, `loose`, as all its terms. */
function clauseMask(norm: string, parsed: ParsedQuery, loose: boolean): number {
  let mask = 0;
  parsed.clauses.forEach((c, i) => {
    if (c.alternatives.some((a) => containsAlternative(norm, a) || (loose && a.terms.every((t) => occurs(norm, t)))))
      mask |= 1 << i;
  });
  return mask;
}

export interface Passage {
  sentence: ScoredSentence;
  mask: number;
  clauses: number;
  /** Clauses found as typed (not only as a synonym): 高企 typed, a passage saying 高企 first. */
  typed: number;
}

const bits = (m: number) => {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
};

/** Within a report: passages holding more clauses first, then the best sentence's match, then document order. */
function byPassageScore(a: Passage, b: Passage): number {
  return (
    b.clauses - a.clauses ||
    b.typed - a.typed ||
    Number(b.sentence.exact) - Number(a.sentence.exact) ||
    b.sentence.coverage - a.sentence.coverage ||
    a.sentence.order - b.sentence.order
  );
}

/** A near match's passages: sentences holding at least this share of the query's terms. */
const NEAR_COVERAGE = 0.5;

/**
 * The matching passages of loaded text, one per paragraph (its best
 * sentence), best first. `phrase`: some clause occurs as a phrase; `terms`:
 * as all its terms; `near`: enough of the query's terms.
 */
export function passages(
  sentences: readonly Sentence[],
  parsed: ParsedQuery,
  mode: 'phrase' | 'terms' | 'near',
): Passage[] {
  const byParagraph = new Map<number, Passage>();
  for (const s of matchingSentences(sentences, parsed)) {
    const mask = mode === 'near' ? 0 : clauseMask(s.norm, parsed, mode === 'terms');
    if (mode === 'near' ? s.coverage < NEAR_COVERAGE : !mask) continue;
    const typed = parsed.clauses.filter((c) =>
      c.alternatives.some((a) => a.typed && containsAlternative(s.norm, a)),
    ).length;
    const p = { sentence: s, mask, clauses: bits(mask), typed };
    const had = byParagraph.get(s.paragraph);
    if (!had) byParagraph.set(s.paragraph, p);
    else {
      const merged = had.mask | mask;
      const best = byPassageScore(p, had) < 0 ? p : had;
      byParagraph.set(s.paragraph, { ...best, mask: merged, clauses: bits(merged) });
    }
  }
  return [...byParagraph.values()].sort(byPassageScore);
}

/** The first few passages, making room for each clause found anywhere (terms far apart each get shown). */
export function shownPassages(all: Passage[], max: number): Passage[] {
  const chosen: Passage[] = [];
  let covered = 0;
  for (const p of all) {
    if (chosen.length < max && p.mask & ~covered) {
      chosen.push(p);
      covered |= p.mask;
    }
  }
  for (const p of all) if (chosen.length < max && !chosen.includes(p)) chosen.push(p);
  return chosen.sort(byPassageScore);
}
