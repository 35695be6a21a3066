// Scores parts against a parsed query from posting lists alone and ranks the
// reports. A part matches fully when, for every clause, some alternative has
// all its terms in the part; nearly when every clause has enough of them (a
// character off, words reordered: how many may be missing grows with the
// phrase's length) and they carry most of its weight (创新 alone is not near
// 创新券). When no report holds every clause, those holding most of them
// are listed as partial matches. Scores weight rare terms up (idf); reports
// holding more figures of the query's indicator rank higher among equals.
// At 10,000 reports a query can touch 100,000 parts, so this works in typed
// arrays reused between queries and creates objects only for one page.
// Their slots are read `?? 0`: every index is a part or report below the
// size the arrays were made for, so the fallback is the 0 a slot starts with.
import type { ParsedQuery } from './query-parse.ts';

export interface ReportHit {
  report: number;
  full: boolean;
  /** Not every clause anywhere, and no part nearly holding them all: some clauses (`held`) only. */
  partial: boolean;
  /** Bit i set = clause i is held fully somewhere in the report. */
  held: number;
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
  /** Reports that match fully but hold an excluded clause (left out). */
  excluded: number;
  hit(report: number): ReportHit;
}

/** Characters of a CJK phrase that may be mistyped: none up to two, one up to seven, two from eight. */
export function typoBudget(chars: number): number {
  return chars < 3 ? 0 : chars < 8 ? 1 : 2;
}

/**
 * Terms a part needs for a near match: every Latin/digit token (a whole word,
 * not a character that may be off) and the CJK terms a phrase keeps with its
 * typo budget spent (a character off costs two bigrams), at least one.
 */
export function nearNeed(terms: string[]): number {
  const alnum = terms.filter((t) => t.charCodeAt(0) < 0x80).length;
  const cjk = terms.length - alnum;
  return alnum + (cjk ? Math.max(1, cjk - 2 * typoBudget(cjk + 1)) : 0);
}

/** Share of an alternative's weight (over terms the index knows) a near part must hold. */
export const NEAR_WEIGHT = 0.5;

const MAX_ALTERNATIVES = 24;
/** A synonym's match counts a little less than the words typed (高企 typed: 高企 before 高新技术企业). */
export const SYNONYM_WEIGHT = 0.9;

interface ClauseScratch {
  cov: Float32Array;
  full: Uint8Array;
  near: Uint8Array;
  seen: Uint8Array;
  touched: Int32Array;
  n: number;
}

class Scratch {
  size = 0;
  count = new Uint8Array(0);
  wsum = new Float32Array(0);
  altSeen = new Uint8Array(0);
  altTouched = new Int32Array(0);
  clauses: ClauseScratch[] = [];
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

  /** Clause `ci`'s arrays; `fit` made one per clause of the query. */
  clause(ci: number): ClauseScratch {
    const c = this.clauses[ci];
    if (!c) throw new Error(`search scratch: no arrays for clause ${ci} (fitted for ${this.clauses.length})`);
    return c;
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
    const c = s.clause(ci);
    c.n = 0;
    clause.alternatives.forEach((alt) => {
      if (budget-- <= 0) return;
      let total = 0;
      let touched = 0;
      for (const t of alt.terms) {
        const ids = lists.get(t);
        if (!ids) continue;
        const w = weight(t);
        total += w;
        for (const id of ids) {
          s.count[id] = (s.count[id] ?? 0) + 1;
          s.wsum[id] = (s.wsum[id] ?? 0) + w;
          if (!s.altSeen[id]) {
            s.altSeen[id] = 1;
            s.altTouched[touched++] = id;
          }
        }
      }
      const n = alt.terms.length;
      // Near matches are for what was typed (a character off); a synonym or a quoted phrase matches fully or not at all.
      const nearOk = alt.typed && !alt.literal;
      const need = nearOk ? (alt.need ?? nearNeed(alt.terms)) : n;
      const scale = alt.typed ? 1 : SYNONYM_WEIGHT;
      for (const id of s.altTouched.subarray(0, touched)) {
        const k = s.count[id] ?? 0;
        const share = (s.wsum[id] ?? 0) / total;
        if (k === n) c.full[id] = 1;
        if (k === n || (nearOk && k >= need && share >= NEAR_WEIGHT)) c.near[id] = 1;
        const w = share * scale;
        if (w > (c.cov[id] ?? 0)) c.cov[id] = w;
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
  for (const c of scratch.clauses.slice(0, clauses)) {
    for (const id of c.touched.subarray(0, c.n)) {
      c.cov[id] = 0;
      c.full[id] = c.near[id] = c.seen[id] = 0;
    }
    c.n = 0;
  }
}

/** Rank key: report index in the low 20 bits (2^20 reports at most), the rest above it (see `rankOf`). */
const INDEX_BITS = 2 ** 20;

/** What ranks one report, best first: tier, then within it the fields in this order. */
interface RankFields {
  /** 2 full, 1 near, 0 partial. */
  tier: number;
  /** Full: title line holds every clause (2) + one part holds every clause (1); partial: clauses held. */
  sub: number;
  /** The title line (part 0) holds a clause. */
  head: boolean;
  /** Best clause scores, 0..1 (a synonym scores a little less than the words typed). */
  best: number;
  /** How many figures of the query's indicator the report holds, as a level 0..7. */
  figures: number;
  /** Matched parts. */
  count: number;
  year: number;
}

/** The fields packed into one number that sorts as the ranking does (51 bits, exact in a double). */
function rankOf(f: RankFields): number {
  let k = f.tier;
  k = k * 8 + Math.min(7, f.sub);
  k = k * 2 + (f.head ? 1 : 0);
  k = k * 256 + Math.min(255, Math.round(f.best * 255));
  k = k * 8 + Math.min(7, f.figures);
  k = k * 64 + Math.min(63, f.count);
  k = k * 256 + Math.min(255, Math.max(0, f.year));
  return k * INDEX_BITS;
}

export interface ScoreOptions {
  /** A report's year code (facets.bin). */
  yearOf: (r: number) => number;
  /** Reports left out (they hold an excluded clause). */
  excluded?: Uint8Array;
  /** How many figures of the query's indicators a report holds, as a level 0..7. */
  figureLevel?: (r: number) => number;
}

const popcount = (m: number) => {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
};

/**
 * Ranks reports. A report matches fully when every clause matches fully in
 * some part — anywhere in the report — and ranks higher when one part holds
 * them all; nearly when one part nearly matches every clause; partly when it
 * holds some clauses (listed only when no report holds them all). Within each:
 * title hit, terms together (or clauses held), best clause scores, figures of
 * the query's indicator, breadth, then recency.
 */
export function scoreReports(
  parsed: ParsedQuery,
  lists: Map<string, Int32Array>,
  dfs: Map<string, number>,
  reports: number,
  partsPerReport: number,
  options: ScoreOptions,
): ScoredReports {
  const P = partsPerReport;
  const nc = parsed.clauses.length;
  const allClauses = (1 << nc) - 1;
  scratch.fit(reports * P, nc);
  scoreClauses(parsed, lists, dfs, reports * P);
  const clauses = parsed.clauses.map((_, ci) => scratch.clause(ci));
  const { yearOf, excluded, figureLevel } = options;

  const flags = new Uint8Array(reports); // 1 full, 2 head, 4 together, 8 partial
  const held = new Uint8Array(reports);
  const matched = new Uint16Array(reports);
  // Matched parts of every matching report, back to back (scratch arrays): where each report's run starts.
  const start = new Int32Array(reports);
  const { partK, partKey, partMask, nearK, nearKey } = scratch;
  let used = 0;
  const bestFull = new Float32Array(nc);
  const keys: number[] = [];
  const partialKeys: number[] = [];
  // A sequential scan of all parts, report by report: faster than chasing
  // the touched list when a query touches most parts, cheap when it doesn't.
  let leftOut = 0;
  for (let r = 0, id = 0; r < reports; r++, id = r * P) {
    let fullMask = 0;
    let together = false;
    let head = false;
    let headMask = 0;
    let nearParts = 0;
    let bestNear = 0;
    bestFull.fill(0);
    const from = used;
    for (let k = 0; k < P; k++, id++) {
      let mask = 0;
      let allNear = true;
      let cov = 0;
      let seen = false;
      // An index loop: this is the hottest loop of a query, and for…of over the clauses measured slower.
      for (let ci = 0; ci < nc; ci++) {
        const c = clauses[ci];
        if (c === undefined) break; // `clauses` has nc entries
        if (!c.seen[id]) {
          allNear = false;
          continue;
        }
        seen = true;
        const clauseCov = c.cov[id] ?? 0;
        if (c.full[id]) {
          mask |= 1 << ci;
          if (clauseCov > (bestFull[ci] ?? 0)) bestFull[ci] = clauseCov;
        }
        if (!c.near[id]) allNear = false;
        cov += clauseCov;
      }
      if (!seen) continue;
      const score = cov / nc;
      if (mask) {
        fullMask |= mask;
        if (k === 0) headMask = mask;
        if (mask === allClauses) {
          together = true;
          if (k === 0) head = true;
        }
        partK[used] = k;
        partKey[used] = popcount(mask) + score;
        partMask[used++] = mask;
      }
      if (allNear) {
        nearK[nearParts] = k;
        nearKey[nearParts++] = score;
        if (score > bestNear) bestNear = score;
      }
    }
    const isFull = fullMask === allClauses;
    if (excluded?.[r]) {
      // Holds an excluded clause: not listed, but counted when it would have matched.
      if (isFull) leftOut++;
      used = from;
      continue;
    }
    // Not a full match: its parts are the near ones, or (partial) those holding some clause.
    const isNear = !isFull && nearParts > 0;
    if (isNear) {
      partK.set(nearK.subarray(0, nearParts), from);
      partKey.set(nearKey.subarray(0, nearParts), from);
      partMask.fill(0, from, from + nearParts);
      used = from + nearParts;
    } else if (!isFull && !(fullMask && nc > 1)) {
      used = from;
      continue;
    }
    start[r] = from;
    const count = used - from;
    matched[r] = count;
    held[r] = fullMask;
    flags[r] = (isFull ? 1 : 0) | (head ? 2 : 0) | (together ? 4 : 0) | (!isFull && !isNear ? 8 : 0);
    let best = bestNear;
    if (!isNear) {
      best = 0;
      for (const b of bestFull) best += b;
      best /= nc;
    }
    const rank = rankOf({
      tier: isFull ? 2 : isNear ? 1 : 0,
      sub: isFull ? (head ? 2 : 0) + (together ? 1 : 0) : isNear ? 0 : popcount(fullMask),
      head: headMask !== 0,
      best,
      figures: figureLevel?.(r) ?? 0,
      count,
      year: yearOf(r),
    });
    (isFull || isNear ? keys : partialKeys).push(rank + (INDEX_BITS - 1 - r));
  }
  // The page's hits read the scratch arrays later: keep this query's runs.
  const runK = partK.slice(0, used);
  const runKey = partKey.slice(0, used);
  const runMask = partMask.slice(0, used);
  resetClauses(nc);

  // Keys sort as plain numbers: best first, then lower report index.
  const reportOf = (key: number) => INDEX_BITS - 1 - (key % INDEX_BITS);
  let fullCount = 0;
  for (const key of keys) fullCount += (flags[reportOf(key)] ?? 0) & 1;
  // Reports holding only some clauses are listed when none holds them all.
  const sorted = Float64Array.from(fullCount ? keys : [...keys, ...partialKeys])
    .sort()
    .reverse();
  const ranked = new Int32Array(sorted.length);
  sorted.forEach((key, i) => (ranked[i] = reportOf(key)));
  return {
    ranked,
    fullCount,
    excluded: leftOut,
    hit: (r) => {
      const from = start[r] ?? 0;
      const count = matched[r] ?? 0;
      const f = flags[r] ?? 0;
      // This report's run of matched parts, best first.
      const run = Array.from(runK.subarray(from, from + count), (k, i) => ({
        k,
        key: runKey[from + i] ?? 0,
        mask: runMask[from + i] ?? 0,
      })).sort((a, b) => b.key - a.key || a.k - b.k);
      return {
        report: r,
        full: (f & 1) === 1,
        partial: (f & 8) === 8,
        held: held[r] ?? 0,
        head: (f & 2) === 2,
        together: (f & 4) === 4,
        matchedParts: count,
        parts: run.map((p) => p.k),
        clauseMasks: run.map((p) => p.mask),
      };
    },
  };
}
