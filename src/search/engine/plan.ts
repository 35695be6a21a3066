// Query planning between the shard fetch (document frequencies known, cheap)
// and the list fetch (the expensive part): in a phrase of three or more
// terms, very common bigrams (技术, 企业 in 高新技术企业) are dropped when
// rarer neighbours remain — a part holding 高新, 新技 and 术企 holds 技术 —
// so a query downloads the small lists that decide, not the big ones that don't.
// Terms the index does not know (a typo's bigrams) never count as the rarest:
// a misspelt phrase keeps its rarest known terms for a near match, which then
// needs as many fewer terms as were dropped.
import type { ParsedQuery } from './query-parse.ts';
import { nearNeed } from './score.ts';

/** A term found in more than this share of all parts counts as common. */
export const COMMON_SHARE = 1 / 16;
/** Known terms an alternative keeps at least (its rarest). */
const MIN_KEPT = 2;

export function planQuery(parsed: ParsedQuery, dfs: Map<string, number>, idSpace: number): ParsedQuery {
  const df = (t: string) => dfs.get(t) ?? 0;
  const common = (t: string) => df(t) > idSpace * COMMON_SHARE && t.charCodeAt(0) >= 0x80;
  const clauses = parsed.clauses.map((c) => ({
    ...c,
    alternatives: c.alternatives.map((a) => {
      if (a.terms.length <= MIN_KEPT) return a;
      const known = a.terms.filter((t) => df(t) > 0);
      const rarest = new Set([...known].sort((x, y) => df(x) - df(y)).slice(0, MIN_KEPT));
      const terms = a.terms.filter((t) => rarest.has(t) || !common(t));
      if (terms.length === a.terms.length) return a;
      return { ...a, terms, need: Math.max(1, nearNeed(a.terms) - (a.terms.length - terms.length)) };
    }),
  }));
  const terms = [...new Set([...clauses, ...parsed.excluded].flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
  return { ...parsed, clauses, terms };
}
