// Collects posting lists while parts are fed in ascending id order. CJK terms
// are kept under small-integer keys (not strings) because at 10,000 reports
// this loop sees tens of millions of bigrams; Latin/digit tokens keep strings.
import { runs } from './normalize.ts';

/** Dense index of a CJK character (all three supported blocks fit in 15 bits). */
function cjkIndex(c: number): number {
  if (c >= 0x4e00) return c <= 0x9fff ? c - 0x4e00 + 6592 : c - 0xf900 + 27456;
  return c - 0x3400;
}

function cjkChar(i: number): string {
  if (i >= 27456) return String.fromCharCode(i - 27456 + 0xf900);
  if (i >= 6592) return String.fromCharCode(i - 6592 + 0x4e00);
  return String.fromCharCode(i + 0x3400);
}

/** Bigram keys are ≥ 0, single-character keys negative. */
function keyTerm(key: number): string {
  if (key < 0) return cjkChar(-key - 1);
  return cjkChar(key >> 15) + cjkChar(key & 0x7fff);
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

export class TermCollector {
  private cjk = new Map<number, number[]>();
  private alnum = new Map<string, number[]>();

  /** Adds the terms of one stretch of normalised text to part `id` (ids must not decrease). */
  add(id: number, norm: string): void {
    for (const r of runs(norm)) {
      if (r.kind === 'alnum') {
        push(this.alnum, r.text, id);
        continue;
      }
      let prev = -1;
      for (let i = 0; i < r.text.length; i++) {
        const k = cjkIndex(r.text.charCodeAt(i));
        push(this.cjk, -k - 1, id);
        if (prev >= 0) push(this.cjk, (prev << 15) | k, id);
        prev = k;
      }
    }
  }

  /** Every term with its sorted, distinct part ids. */
  *entries(): Generator<[string, number[]]> {
    for (const [k, ids] of this.cjk) yield [keyTerm(k), ids];
    for (const e of this.alnum) yield e;
  }

  /** The single CJK characters present (for the t2s map). */
  chars(): Set<string> {
    const out = new Set<string>();
    for (const k of this.cjk.keys()) if (k < 0) out.add(keyTerm(k));
    return out;
  }

  get size(): number {
    return this.cjk.size + this.alnum.size;
  }
}
