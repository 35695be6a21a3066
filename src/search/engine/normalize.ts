// Text normalisation and term extraction, identical at index time and query
// time. Normalisation maps every UTF-16 unit to exactly one unit, so offsets
// in normalised text are offsets in the original (highlighting relies on it).
// Terms: CJK character bigrams (so 高新技术企业 is found inside
// 全区新增国家高新技术企业120家, with no word splitting to get wrong), single
// CJK characters, and whole Latin/digit tokens (r&d, pct, 2024, 4.61).

export type CharMap = ReadonlyMap<string, string>;

/** Latin letters with accents or tone marks (Xīnyí, Nǚ) → the plain lower-case letter: pinyin typed with tones finds pinyin without. */
const PLAIN_LATIN = new Map<string, string>();
for (let c = 0xc0; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD')[0].toLowerCase();
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

/** Every term a stretch of normalised text is indexed under (bigrams, single characters, tokens). */
export function indexTerms(norm: string, into: Set<string> = new Set()): Set<string> {
  for (const r of runs(norm)) {
    if (r.kind === 'alnum') {
      into.add(r.text);
      continue;
    }
    for (let i = 0; i < r.text.length; i++) {
      into.add(r.text[i]);
      if (i + 1 < r.text.length) into.add(r.text.slice(i, i + 2));
    }
  }
  return into;
}

/**
 * The terms a query phrase must match: bigrams of each CJK run (a lone CJK
 * character stands for itself) and whole Latin/digit tokens. Order kept,
 * duplicates dropped.
 */
export function queryTerms(norm: string): string[] {
  const terms: string[] = [];
  for (const r of runs(norm)) {
    if (r.kind === 'alnum' || r.text.length === 1) terms.push(r.text);
    else for (let i = 0; i + 1 < r.text.length; i++) terms.push(r.text.slice(i, i + 2));
  }
  return [...new Set(terms)];
}

/** The searchable characters of a phrase, as one string (CJK and Latin/digits only). */
export function searchableText(norm: string): string {
  return runs(norm)
    .map((r) => r.text)
    .join(' ');
}
