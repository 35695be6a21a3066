// Text normalisation and term extraction, identical at index time and query
// time. Normalisation maps every UTF-16 unit to exactly one unit, so offsets
// in normalised text are offsets in the original (highlighting relies on it).
// Terms: CJK character bigrams (so 高新技术企业 is found inside
// 全区新增国家高新技术企业120家, with no word splitting to get wrong), single
// CJK characters, whole Latin/digit tokens (r&d, pct, 2024, 4.61), and a
// token joined to the CJK character or % it touches (16家, 2023年, 占gdp,
// 79.63%), so a number is found with its unit, never with a 家 elsewhere.

export type CharMap = ReadonlyMap<string, string>;

/** Latin letters with accents or tone marks (Xīnyí, Nǚ) → the plain lower-case letter: pinyin typed with tones finds pinyin without. */
const PLAIN_LATIN = new Map<string, string>();
for (let c = 0xc0; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  if (base !== ch && base >= 'a' && base <= 'z') PLAIN_LATIN.set(ch, base);
}

/** Fold one UTF-16 unit: full-width ASCII → ASCII, ideographic space → space, A-Z → a-z, accents off, then t2s. */
export function foldChar(ch: string, t2s?: CharMap): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return foldChar(String.fromCharCode(c - 0xfee0), t2s);
  if (c === 0x3000) return ' ';
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  return PLAIN_LATIN.get(ch) ?? t2s?.get(ch) ?? ch;
}

const FOLDABLE = /[\uff01-\uff5e\u3000A-Z\u00c0-\u024f]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Normalised copy of `text`, same length, same offsets. */
export function normalize(text: string, t2s?: CharMap): string {
  const folded = text.replace(FOLDABLE, (ch) => foldChar(ch));
  return t2s?.size ? folded.replace(HAN, (ch) => t2s.get(ch) ?? ch) : folded;
}

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Written between a number and its unit (130余家, 20多项): a number-unit term is also indexed without it. */
export const NUMBER_QUALIFIERS = '余多';
const PERCENT = 0x25;

/** The unit a token at [start, end) of `norm` is joined to: the CJK character or % right after it (past a qualifier after a number), or ''. */
export function unitAfter(norm: string, end: number): string {
  const c = norm.charCodeAt(end);
  if (isCjk(c) || (c === PERCENT && isDigit(norm.charCodeAt(end - 1)))) return norm.charAt(end);
  return '';
}

/** The join terms of a token at [start, end): token+unit (also past a qualifier after a number) and CJK character+token. */
export function joinTerms(norm: string, start: number, end: number, into: (term: string) => void): void {
  const token = norm.slice(start, end);
  const unit = unitAfter(norm, end);
  if (unit) {
    into(token + unit);
    if (NUMBER_QUALIFIERS.includes(unit) && isDigit(norm.charCodeAt(end - 1))) {
      const next = norm.charCodeAt(end + 1);
      if (isCjk(next)) into(token + norm[end + 1]);
    }
  }
  // A word written straight after Chinese (占gdp); not a number (排名3, 达15: too many such pairs to index).
  if (start > 0 && isCjk(norm.charCodeAt(start - 1)) && !isDigit(norm.charCodeAt(start))) into(norm[start - 1] + token);
}

/** A run of one kind of character in normalised text. */
export interface Run {
  kind: 'cjk' | 'alnum';
  start: number;
  text: string;
}

/**
 * Splits normalised text into CJK runs and Latin/digit tokens; everything else
 * separates. `&` joins letters (r&d) and `.` joins digits (4.61) inside a token.
 */
export function runs(norm: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    if (isCjk(c)) {
      let j = i + 1;
      while (j < norm.length && isCjk(norm.charCodeAt(j))) j++;
      out.push({ kind: 'cjk', start: i, text: norm.slice(i, j) });
      i = j;
    } else if (isAlnum(c)) {
      let j = i + 1;
      while (j < norm.length) {
        const d = norm.charCodeAt(j);
        if (isAlnum(d)) j++;
        else if (
          d === 0x26 &&
          j + 1 < norm.length &&
          !isDigit(norm.charCodeAt(j - 1)) &&
          isAlnum(norm.charCodeAt(j + 1))
        )
          j++;
        else if (
          d === 0x2e &&
          j + 1 < norm.length &&
          isDigit(norm.charCodeAt(j - 1)) &&
          isDigit(norm.charCodeAt(j + 1))
        )
          j++;
        else break;
      }
      out.push({ kind: 'alnum', start: i, text: norm.slice(i, j) });
      i = j;
    } else i++;
  }
  return out;
}

/** Every term a stretch of normalised text is indexed under (bigrams, single characters, tokens, joins). */
export function indexTerms(norm: string, into: Set<string> = new Set()): Set<string> {
  for (const r of runs(norm)) {
    if (r.kind === 'alnum') {
      into.add(r.text);
      joinTerms(norm, r.start, r.start + r.text.length, (t) => into.add(t));
      continue;
    }
    for (let i = 0; i < r.text.length; i++) {
      into.add(r.text.charAt(i));
      if (i + 1 < r.text.length) into.add(r.text.slice(i, i + 2));
    }
  }
  return into;
}

/** Does run `b` start right where run `a` ends (a token touching a CJK run: 16家, r&d投入)? */
export function touches(a: Run | undefined, b: Run | undefined): boolean {
  return !!a && !!b && a.start + a.text.length === b.start;
}

/**
 * The terms a query phrase must match: bigrams of each CJK run (a lone CJK
 * character stands for itself), whole Latin/digit tokens, and a token joined
 * to the CJK character or % it touches (16家: one term, not 16 and 家 apart;
 * the parts it covers are left out). Order kept, duplicates dropped.
 */
export function queryTerms(norm: string): string[] {
  const terms: string[] = [];
  const rs = runs(norm);
  rs.forEach((r, i) => {
    const before = touches(rs[i - 1], r);
    const after = touches(r, rs[i + 1]);
    if (r.kind === 'alnum') {
      const end = r.start + r.text.length;
      const unit = unitAfter(norm, end);
      const joinedBefore = before && !isDigit(r.text.charCodeAt(0));
      if (after || unit === '%') terms.push(r.text + unit);
      if (joinedBefore) terms.push(norm[r.start - 1] + r.text);
      if (!after && !joinedBefore && unit !== '%') terms.push(r.text);
    } else if (r.text.length === 1) {
      // A lone character is covered by the join of a token it touches: after it (16家), or before it, not a number (占gdp).
      const next = rs[i + 1];
      if (!before && !(after && next && !isDigit(next.text.charCodeAt(0)))) terms.push(r.text);
    } else for (let i = 0; i + 1 < r.text.length; i++) terms.push(r.text.slice(i, i + 2));
  });
  return [...new Set(terms)];
}

/**
 * The stretches of normalised text that stand together: runs that touch
 * joined (16家, r&d投入, 研发投入占gdp) and a % kept after a number (3%).
 * What separates two pieces (spaces, punctuation) may separate them in the text too.
 */
export function pieces(norm: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let end = -1;
  for (const r of runs(norm)) {
    let last = out.at(-1);
    if (last && r.start === end) last.text += r.text;
    else {
      last = { start: r.start, text: r.text };
      out.push(last);
    }
    end = r.start + r.text.length;
    if (r.kind === 'alnum' && norm.charCodeAt(end) === PERCENT && isDigit(norm.charCodeAt(end - 1))) {
      last.text += '%';
      end++;
    }
  }
  return out;
}

/** A phrase as searched and shown: its pieces, one space between (punctuation and extra spaces dropped). */
export function phraseText(norm: string): string {
  return pieces(norm)
    .map((p) => p.text)
    .join(' ');
}
