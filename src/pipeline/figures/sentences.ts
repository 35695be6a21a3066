// Chinese sentence segmentation with offsets into the body. Sentences end at
// 。！？；(and ASCII ! ? ;) or a line break; a closing quote or bracket right
// after the stop stays with its sentence; a stop inside a quotation or a
// book title that closes on the same line does not split. '.' never splits
// (4.61亿元), so decimals are safe.

import { lastBefore } from '../lists.ts';
import { meter } from './context.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Character codes, not strings: per-character string lookups dominate the
// cost of splitting otherwise.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const STOPS = codes('。！？；!?;');
const CLOSERS = codes('”’」』》）)】');
const OPENERS = new Map([...'“《「『‘'].map((c, i) => [c.charCodeAt(0), '”》」』’'.charCodeAt(i)]));
const NEWLINE = 10;
const HEADING_MARK = /^#{1,6}\s+/;

/** True when `close` appears later on the same line (within a sane distance). */
function closesOnLine(body: string, from: number, close: number): boolean {
  for (let i = from; i < body.length && i < from + 200; i += 1) {
    const c = body.charCodeAt(i);
    if (c === NEWLINE || c === close) {
      meter.chars += i - from;
      return c === close;
    }
  }
  meter.chars += Math.min(200, body.length - from);
  return false;
}

function pushTrimmed(out: SentenceSpan[], body: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body.charAt(s))) s += 1;
  while (e > s && /\s/.test(body.charAt(e - 1))) e -= 1;
  const mark = HEADING_MARK.exec(body.slice(s, Math.min(e, s + 8)));
  if (mark) s += mark[0].length;
  if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
}

export function splitSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const open: number[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === NEWLINE) {
      pushTrimmed(out, body, start, i);
      start = i + 1;
      open.length = 0;
      continue;
    }
    const close = OPENERS.get(c);
    if (close !== undefined && closesOnLine(body, i + 1, close)) {
      open.push(close);
      continue;
    }
    let ends: boolean;
    if (open.length && c === open[open.length - 1]) {
      open.pop();
      // A quotation that ends its own sentence (…。”) ends the enclosing one too.
      ends = open.length === 0 && STOPS.has(body.charCodeAt(i - 1));
    } else {
      ends = open.length === 0 && STOPS.has(c);
    }
    if (!ends) continue;
    let end = i + 1;
    while (end < body.length && (CLOSERS.has(body.charCodeAt(end)) || STOPS.has(body.charCodeAt(end)))) end += 1;
    pushTrimmed(out, body, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(out, body, start, body.length);
  return out;
}

/** Start offsets of the body's paragraphs (blocks of non-blank lines), in order. */
export function paragraphStarts(body: string): number[] {
  const starts: number[] = [];
  for (const m of body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (m[0].trim() !== '') starts.push(m.index);
  }
  return starts;
}

/** Index of the span (by its start) that contains `offset`: binary search over sorted starts. */
export function indexAt(starts: number[], offset: number): number {
  const at = lastBefore(starts, (s) => s <= offset);
  return Math.max(0, at);
}
