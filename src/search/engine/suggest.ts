// "Did you mean": for a typed word the reports never use (高新枝术企业), the
// spelling they do use that is within the word's typo budget (one character
// up to seven, two from eight), read from the text of the near matches shown.
// The reports' own words are the dictionary: no list of corrections to keep.
import { isCjk } from './normalize.ts';
import type { ParsedQuery } from './query-parse.ts';
import { typoBudget } from './score.ts';

/** Edit distance (insert, delete, substitute one character), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // The table row by row: prev[j] is the distance from a's first i - 1 characters to b's first j.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let distance = b.length;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charAt(i - 1);
    const row = [i];
    let least = i;
    // Left to right: `diag` is prev[j - 1], `left` is row[j - 1].
    let diag = i - 1;
    let left = i;
    prev.slice(1).forEach((above, j) => {
      left = Math.min(above + 1, left + 1, diag + (ca === b.charAt(j) ? 0 : 1));
      row.push(left);
      least = Math.min(least, left);
      diag = above;
    });
    if (least > max) return max + 1;
    prev = row;
    distance = left;
  }
  return distance;
}

const allCjk = (s: string) => [...s].every((c) => isCjk(c.charCodeAt(0)));

/**
 * Where a spelling of `word` may start and how long it may be in `text`:
 * around each place a bigram of the word occurs (a mistyped word keeps most
 * of its bigrams), within the typo budget — not every window of the text.
 */
function windowsOf(word: string, text: string, budget: number): Set<number> {
  const out = new Set<number>();
  for (let j = 0; j + 1 < word.length; j++) {
    const bigram = word.slice(j, j + 2);
    for (let at = text.indexOf(bigram); at >= 0; at = text.indexOf(bigram, at + 1))
      for (let shift = -budget; shift <= budget; shift++)
        for (let len = word.length - budget; len <= word.length + budget; len++) {
          const start = at - j + shift;
          if (len >= 2 && start >= 0 && start + len <= text.length) out.add(start * 64 + len);
        }
  }
  return out;
}

/** The spelling of `word` the texts use most, within its typo budget; null when none is near enough. */
export function nearestSpelling(word: string, texts: readonly string[]): string | null {
  const budget = typoBudget(word.length);
  if (!budget || word.length >= 64) return null;
  const found = new Map<string, { d: number; n: number }>();
  for (const text of new Set(texts)) {
    for (const key of windowsOf(word, text, budget)) {
      const w = text.slice(Math.floor(key / 64), Math.floor(key / 64) + (key % 64));
      if (w === word || !allCjk(w)) continue;
      const had = found.get(w);
      if (had) {
        had.n++;
        continue;
      }
      const d = editDistance(word, w, budget);
      if (d <= budget) found.set(w, { d, n: 1 });
    }
  }
  // Closest first, then the one keeping the typed length (a character mistyped, not left out), then the most used.
  const best = [...found].sort(
    (x, y) =>
      x[1].d - y[1].d || Math.abs(x[0].length - word.length) - Math.abs(y[0].length - word.length) || y[1].n - x[1].n,
  )[0];
  return best ? best[0] : null;
}

/**
 * Corrections for the typed CJK words the index does not know (a bigram of
 * theirs is in no report), from the texts of the near matches; the query
 * with them, for a link.
 */
export function didYouMean(
  query: string,
  parsed: ParsedQuery,
  dfs: Map<string, number>,
  texts: readonly string[],
): { query: string; corrections: { typed: string; meant: string }[] } | null {
  const corrections: { typed: string; meant: string }[] = [];
  for (const c of parsed.clauses) {
    c.options.forEach((o, i) => {
      const alt = c.alternatives.find((a) => a.of === i && a.typed);
      if (o.literal || !alt || !allCjk(o.text) || !alt.terms.some((t) => !dfs.get(t))) return;
      const meant = nearestSpelling(o.text, texts);
      if (meant) corrections.push({ typed: o.typed, meant });
    });
  }
  if (!corrections.length) return null;
  let corrected = query;
  for (const { typed, meant } of corrections) corrected = corrected.replace(typed, meant);
  return corrected === query ? null : { query: corrected, corrections };
}
