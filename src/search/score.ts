// Scores parts against a parsed query from posting lists alone, then ranks
// reports. A part matches fully when, for every clause, some alternative has
// all its terms in the part; nearly when every clause has at least half its
// terms (a character off, words reordered). Scores weight rare terms up (idf).
import type { ParsedQuery } from './query-parse.ts';

export interface PartMatch {
  id: number;
  full: boolean;
  /** Mean over clauses of the idf-weighted share of terms present, 0..1. */
  score: number;
}

export interface ReportHit {
  report: number;
  full: boolean;
  /** The title line (part 0) matched fully. */
  head: boolean;
  best: number;
  fullParts: number;
  /** Matching parts, best first. */
  parts: PartMatch[];
}

const MAX_ALTERNATIVES = 16;

/**
 * Terms a part needs for a near match: half the CJK terms (at least one) and,
 * in effect, every Latin/digit token — a token is a whole word, not a
 * character that may be off.
 */
export function nearNeed(terms: string[]): number {
  const alnum = terms.filter((t) => t.charCodeAt(0) < 0x80).length;
  const cjk = terms.length - alnum;
  return alnum + (cjk ? Math.max(1, Math.floor(cjk / 2)) : 0);
}

export function scoreParts(parsed: ParsedQuery, lists: Map<string, Int32Array>, dfs: Map<string, number>, idSpace: number): PartMatch[] {
  const alts = parsed.clauses.flatMap((c, clause) => c.alternatives.map((a) => ({ clause, a }))).slice(0, MAX_ALTERNATIVES);
  const touched: number[] = [];
  const seen = new Uint8Array(idSpace);
  const weight = (t: string) => Math.log(1 + idSpace / (1 + (dfs.get(t) ?? 0)));
  const state = alts.map(({ clause, a }) => {
    const count = new Uint8Array(idSpace);
    const wsum = new Float32Array(idSpace);
    let total = 0;
    for (const t of a.terms) {
      const w = weight(t);
      total += w;
      const ids = lists.get(t);
      if (!ids) continue;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        count[id]++;
        wsum[id] += w;
        if (!seen[id]) {
          seen[id] = 1;
          touched.push(id);
        }
      }
    }
    return { clause, n: a.terms.length, need: nearNeed(a.terms), count, wsum, total };
  });

  const clauses = parsed.clauses.length;
  const out: PartMatch[] = [];
  const full = new Uint8Array(clauses);
  const near = new Uint8Array(clauses);
  const cov = new Float32Array(clauses);
  for (const id of touched) {
    full.fill(0);
    near.fill(0);
    cov.fill(0);
    for (const s of state) {
      const c = s.count[id];
      if (c === s.n) full[s.clause] = 1;
      if (c >= s.need) near[s.clause] = 1;
      const w = s.wsum[id] / s.total;
      if (w > cov[s.clause]) cov[s.clause] = w;
    }
    if (!near.every(Boolean)) continue;
    out.push({ id, full: full.every(Boolean), score: cov.reduce((a, b) => a + b, 0) / clauses });
  }
  return out;
}

/** Groups part matches by report and ranks: full before near, title hits, score, breadth. */
export function rankReports(matches: PartMatch[], partsPerReport: number, tieBreak: (a: number, b: number) => number): ReportHit[] {
  const byReport = new Map<number, ReportHit>();
  for (const m of matches) {
    const report = Math.floor(m.id / partsPerReport);
    let hit = byReport.get(report);
    if (!hit) {
      hit = { report, full: false, head: false, best: 0, fullParts: 0, parts: [] };
      byReport.set(report, hit);
    }
    hit.parts.push(m);
    if (m.full) {
      hit.full = true;
      hit.fullParts++;
      if (m.id % partsPerReport === 0) hit.head = true;
    }
  }
  const hits = [...byReport.values()];
  for (const h of hits) {
    const counted = h.full ? h.parts.filter((p) => p.full) : h.parts;
    h.best = Math.max(...counted.map((p) => p.score));
    h.parts.sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score || a.id - b.id);
  }
  return hits.sort(
    (a, b) =>
      Number(b.full) - Number(a.full) ||
      Number(b.head) - Number(a.head) ||
      b.best - a.best ||
      b.fullParts - a.fullParts ||
      tieBreak(a.report, b.report),
  );
}
