// Snippets: the sentences of loaded parts that match, with the matching
// characters marked. Works on normalised text, whose offsets equal the
// original's, and returns plain segments — the page turns them into text
// nodes and <mark> elements, never into HTML.
import { normalize } from './normalize.ts';
import type { Alternative, ParsedQuery } from './query-parse.ts';
import type { Segment } from './types.ts';

const SENTENCE_END = /[。！？；!?;\n]/;
export const SNIPPET_MAX = 140;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentence spans of a paragraph: up to and including 。！？； (or the end). */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text[i])) continue;
    let end = i + 1;
    while (end < text.length && /[”’」』）)]/.test(text[end])) end++;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** Does every run of the alternative occur in the normalised text? */
export function containsAlternative(norm: string, alt: Alternative): boolean {
  return alt.runs.length > 0 && alt.runs.every((r) => norm.includes(r));
}

export interface MarkResult {
  mask: Uint8Array;
  exact: boolean;
  /** Share of the query's terms present (best alternative per clause), 0..1. */
  coverage: number;
}

function markAll(norm: string, needle: string, mask: Uint8Array): void {
  if (!needle) return;
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) mask.fill(1, at, at + needle.length);
}

/**
 * Marks what the query matched in `norm`: whole phrases where an alternative
 * occurs, otherwise each query term found (near matches light up piecewise).
 */
export function markQuery(norm: string, parsed: ParsedQuery): MarkResult {
  const mask = new Uint8Array(norm.length);
  let exactClauses = 0;
  let coverage = 0;
  for (const clause of parsed.clauses) {
    const exactAlts = clause.alternatives.filter((a) => containsAlternative(norm, a));
    if (exactAlts.length) {
      exactClauses++;
      coverage += 1;
      for (const a of exactAlts) for (const r of a.runs) markAll(norm, r, mask);
      continue;
    }
    let best = 0;
    for (const a of clause.alternatives) {
      const found = a.terms.filter((t) => norm.includes(t));
      best = Math.max(best, found.length / a.terms.length);
      for (const t of found) markAll(norm, t, mask);
    }
    coverage += best;
  }
  const n = parsed.clauses.length || 1;
  return { mask, exact: parsed.clauses.length > 0 && exactClauses === parsed.clauses.length, coverage: coverage / n };
}

/** Cuts text into marked / unmarked segments, windowed to `max` characters around the first mark. */
export function segments(text: string, mask: Uint8Array, max = SNIPPET_MAX): Segment[] {
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    const first = Math.max(0, mask.indexOf(1));
    from = Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max));
    to = from + max;
  }
  const out: Segment[] = [];
  if (from > 0) out.push({ text: '…', mark: false });
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j < to && mask[j] === mask[i]) j++;
    out.push({ text: text.slice(i, j), mark: mask[i] === 1 });
    i = j;
  }
  if (to < text.length) out.push({ text: '…', mark: false });
  return out;
}

export interface ScoredSentence {
  paragraph: number;
  /** Position in the report (for stable document order). */
  order: number;
  text: string;
  mark: MarkResult;
}

/** Every sentence of the given paragraphs with what the query marks in it (unmatched ones dropped). */
export function matchingSentences(paras: [number, string, number][], parsed: ParsedQuery): ScoredSentence[] {
  const out: ScoredSentence[] = [];
  for (const [n, text] of paras) {
    const norm = normalize(text);
    sentenceSpans(text).forEach((s, i) => {
      const mark = markQuery(norm.slice(s.start, s.end), parsed);
      if (mark.coverage > 0) out.push({ paragraph: n, order: n * 10000 + i, text: text.slice(s.start, s.end), mark });
    });
  }
  return out;
}
