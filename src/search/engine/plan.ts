// Query planning between the shard fetch (document frequencies known, cheap)
// and the list fetch (the expensive part): in a phrase of three or more
// terms, very common bigrams (技术, 企业 in 高新技术企业) are dropped when
// rarer neighbours remain — a part holding 高新, 新技 and 术企 holds 技术 —
// so a query downloads the small lists that decide, not the big ones that don't.
import type { ParsedQuery } from './query-parse.ts';

/** A term found in more than this share of all parts counts as common. */
export const COMMON_SHARE = 1 / 16;
/** Terms an alternative keeps at least (its rarest). */
const MIN_KEPT = 2;

export function planQuery(parsed: ParsedQuery, dfs: Map<string, number>, idSpace: number): ParsedQuery {
  const common = (t: string) => (dfs.get(t) ?? 0) > idSpace * COMMON_SHARE && t.charCodeAt(0) >= 0x80;
  const clauses = parsed.clauses.map((c) => ({
    ...c,
    alternatives: c.alternatives.map((a) => {
      if (a.terms.length <= MIN_KEPT) return a;
      const rarest = new Set([...a.terms].sort((x, y) => (dfs.get(x) ?? 0) - (dfs.get(y) ?? 0)).slice(0, MIN_KEPT));
      return { ...a, terms: a.terms.filter((t) => rarest.has(t) || !common(t)) };
    }),
  }));
  const terms = [...new Set(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
  return { ...parsed, clauses, terms };
}
