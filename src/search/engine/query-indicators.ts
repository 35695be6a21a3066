// The indicators a query names: an alternative of one of its clauses (the
// words typed, a synonym, a measured form: 研发投入占GDP → 研发投入强度) is
// the indicator's name or one of its lexicon synonyms. Their figures rank
// the reports (a report with more 高新技术企业 figures before one that only
// mentions them).
import { normalize, phraseText } from './normalize.ts';
import type { ParsedQuery } from './query-parse.ts';
import type { Manifest } from './types.ts';

const names = new WeakMap<Manifest, Map<string, string[]>>();

/** Indicator ids by each of their names, normalised (once per manifest). */
function byName(m: Manifest): Map<string, string[]> {
  let out = names.get(m);
  if (!out) {
    out = new Map();
    for (const i of m.indicators)
      for (const n of new Set([i.zh, ...i.synonyms].map((s) => phraseText(normalize(s))))) {
        out.set(n, [...(out.get(n) ?? []), i.id]);
      }
    names.set(m, out);
  }
  return out;
}

/** The query's indicators, those of words typed first, each once. */
export function queryIndicators(parsed: ParsedQuery, m: Manifest): string[] {
  const index = byName(m);
  const alts = parsed.clauses.flatMap((c) => c.alternatives);
  const ordered = [...alts.filter((a) => a.typed), ...alts.filter((a) => !a.typed)];
  return [...new Set(ordered.flatMap((a) => index.get(a.text) ?? []))];
}

/** Every clause is, as typed, an indicator's name or synonym: the query names indicators (not a place or a title). */
export function namesIndicators(parsed: ParsedQuery, m: Manifest): boolean {
  const index = byName(m);
  return (
    parsed.clauses.length > 0 && parsed.clauses.every((c) => c.alternatives.some((a) => a.typed && index.has(a.text)))
  );
}
