// A report's text cut into the pages it is shown on, so one report of any
// size makes pages of a bounded size: 5,000 short paragraphs, or one
// paragraph of 200,000 characters, are spread over continuation pages
// (/reports/<id>/2/ …). Paragraphs stay whole unless one alone exceeds a
// page; then it is cut into pieces at places no figure, masked run or garbled
// run spans, each piece shown on one page (the first keeps #p-<n>, the others
// #p-<n>-<k>). Anchors keep their numbers wherever they land.
import { lastBefore } from '../lists.ts';
import { GARBLED_CLOSE, GARBLED_OPEN, type Figure, type Paragraph } from '../types.ts';

/**
 * What one page of a report's text holds at most. The first page holds half
 * of it (it also carries the key figures, charts, provenance and citation),
 * and a paragraph longer than half a page is cut into pieces of at most half.
 */
export const REPORT_PART_LIMITS = { paragraphs: 300, chars: 50_000, figures: 400 };

/** A paragraph, or a piece of one, shown on a page: body offsets [start, end). */
export interface Piece {
  paragraph: Paragraph;
  start: number;
  end: number;
  /** 0 for the paragraph's first (or only) piece, then 1, 2 … */
  index: number;
  /** True when the paragraph goes on in the next piece. */
  continues: boolean;
}

export interface ReportPart {
  /** 1 for the report page itself, 2 … for its continuation pages. */
  k: number;
  pieces: Piece[];
}

type Limits = typeof REPORT_PART_LIMITS;

/** Offsets inside which a paragraph may not be cut: its figures, masked runs (**) and garbled runs. */
function unbreakable(p: Paragraph, figures: readonly Figure[]): [number, number][] {
  const spans: [number, number][] = figures.map((f) => [f.start, f.end]);
  const re = new RegExp(`${GARBLED_OPEN}[^${GARBLED_CLOSE}]*${GARBLED_CLOSE}|\\*+`, 'g');
  for (const m of p.text.matchAll(re)) spans.push([p.start + m.index, p.start + m.index + m[0].length]);
  return spans;
}

/** A place at or before `at` (and after `from`) where the paragraph may be cut; `at` itself when nothing spans it. */
function safeCut(p: Paragraph, spans: [number, number][], from: number, at: number): number {
  let cut = at;
  for (let moved = true; moved;) {
    moved = false;
    for (const [s, e] of spans) {
      if (s < cut && cut < e && s > from) {
        cut = s;
        moved = true;
      }
    }
  }
  // Never between the two halves of a surrogate pair.
  const code = p.text.charCodeAt(cut - p.start);
  if (code >= 0xdc00 && code <= 0xdfff && cut - 1 > from) cut -= 1;
  return cut > from ? cut : at;
}

/** The pieces of one paragraph: itself when it fits a page, else cuts of at most `limits.chars` characters and `limits.figures` figures. */
function piecesOf(p: Paragraph, figures: readonly Figure[], limits: Limits): Piece[] {
  const length = p.end - p.start;
  if (length <= limits.chars && figures.length <= limits.figures)
    return [{ paragraph: p, start: p.start, end: p.end, index: 0, continues: false }];
  const spans = unbreakable(p, figures);
  const starts = figures.map((f) => f.start).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let from = p.start;
  while (from < p.end) {
    let at = Math.min(p.end, from + limits.chars);
    const firstAfter = starts.findIndex((s) => s >= from);
    const tooMany = firstAfter >= 0 ? starts[firstAfter + limits.figures] : undefined;
    if (tooMany !== undefined && tooMany < at) at = tooMany;
    const cut = at >= p.end ? p.end : safeCut(p, spans, from, at);
    pieces.push({ paragraph: p, start: from, end: cut, index: pieces.length, continues: cut < p.end });
    from = cut;
  }
  return pieces;
}

/** The pages of a report's text, in order; a report that fits one page has one part. */
export function reportParts(
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
  limits: Limits = REPORT_PART_LIMITS,
): ReportPart[] {
  const byParagraph = new Map<number, Figure[]>();
  const sorted = [...paragraphs].sort((a, b) => a.start - b.start);
  for (const f of figures) {
    // The last paragraph starting at or before the figure (binary search: a report may have thousands).
    const at = lastBefore(sorted, (q) => q.start <= f.start);
    const p = sorted[Math.max(0, at)];
    if (p && f.start >= p.start && f.end <= p.end) {
      const list = byParagraph.get(p.n) ?? [];
      list.push(f);
      byParagraph.set(p.n, list);
    }
  }
  const half = { paragraphs: limits.paragraphs / 2, chars: limits.chars / 2, figures: limits.figures / 2 };
  const parts: ReportPart[] = [];
  let current: ReportPart = { k: 1, pieces: [] };
  let chars = 0;
  let count = 0;
  let figs = 0;
  for (const p of sorted) {
    const own = byParagraph.get(p.n) ?? [];
    for (const piece of piecesOf(p, own, half)) {
      const pieceChars = piece.end - piece.start;
      const pieceFigures = own.filter((f) => f.start >= piece.start && f.end <= piece.end).length;
      const page = current.k === 1 ? half : limits;
      const full =
        current.pieces.length > 0 &&
        (count + 1 > page.paragraphs || chars + pieceChars > page.chars || figs + pieceFigures > page.figures);
      if (full) {
        parts.push(current);
        current = { k: current.k + 1, pieces: [] };
        chars = 0;
        count = 0;
        figs = 0;
      }
      current.pieces.push(piece);
      chars += pieceChars;
      count += 1;
      figs += pieceFigures;
    }
  }
  parts.push(current);
  return parts;
}

/** The anchor of a piece: #p-<n> for the first, #p-<n>-<k> for the rest (k from 2). */
export const pieceAnchor = (piece: Piece): string =>
  piece.index === 0 ? `p-${piece.paragraph.n}` : `p-${piece.paragraph.n}-${piece.index + 1}`;
