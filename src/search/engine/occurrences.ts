// Where a query phrase really occurs in normalised text. Two kinds of
// occurrence do not count:
// - one strictly inside a phrase that contains it without meaning it (the
//   theme matcher's NOT_KEYWORDS: 提高企业 is not 高企, 全力争取 is not
//   力争). Search takes only the inner case: a word at the edge of such a
//   phrase is still that word (企业 in 提高企业, 研发 in 研发中心城市);
// - a Latin/digit token inside a longer one (12 in 120, pct in pcts), as the
//   index only knows whole tokens.
import { NOT_KEYWORDS } from '../../pipeline/themes/match.ts';
import { isAlnum, normalize } from './normalize.ts';

const NOT_PHRASES = NOT_KEYWORDS.map((k) => normalize(k));

/** Offsets at which `needle` lies strictly inside a not-keyword phrase, per needle (few distinct needles per query). */
const innerOffsets = new Map<string, [string, number][]>();

function insideOffsets(needle: string): [string, number][] {
  let out = innerOffsets.get(needle);
  if (!out) {
    out = [];
    for (const phrase of NOT_PHRASES) {
      for (
        let o = phrase.indexOf(needle, 1);
        o > 0 && o + needle.length < phrase.length;
        o = phrase.indexOf(needle, o + 1)
      )
        out.push([phrase, o]);
    }
    innerOffsets.set(needle, out);
  }
  return out;
}

function joins(norm: string, at: number, step: 1 | -1): boolean {
  const c = norm.charCodeAt(at);
  if (isAlnum(c)) return true;
  // & joins letters (r&d), . joins digits (4.61): the token goes on.
  return (c === 0x26 || c === 0x2e) && isAlnum(norm.charCodeAt(at + step));
}

/** Is the occurrence of `needle` at `at` one that counts? */
function counts(norm: string, needle: string, at: number): boolean {
  const end = at + needle.length;
  if (isAlnum(needle.charCodeAt(0)) && at > 0 && joins(norm, at - 1, -1)) return false;
  if (isAlnum(needle.charCodeAt(needle.length - 1)) && end < norm.length && joins(norm, end, 1)) return false;
  return !insideOffsets(needle).some(([phrase, o]) => at >= o && norm.startsWith(phrase, at - o));
}

/** Start offsets of the occurrences of `needle` in `norm` that count. */
export function occurrences(norm: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1))
    if (counts(norm, needle, at)) out.push(at);
  return out;
}

/** Does `needle` occur in `norm` at least once in a way that counts? */
export function occurs(norm: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1))
    if (counts(norm, needle, at)) return true;
  return false;
}
