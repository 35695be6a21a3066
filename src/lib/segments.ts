// Cuts a paragraph's text into runs for rendering: plain text, figures (to be
// highlighted and anchored), masked runs outside figures, and garbled runs.
// Offsets of figures are body offsets; paragraphs know their own start.
import { GARBLED_CLOSE, GARBLED_OPEN, type Figure, type Paragraph } from '../pipeline/types.ts';

export type Segment =
  | { type: 'text'; text: string }
  | { type: 'figure'; text: string; figure: Figure }
  | { type: 'masked'; text: string }
  | { type: 'garbled'; text: string }
  /** An empty anchor: a sentence's #s-<n>, or the #f-<n> of a published figure no longer extracted there. */
  | { type: 'anchor'; text: ''; anchor: string };

function splitPlain(text: string): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(`${GARBLED_OPEN}([^${GARBLED_CLOSE}]*)${GARBLED_CLOSE}|\\*+`, 'g');
  let at = 0;
  for (const m of text.matchAll(re)) {
    // A run of * is masked; otherwise the garbled group matched (empty when the marks hold nothing).
    const [whole, garbled = ''] = m;
    if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
    if (whole.startsWith('*')) out.push({ type: 'masked', text: whole });
    else out.push({ type: 'garbled', text: garbled });
    at = m.index + whole.length;
  }
  if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
  return out;
}

export function segmentParagraph(
  p: Paragraph,
  figures: readonly Figure[],
  sentenceStarts: readonly { n: number; start: number }[] = [],
  retiredFigures: readonly { n: number; offset: number }[] = [],
): Segment[] {
  const inside = figures.filter((f) => f.start >= p.start && f.end <= p.end).sort((a, b) => a.start - b.start);
  // Sentence anchors sit at sentence starts, a retired figure's anchor where its figure was; one inside a figure moves to its start.
  const anchors = [
    ...sentenceStarts.map((s) => ({ start: s.start, anchor: `s-${s.n}` })),
    ...retiredFigures.map((r) => ({ start: r.offset, anchor: `f-${r.n}` })),
  ]
    .filter((a) => a.start >= p.start && a.start < p.end)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = p.start;
  let ai = 0;
  /** Anchors starting before `upTo`, each at its place but never past `cap` (the start of the figure that follows). */
  const flushAnchors = (upTo: number, cap = upTo) => {
    for (let a = anchors[ai]; a !== undefined && a.start <= upTo; a = anchors[++ai]) {
      const from = Math.min(Math.max(at, a.start), cap);
      out.push(...splitPlain(textOf(p, at, from)));
      at = from;
      out.push({ type: 'anchor', text: '', anchor: a.anchor });
    }
  };
  for (const f of inside) {
    if (f.start < at) continue; // overlapping figure: keep the first
    flushAnchors(f.end - 1, f.start);
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
