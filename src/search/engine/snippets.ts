// Snippets: the sentences of loaded parts that match, with the matching
// characters marked. Works on normalised text, whose offsets equal the
// original's, and returns plain segments — the page turns them into text
// nodes and <mark> elements, never into HTML.
import { normalize } from './normalize.ts';
import { chainSpans, occurs, spans } from './occurrences.ts';
import type { Alternative, ParsedQuery } from './query-parse.ts';
import type { Segment } from './types.ts';

export const SNIPPET_MAX = 140;

export interface SentenceSpan {
  start: number;
  end: number;
}

function isSentenceEnd(c: number): boolean {
  // 。！？；!?; and newline
  return (
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a
  );
}

function isCloser(c: number): boolean {
  // ”’」』）)
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x20 && text.charCodeAt(i) !== 0x3000) return false;
  return true;
}

/** Sentence spans of a paragraph: up to and including 。！？； (and closing quotes), or the end. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    if (!blank(text, start, end)) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (!blank(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

/** Does the alternative occur in the normalised text: its pieces in order, only punctuation between (see occurrences.ts)? */
export function containsAlternative(norm: string, alt: Alternative): boolean {
  return alt.runs.length > 0 && chainSpans(norm, alt.runs).length > 0;
}

export interface Assessment {
  exact: boolean;
  /** Clauses found as a whole phrase (or a synonym). */
  phrases: number;
  /** Share of the query's terms present (best alternative per clause), 0..1. */
  coverage: number;
}

/** How well `norm` matches: every clause as a phrase (exact), or the share of its terms. */
export function assess(norm: string, parsed: ParsedQuery): Assessment {
  let phrases = 0;
  let coverage = 0;
  for (const clause of parsed.clauses) {
    if (clause.alternatives.some((a) => containsAlternative(norm, a))) {
      phrases++;
      coverage += 1;
      continue;
    }
    let best = 0;
    for (const a of clause.alternatives) {
      let found = 0;
      for (const t of a.terms) if (occurs(norm, t)) found++;
      best = Math.max(best, found / a.terms.length);
    }
    coverage += best;
  }
  const n = parsed.clauses.length;
  return { exact: n > 0 && phrases === n, phrases, coverage: n ? coverage / n : 0 };
}

/**
 * Does the text hold, for every clause, all terms of one alternative? The
 * index said so of the part; checked on its words, an occurrence that does
 * not count (高企 in 提高企业) no longer makes the report an all-terms match.
 */
export function holdsAllTerms(norm: string, parsed: ParsedQuery): boolean {
  return parsed.clauses.every((c) => c.alternatives.some((a) => a.terms.every((t) => occurs(norm, t))));
}

function markAll(norm: string, needle: string, mask: Uint8Array): void {
  for (const [at, end] of spans(norm, needle)) mask.fill(1, at, end);
}

/** Marks each occurrence of the alternative's pieces in order (a copied phrase, punctuation between, is marked piece by piece). */
function markChain(norm: string, alt: Alternative, mask: Uint8Array): void {
  for (const [at, end] of chainSpans(norm, alt.runs)) {
    for (let i = at; i < end; i++) {
      const c = norm.charCodeAt(i);
      if (c > 0x20 && c !== 0x3000) mask[i] = 1;
    }
  }
}

/**
 * Marks what the query matched in `norm`: whole phrases where an alternative
 * occurs; otherwise, unless `phrasesOnly`, each query term found (near
 * matches light up piecewise). A result that matched exactly marks phrases
 * only: 技术 lit in a title because 高新技术企业 was searched reads as a hit.
 */
export function markQuery(norm: string, parsed: ParsedQuery, phrasesOnly = false): Uint8Array {
  const mask = new Uint8Array(norm.length);
  for (const clause of parsed.clauses) {
    const exactAlts = clause.alternatives.filter((a) => containsAlternative(norm, a));
    if (exactAlts.length) {
      for (const a of exactAlts) markChain(norm, a, mask);
      continue;
    }
    if (!phrasesOnly) for (const a of clause.alternatives) for (const t of a.terms) markAll(norm, t, mask);
  }
  return mask;
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

export interface Sentence {
  paragraph: number;
  /** Position in the report (for stable document order). */
  order: number;
  text: string;
  norm: string;
}

export interface ScoredSentence extends Sentence, Assessment {}

// Loaded parts stay in memory; so do their sentences.
const sentenceCache = new WeakMap<object, Sentence[]>();

/** The sentences of a part's paragraphs (computed once per loaded part). */
export function sentencesOf(paras: [number, string][]): Sentence[] {
  let out = sentenceCache.get(paras);
  if (out) return out;
  out = [];
  for (const [n, text] of paras) {
    const norm = normalize(text);
    sentenceSpans(text).forEach((s, i) =>
      out!.push({
        paragraph: n,
        order: n * 10000 + i,
        text: text.slice(s.start, s.end),
        norm: norm.slice(s.start, s.end),
      }),
    );
  }
  sentenceCache.set(paras, out);
  return out;
}

/** Sentences of one paragraph joined together at most: a phrase copied across 。 or ； spans two or three. */
const BRIDGE = 3;

/**
 * The sentences, plus a stretch of consecutive sentences of one paragraph for
 * each alternative no single sentence holds but such a stretch does (a
 * phrase copied across a sentence break), so it gets a passage of its own.
 */
export function bridged(sentences: readonly Sentence[], parsed: ParsedQuery): Sentence[] {
  const alts = parsed.clauses
    .flatMap((c) => c.alternatives)
    .filter((a) => a.runs.length > 1 && !sentences.some((s) => containsAlternative(s.norm, a)));
  if (!alts.length) return [...sentences];
  const out = [...sentences];
  sentences.forEach((first, i) => {
    for (let k = 2; k <= BRIDGE && i + k <= sentences.length; k++) {
      const run = sentences.slice(i, i + k);
      if (run.some((s) => s.paragraph !== first.paragraph)) break;
      const norm = run.map((s) => s.norm).join('');
      if (!alts.some((a) => containsAlternative(norm, a))) continue;
      out.push({ ...first, text: run.map((s) => s.text).join(''), norm });
      break;
    }
  });
  return out;
}

/** The sentences that match the query at all, with how well. */
export function matchingSentences(sentences: readonly Sentence[], parsed: ParsedQuery): ScoredSentence[] {
  const out: ScoredSentence[] = [];
  for (const s of sentences) {
    const a = assess(s.norm, parsed);
    if (a.coverage > 0) out.push({ ...s, ...a });
  }
  return out;
}
