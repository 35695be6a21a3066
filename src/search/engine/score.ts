// Scores parts against a parsed query from posting lists alone and ranks the
// reports. A part matches fully when, for every clause, some alternative has
// all its terms in the part; nearly when every clause has enough of them (a
// character off, words reordered). Scores weight rare terms up (idf).
// At 10,000 reports a query can touch 100,000 parts, so this works in typed
// arrays reused between queries and creates objects only for one page.
import type { ParsedQuery } from './query-parse.ts';

export interface ReportHit {
  report: number;
  full: boolean;
  /** The title line (part 0) matched fully. */
  head: boolean;
  /** Matched parts, and the best ones (part numbers within the report, best first). */
  matchedParts: number;
  bestParts: number[];
}

export interface ScoredReports {
  /** Matching reports, best first. */
  ranked: Int32Array;
  /** Leading entries of `ranked` that match fully. */
  fullCount: number;
  hit(report: number): ReportHit;
}

/**
 * Terms a part needs for a near match: half the CJK terms (at least one) and
 * every Latin/digit token — a token is a whole word, not a character that may be off.
 */
export function nearNeed(terms: string[]): number {
  const alnum = terms.filter((t) => t.charCodeAt(0) < 0x80).length;
  const cjk = terms.length - alnum;
  return alnum + (cjk ? Math.max(1, Math.floor(cjk / 2)) : 0);
}

const MAX_ALTERNATIVES = 16;
/** A synonym's match counts a little less than the words typed (高企 typed: 高企 before 高新技术企业). */
export const SYNONYM_WEIGHT = 0.9;

class Scratch {
  size = 0;
  count = new Uint8Array(0);
  wsum = new Float32Array(0);
  altSeen = new Uint8Array(0);
  altTouched = new Int32Array(0);
  clauses: { cov: Float32Array; full: Uint8Array; near: Uint8Array; seen: Uint8Array; touched: Int32Array; n: number }[] = [];

  fit(size: number, clauses: number): void {
    if (size !== this.size) {
      this.size = size;
      this.count = new Uint8Array(size);
      this.wsum = new Float32Array(size);
      this.altSeen = new Uint8Array(size);
      this.altTouched = new Int32Array(size);
      this.clauses = [];
    }
    while (this.clauses.length < clauses) {
      this.clauses.push({ cov: new Float32Array(size), full: new Uint8Array(size), near: new Uint8Array(size), seen: new Uint8Array(size), touched: new Int32Array(size), n: 0 });
    }
  }
}
const scratch = new Scratch();

/** Fills the clause arrays: per part, full / near / best weighted coverage over the clause's alternatives. */
function scoreClauses(parsed: ParsedQuery, lists: Map<string, Int32Array>, dfs: Map<string, number>, idSpace: number): void {
  const s = scratch;
  const weight = (t: string) => Math.log(1 + idSpace / (1 + (dfs.get(t) ?? 0)));
  let budget = MAX_ALTERNATIVES;
  parsed.clauses.forEach((clause, ci) => {
    const c = s.clauses[ci];
    c.n = 0;
    clause.alternatives.forEach((alt, ai) => {
      if (budget-- <= 0) return;
      let total = 0;
      let touched = 0;
      for (const t of alt.terms) {
        const w = weight(t);
        total += w;
        const ids = lists.get(t);
        if (!ids) continue;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i];
          s.count[id]++;
          s.wsum[id] += w;
          if (!s.altSeen[id]) {
            s.altSeen[id] = 1;
            s.altTouched[touched++] = id;
          }
        }
      }
      const n = alt.terms.length;
      // Near matches are for what was typed (a character off); a synonym matches fully or not at all.
      const need = ai === 0 ? nearNeed(alt.terms) : n;
      const scale = ai === 0 ? 1 : SYNONYM_WEIGHT;
      for (let i = 0; i < touched; i++) {
        const id = s.altTouched[i];
        const k = s.count[id];
        if (k === n) c.full[id] = 1;
        if (k >= need) c.near[id] = 1;
        const w = (s.wsum[id] / total) * scale;
        if (w > c.cov[id]) c.cov[id] = w;
        if (!c.seen[id]) {
          c.seen[id] = 1;
          c.touched[c.n++] = id;
        }
        s.count[id] = 0;
        s.wsum[id] = 0;
        s.altSeen[id] = 0;
      }
    });
  });
}

function resetClauses(clauses: number): void {
  for (let ci = 0; ci < clauses; ci++) {
    const c = scratch.clauses[ci];
    for (let i = 0; i < c.n; i++) {
      const id = c.touched[i];
      c.cov[id] = 0;
      c.full[id] = c.near[id] = c.seen[id] = 0;
    }
    c.n = 0;
  }
}

/** Rank key bits: report index in the low 20 bits, then year, breadth, score, title hit, full. */
const INDEX_BITS = 2 ** 20;

export function scoreReports(parsed: ParsedQuery, lists: Map<string, Int32Array>, dfs: Map<string, number>, reports: number, partsPerReport: number, yearOf: (r: number) => number): ScoredReports {
  const P = partsPerReport;
  const nc = parsed.clauses.length;
  scratch.fit(reports * P, nc);
  scoreClauses(parsed, lists, dfs, reports * P);
  const clauses = scratch.clauses.slice(0, nc);
  const [c0] = clauses;

  const full = new Uint8Array(reports);
  const head = new Uint8Array(reports);
  const matched = new Uint16Array(reports);
  const top = new Int32Array(reports * 2).fill(-1);
  const keys: number[] = [];
  // A sequential scan of all parts, report by report: faster than chasing
  // the touched list when a query touches most parts, cheap when it doesn't.
  for (let r = 0, id = 0; r < reports; r++) {
    let fullParts = 0;
    let nearParts = 0;
    let bestFull = 0;
    let bestAny = 0;
    let top1 = -1;
    let top2 = -1;
    let key1 = -1;
    let key2 = -1;
    for (let k = 0; k < P; k++, id++) {
      if (!c0.seen[id]) continue;
      let near = c0.near[id] === 1;
      let isFull = c0.full[id] === 1;
      let cov = c0.cov[id];
      for (let ci = 1; ci < nc; ci++) {
        const c = clauses[ci];
        if (!c.near[id]) near = false;
        if (!c.full[id]) isFull = false;
        cov += c.cov[id];
      }
      if (!near) continue;
      const score = cov / nc;
      nearParts++;
      if (score > bestAny) bestAny = score;
      if (isFull) {
        fullParts++;
        if (score > bestFull) bestFull = score;
        if (k === 0) head[r] = 1;
      }
      const key = (isFull ? 2 : 0) + score;
      if (key > key1) {
        top2 = top1;
        key2 = key1;
        top1 = k;
        key1 = key;
      } else if (key > key2) {
        top2 = k;
        key2 = key;
      }
    }
    if (!nearParts) continue;
    const isFull = fullParts > 0;
    full[r] = isFull ? 1 : 0;
    matched[r] = isFull ? fullParts : nearParts;
    top[2 * r] = top1;
    top[2 * r + 1] = top2;
    const best = Math.round((isFull ? bestFull : bestAny) * 1000);
    const year = Math.min(255, Math.max(0, yearOf(r)));
    const rank = ((((full[r] * 2 + head[r]) * 1024 + best) * 256 + Math.min(255, matched[r])) * 256 + year) * INDEX_BITS;
    keys.push(rank + (INDEX_BITS - 1 - r));
  }
  resetClauses(nc);

  // Keys sort as plain numbers: best first, then lower report index.
  const sorted = Float64Array.from(keys).sort().reverse();
  const ranked = new Int32Array(sorted.length);
  let fullCount = 0;
  for (let i = 0; i < sorted.length; i++) {
    const r = INDEX_BITS - 1 - (sorted[i] % INDEX_BITS);
    ranked[i] = r;
    fullCount += full[r];
  }
  return {
    ranked,
    fullCount,
    hit: (r) => ({
      report: r,
      full: full[r] === 1,
      head: head[r] === 1,
      matchedParts: matched[r],
      bestParts: [top[2 * r], top[2 * r + 1]].filter((k) => k >= 0),
    }),
  };
}
