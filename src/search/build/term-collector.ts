// Collects posting lists while parts are fed in ascending id order. At 10,000
// reports this loop sees ~50 million character positions, so CJK terms never
// become strings here: single characters index a flat table, bigrams an
// open-addressing hash of integer keys; Latin/digit tokens (few) and their
// joins to the unit or character they touch (16家, 占gdp) use a Map.
import { joinTerms } from '../engine/normalize.ts';

// Dense index of a CJK character, the three supported blocks back to back
// (fits in 15 bits): Ext A 3400-4DBF, URO 4E00-9FFF, compatibility F900-FAFF.
const URO_AT = 0x4dbf - 0x3400 + 1;
const COMPAT_AT = URO_AT + (0x9fff - 0x4e00 + 1);
const CJK_SLOTS = COMPAT_AT + (0xfaff - 0xf900 + 1);

function cjkIndex(c: number): number {
  if (c >= 0x4e00) return c <= 0x9fff ? c - 0x4e00 + URO_AT : c - 0xf900 + COMPAT_AT;
  return c - 0x3400;
}

function cjkChar(i: number): string {
  if (i >= COMPAT_AT) return String.fromCharCode(i - COMPAT_AT + 0xf900);
  if (i >= URO_AT) return String.fromCharCode(i - URO_AT + 0x4e00);
  return String.fromCharCode(i + 0x3400);
}

function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isAlnumCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** A term's text (a token, or a CJK character or bigram code resolved only when written out) and its part ids. */
interface Term {
  name: string | number;
  ids: number[];
}

function termName(name: string | number): string {
  if (typeof name === 'string') return name;
  return name < 0 ? cjkChar(-name - 1) : cjkChar(name >> 15) + cjkChar(name & 0x7fff);
}

export class TermCollector {
  /** Per term number: the term, and (in `last`) the last id added. */
  private terms: Term[] = [];
  private last: Int32Array = new Int32Array(1 << 16).fill(-1);
  private unigram = new Int32Array(CJK_SLOTS).fill(-1);
  private bigramKeys = new Int32Array(1 << 17).fill(-1);
  private bigramTerms = new Int32Array(1 << 17);
  private bigrams = 0;
  private tokens = new Map<string, number>();

  private newTerm(name: string | number): number {
    const t = this.terms.length;
    this.terms.push({ name, ids: [] });
    if (t >= this.last.length) {
      const grown = new Int32Array(this.last.length * 2).fill(-1);
      grown.set(this.last);
      this.last = grown;
    }
    return t;
  }

  private post(t: number, id: number): void {
    if (this.last[t] === id) return;
    this.last[t] = id;
    const term = this.terms[t];
    if (!term) throw new Error(`search index: term ${t} was never made (${this.terms.length} terms)`);
    term.ids.push(id);
  }

  private bigramTerm(key: number): number {
    const mask = this.bigramKeys.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 15) & mask;
    for (;;) {
      const k = this.bigramKeys[slot];
      // The slot is masked to the table, and keys and terms are the same length.
      if (k === key) return this.bigramTerms[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    const t = this.newTerm(key);
    this.bigramKeys[slot] = key;
    this.bigramTerms[slot] = t;
    if (++this.bigrams * 2 > this.bigramKeys.length) this.growBigrams();
    return t;
  }

  private growBigrams(): void {
    const keys = this.bigramKeys;
    const terms = this.bigramTerms;
    this.bigramKeys = new Int32Array(keys.length * 2).fill(-1);
    this.bigramTerms = new Int32Array(keys.length * 2);
    const mask = this.bigramKeys.length - 1;
    terms.forEach((term, i) => {
      // The old tables are the same length; -1 (their fill) is an empty slot.
      const key = keys[i] ?? -1;
      if (key === -1) return;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 15) & mask;
      while (this.bigramKeys[slot] !== -1) slot = (slot + 1) & mask;
      this.bigramKeys[slot] = key;
      this.bigramTerms[slot] = term;
    });
  }

  /**
   * Adds the terms of one stretch of normalised text to part `id` (ids must
   * not decrease). Same tokenisation as normalize.ts runs()/indexTerms().
   */
  add(id: number, norm: string): void {
    let prev = -1;
    for (let i = 0; i < norm.length;) {
      const c = norm.charCodeAt(i);
      if (isCjkCode(c)) {
        const k = cjkIndex(c);
        // -1 (the table's fill) is a character without a term yet.
        let u = this.unigram[k] ?? -1;
        if (u < 0) u = this.unigram[k] = this.newTerm(-k - 1);
        this.post(u, id);
        if (prev >= 0) this.post(this.bigramTerm((prev << 15) | k), id);
        prev = k;
        i++;
        continue;
      }
      prev = -1;
      if (!isAlnumCode(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < norm.length) {
        const d = norm.charCodeAt(j);
        const before = norm.charCodeAt(j - 1);
        const next = j + 1 < norm.length ? norm.charCodeAt(j + 1) : -1;
        if (isAlnumCode(d)) j++;
        else if (d === 0x26 && !(before >= 0x30 && before <= 0x39) && isAlnumCode(next)) j++;
        else if (d === 0x2e && before >= 0x30 && before <= 0x39 && next >= 0x30 && next <= 0x39) j++;
        else break;
      }
      this.postToken(norm.slice(i, j), id);
      joinTerms(norm, i, j, (term) => this.postToken(term, id));
      i = j;
    }
  }

  /** Adds one whole term (a place name, a figure level) to part `id` (ids must not decrease). */
  addTerm(id: number, term: string): void {
    this.postToken(term, id);
  }

  private postToken(token: string, id: number): void {
    let t = this.tokens.get(token);
    if (t === undefined) {
      t = this.newTerm(token);
      this.tokens.set(token, t);
    }
    this.post(t, id);
  }

  /** Every term with its sorted, distinct part ids. */
  *entries(): Generator<[string, number[]]> {
    for (const term of this.terms) yield [termName(term.name), term.ids];
  }

  /** The single CJK characters present (for the t2s map). */
  chars(): Set<string> {
    const out = new Set<string>();
    this.unigram.forEach((u, k) => {
      if (u >= 0) out.add(cjkChar(k));
    });
    return out;
  }

  get size(): number {
    return this.terms.length;
  }
}
