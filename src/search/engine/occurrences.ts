// Where a query phrase really occurs in normalised text. Two kinds of
// occurrence do not count:
// - one strictly inside a phrase that contains it without meaning it (the
//   theme matcher's NOT_KEYWORDS: 提高企业 is not 高企, 全力争取 is not
//   力争). Search takes only the inner case: a word at the edge of such a
//   phrase is still that word (企业 in 提高企业, 研发 in 研发中心城市);
// - a Latin/digit token inside a longer one (12 in 120, pct in pcts), as the
//   index only knows whole tokens.
// A number stands with its unit past a qualifier (130余家 is an occurrence of
// 130家), as the index has it. A phrase of several pieces (copied across 。
// or ；) occurs where its pieces follow each other with at most a few spaces
// or punctuation marks between.
import { NOT_KEYWORDS } from '../../pipeline/themes/match.ts';
import { isAlnum, isCjk, normalize, NUMBER_QUALIFIERS } from './normalize.ts';

const NOT_PHRASES = NOT_KEYWORDS.map((k) => normalize(k));
/** Characters between two pieces of a phrase in the text at most (。”、 and spaces). */
export const MAX_GAP = 4;

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

/** Is the occurrence of `needle` at [at, end) one that counts? */
function counts(norm: string, needle: string, at: number, end: number): boolean {
  if (isAlnum(needle.charCodeAt(0)) && at > 0 && joins(norm, at - 1, -1)) return false;
  if (isAlnum(needle.charCodeAt(needle.length - 1)) && end < norm.length && joins(norm, end, 1)) return false;
  return !insideOffsets(needle).some(([phrase, o]) => at >= o && norm.startsWith(phrase, at - o));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Where in `needle` a digit meets a CJK character (16|家): a qualifier may stand there in the text. */
function unitJoints(needle: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < needle.length; i++)
    if (
      isDigit(needle.charCodeAt(i - 1)) &&
      isCjk(needle.charCodeAt(i)) &&
      !NUMBER_QUALIFIERS.includes(needle.charAt(i))
    )
      out.push(i);
  return out;
}

/** The end of `needle` matched at `at`, letting a qualifier stand at each joint; -1 when it does not match there. */
function matchAt(norm: string, needle: string, at: number, joints: number[]): number {
  let pos = at;
  let from = 0;
  for (const j of [...joints, needle.length]) {
    if (!norm.startsWith(needle.slice(from, j), pos)) return -1;
    pos += j - from;
    from = j;
    const qualifier = norm[pos];
    if (
      j < needle.length &&
      qualifier !== undefined &&
      NUMBER_QUALIFIERS.includes(qualifier) &&
      norm[pos + 1] === needle[j]
    )
      pos++;
  }
  return pos;
}

/** [start, end) of each occurrence of `needle` in `norm` that counts. */
export function spans(norm: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  const joints = unitJoints(needle);
  if (!joints.length) {
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1))
      if (counts(norm, needle, at, at + needle.length)) out.push([at, at + needle.length]);
    return out;
  }
  const head = needle.slice(0, joints[0]);
  for (let at = norm.indexOf(head); at >= 0; at = norm.indexOf(head, at + 1)) {
    const end = matchAt(norm, needle, at, joints);
    if (end >= 0 && counts(norm, needle, at, end)) out.push([at, end]);
  }
  return out;
}

/** Start offsets of the occurrences of `needle` in `norm` that count. */
export function occurrences(norm: string, needle: string): number[] {
  return spans(norm, needle).map(([at]) => at);
}

/** Does `needle` occur in `norm` at least once in a way that counts? */
export function occurs(norm: string, needle: string): boolean {
  if (!needle) return false;
  if (!unitJoints(needle).length) {
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1))
      if (counts(norm, needle, at, at + needle.length)) return true;
    return false;
  }
  return spans(norm, needle).length > 0;
}

function searchable(c: number): boolean {
  return isCjk(c) || isAlnum(c);
}

/**
 * [start, end) of each place where the pieces occur in order, each next one
 * after at most MAX_GAP characters that are neither CJK nor Latin/digits.
 */
export function chainSpans(norm: string, pieces: readonly string[]): [number, number][] {
  const [head, ...tail] = pieces;
  if (head === undefined) return [];
  const first = spans(norm, head);
  if (!tail.length) return first;
  const rest = tail.map((p) => new Map(spans(norm, p)));
  const out: [number, number][] = [];
  for (const [start, end0] of first) {
    let end = end0;
    for (const next of rest) {
      let at = end;
      while (at < norm.length && at - end < MAX_GAP && !searchable(norm.charCodeAt(at)) && !next.has(at)) at++;
      const to = next.get(at);
      if (to === undefined) {
        end = -1;
        break;
      }
      end = to;
    }
    if (end >= 0) out.push([start, end]);
  }
  return out;
}
