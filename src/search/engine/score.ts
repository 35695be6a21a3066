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
  /** Some one part holds every clause (the terms stand near each other). */
  together: boolean;
  /** Matched parts: for a full match, those holding some clause; for a near match, the near parts. */
  matchedParts: number;
  /** The matched parts (part numbers within the report), best first. */
  parts: number[];
  /** Per part of `parts`: bit i set = clause i matches fully there. */
  clauseMasks: number[];
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
  clauses: {
    cov: Float32Array;
    full: Uint8Array;
    near: Uint8Array;
    seen: Uint8Array;
    touched: Int32Array;
    n: number;
  }[] = [];
  /** Matched parts, report after report: part number, rank within the report, clause mask. */
  partK = new Uint8Array(0);
  partKey = new Float32Array(0);
  partMask = new Uint8Array(0);
  /** The current report's near parts (a report has at most 255 parts). */
  nearK = new Uint8Array(256);
  nearKey = new Float32Array(256);

  fit(size: number, clauses: number): void {
    if (size !== this.size) {
      this.size = size;
      this.partK = new Uint8Array(size);
      this.partKey = new Float32Array(size);
      this.partMask = new Uint8Array(size);
      this.count = new Uint8Array(size);
      this.wsum = new Float32Array(size);
      this.altSeen = new Uint8Array(size);
      this.altTouched = new Int32Array(size);
      this.clauses = [];
    }
    while (this.clauses.length < clauses) {
      this.clauses.push({
        cov: new Float32Array(size),
        full: new Uint8Array(size),
        near: new Uint8Array(size),
        seen: new Uint8Array(size),
        touched: new Int32Array(size),
        n: 0,
      });
    }
  }
}
const scratch = new Scratch();

/** Fills the clause arrays: per part, full / near / best weighted coverage over the clause's alternatives. */
function scoreClauses(
  parsed: ParsedQuery,
  lists: Map<string, Int32Array>,
  dfs: Map<string, number>,
  idSpace: number,
): void {
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
      // Near matches are for what was typed (a character off); a synonym or a quoted phrase matches fully or not at all.
      const need = ai === 0 && !clause.literal ? nearNeed(alt.terms) : n;
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

/** Rank key bits: report index in the low 20 bits, then year, breadth, score, terms together, title hit, full. */
const INDEX_BITS = 2 ** 20;

/**
 * Ranks reports. A report matches fully when every clause matches fully in
 * some part — anywhere in the report — and ranks higher when one part holds
 * them all; nearly when one part nearly matches every clause. Across reports:
 * full, title hit, terms together, best clause scores, breadth, then recency.
 */
export function scoreReports(
  parsed: ParsedQuery,
  lists: Map<string, Int32Array>,
  dfs: Map<string, number>,
  reports: number,
  partsPerReport: number,
  yearOf: (r: number) => number,
): ScoredReports {
  const P = partsPerReport;
  const nc = parsed.clauses.length;
  const allClauses = (1 << nc) - 1;
  scratch.fit(reports * P, nc);
  scoreClauses(parsed, lists, dfs, reports * P);
  const clauses = scratch.clauses.slice(0, nc);

  const flags = new Uint8Array(reports); // 1 full, 2 head, 4 together
  const matched = new Uint16Array(reports);
  // Matched parts of every matching report, back to back (scratch arrays): where each report's run starts.
  const start = new Int32Array(reports);
  const { partK, partKey, partMask, nearK, nearKey } = scratch;
  let used = 0;
  const bestFull = new Float32Array(nc);
  const keys: number[] = [];
  // A sequential scan of all parts, report by report: faster than chasing
  // the touched list when a query touches most parts, cheap when it doesn't.
  for (let r = 0, id = 0; r < reports; r++) {
    let fullMask = 0;
    let together = false;
    let head = false;
    let nearParts = 0;
    let bestNear = 0;
    bestFull.fill(0);
    const from = used;
    for (let k = 0; k < P; k++, id++) {
      let mask = 0;
      let allNear = true;
      let cov = 0;
      let seen = false;
      for (let ci = 0; ci < nc; ci++) {
        const c = clauses[ci];
        if (!c.seen[id]) {
          allNear = false;
          continue;
        }
        seen = true;
        if (c.full[id]) {
          mask |= 1 << ci;
          if (c.cov[id] > bestFull[ci]) bestFull[ci] = c.cov[id];
        }
        if (!c.near[id]) allNear = false;
        cov += c.cov[id];
      }
      if (!seen) continue;
      const score = cov / nc;
      if (mask) {
        fullMask |= mask;
        if (mask === allClauses) {
          together = true;
          if (k === 0) head = true;
        }
        let n = 0;
        for (let m = mask; m; m &= m - 1) n++;
        partK[used] = k;
        partKey[used] = n + score;
        partMask[used++] = mask;
      }
      if (allNear) {
        nearK[nearParts] = k;
        nearKey[nearParts++] = score;
        if (score > bestNear) bestNear = score;
      }
    }
    const isFull = fullMask === allClauses;
    if (!isFull) {
      // Not a full match: its parts are the near ones (if any).
      used = from;
      if (!nearParts) continue;
      for (let i = 0; i < nearParts; i++) {
        partK[used] = nearK[i];
        partKey[used] = nearKey[i];
        partMask[used++] = 0;
      }
    }
    start[r] = from;
    const count = used - from;
    matched[r] = count;
    flags[r] = (isFull ? 1 : 0) | (head ? 2 : 0) | (together ? 4 : 0);
    let best = bestNear;
    if (isFull) {
      best = 0;
      for (let ci = 0; ci < nc; ci++) best += bestFull[ci];
      best /= nc;
    }
    const year = Math.min(255, Math.max(0, yearOf(r)));
    const top = (isFull ? 4 : 0) + (head ? 2 : 0) + (isFull && together ? 1 : 0);
    const rank =
      (((top * 1024 + Math.min(1023, Math.round(best * 1000))) * 256 + Math.min(255, count)) * 256 + year) * INDEX_BITS;
    keys.push(rank + (INDEX_BITS - 1 - r));
  }
  // The page's hits read the scratch arrays later: keep this query's runs.
  const runK = partK.slice(0, used);
  const runKey = partKey.slice(0, used);
  const runMask = partMask.slice(0, used);
  resetClauses(nc);

  // Keys sort as plain numbers: best first, then lower report index.
  const sorted = Float64Array.from(keys).sort().reverse();
  const ranked = new Int32Array(sorted.length);
  let fullCount = 0;
  for (let i = 0; i < sorted.length; i++) {
    const r = INDEX_BITS - 1 - (sorted[i] % INDEX_BITS);
    ranked[i] = r;
    fullCount += flags[r] & 1;
  }
  return {
    ranked,
    fullCount,
    hit: (r) => {
      const order = Array.from({ length: matched[r] }, (_, i) => start[r] + i).sort(
        (a, b) => runKey[b] - runKey[a] || runK[a] - runK[b],
      );
      return {
        report: r,
        full: (flags[r] & 1) === 1,
        head: (flags[r] & 2) === 2,
        together: (flags[r] & 4) === 4,
        matchedParts: matched[r],
        parts: order.map((i) => runK[i]),
        clauseMasks: order.map((i) => runMask[i]),
      };
    },
  };
}
