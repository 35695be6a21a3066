// Cuts a paragraph's text into runs for rendering: plain text, figures (to be
// highlighted and anchored), masked runs outside figures, and garbled runs.
// Offsets of figures are body offsets; paragraphs know their own start.
import { GARBLED_CLOSE, GARBLED_OPEN, type Figure, type Paragraph } from '../pipeline/types.ts';

export type Segment =
  | { type: 'text'; text: string }
  | { type: 'figure'; text: string; figure: Figure }
  | { type: 'masked'; text: string }
  | { type: 'garbled'; text: string }
  | { type: 'anchor'; text: ''; sentence: number };

function splitPlain(text: string): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(`${GARBLED_OPEN}([^${GARBLED_CLOSE}]*)${GARBLED_CLOSE}|\\*+`, 'g');
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
    if (m[0].startsWith('*')) out.push({ type: 'masked', text: m[0] });
    else out.push({ type: 'garbled', text: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
  return out;
}

export function segmentParagraph(
  p: Paragraph,
  figures: readonly Figure[],
  sentenceStarts: { n: number; start: number }[] = [],
): Segment[] {
  const inside = figures.filter((f) => f.start >= p.start && f.end <= p.end).sort((a, b) => a.start - b.start);
  // Sentence anchors sit at sentence starts; one inside a figure moves to its start.
  const anchors = sentenceStarts.filter((s) => s.start >= p.start && s.start < p.end).sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = p.start;
  let ai = 0;
  const flushAnchors = (upTo: number) => {
    while (ai < anchors.length && anchors[ai].start <= upTo) {
      const a = anchors[ai++];
      const from = Math.max(at, a.start);
      out.push(...splitPlain(textOf(p, at, from)));
      at = from;
      out.push({ type: 'anchor', text: '', sentence: a.n });
    }
  };
  for (const f of inside) {
    if (f.start < at) continue; // overlapping figure: keep the first
    flushAnchors(f.start);
    out.push(...splitPlain(textOf(p, at, f.start)));
    out.push({ type: 'figure', text: textOf(p, f.start, f.end), figure: f });
    at = f.end;
  }
  flushAnchors(p.end);
  out.push(...splitPlain(textOf(p, at, p.end)));
  return out.filter((s) => s.text !== '' || s.type === 'garbled' || s.type === 'anchor');
}

function textOf(p: Paragraph, from: number, to: number): string {
  return p.text.slice(from - p.start, to - p.start);
}
