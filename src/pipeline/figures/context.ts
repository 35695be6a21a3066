// How far back from a figure the extractor reads. A figure's kind, clause,
// period and rank context come from the words before it in its sentence, but
// never more than CONTEXT_CHARS of them: in a scraped table or PDF a
// "sentence" can run 200,000 characters without a stop, and reading all of it
// for every figure made extraction quadratic. Real sentences in the corpus are
// far shorter than the window, so it changes nothing there.
//
// The meter counts characters the extractor reads around figures, so a test
// can check the work per character stays flat as paragraphs grow (no timing).

export const CONTEXT_CHARS = 300;
/** At most this many earlier figures of a sentence are consulted for a label or indicator. */
export const EARLIER_FIGURES = 12;

export const meter = { chars: 0 };

/** `body[max(from, pos - CONTEXT_CHARS), pos)`. */
export function contextBefore(body: string, from: number, pos: number): string {
  const start = Math.max(from, pos - CONTEXT_CHARS, 0);
  meter.chars += pos - start;
  return body.slice(start, pos);
}

/** Start of the text before `pos` back to the nearest char matching `stop` (at most CONTEXT_CHARS back). */
export function backTo(body: string, pos: number, stop: RegExp): number {
  const limit = Math.max(0, pos - CONTEXT_CHARS);
  let i = pos;
  while (i > limit && !stop.test(body.charAt(i - 1))) i -= 1;
  meter.chars += pos - i;
  return i;
}

/** Longest sentence a figure quotes whole; a longer one is quoted around the figure, so figure files grow with the text, not its square. */
export const MAX_QUOTE = 300;

/** The figure's sentence as its rows quote it: whole up to MAX_QUOTE characters, else MAX_QUOTE around the figure with … at a cut. */
export function quotedSentence(
  body: string,
  sentence: { start: number; end: number; text: string },
  start: number,
  end: number,
): string {
  if (sentence.text.length <= MAX_QUOTE) return sentence.text;
  const side = Math.max(0, Math.floor((MAX_QUOTE - (end - start)) / 2));
  const from = Math.max(sentence.start, start - side);
  const to = Math.min(sentence.end, end + side);
  return `${from > sentence.start ? '…' : ''}${body.slice(from, to)}${to < sentence.end ? '…' : ''}`;
}
