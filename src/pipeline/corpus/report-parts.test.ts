import { describe, expect, it } from 'vitest';
import { parseParagraphs } from './paragraphs.ts';
import { pieceAnchor, reportParts } from './report-parts.ts';
import type { Figure } from '../types.ts';

const figureAt = (start: number, raw: string) => ({ start, end: start + raw.length, raw }) as Figure;

describe('reportParts', () => {
  it('keeps a report that fits on one page whole', () => {
    const body = '一段。\n\n二段。\n';
    const parts = reportParts(parseParagraphs(body, 'r'), []);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.pieces.map(pieceAnchor)).toEqual(['p-0', 'p-1']);
  });

  it('spreads many paragraphs over pages of at most `paragraphs` each, every paragraph once, in order', () => {
    const body = Array.from({ length: 25 }, (_, i) => `第${i}段。`).join('\n\n');
    const parts = reportParts(parseParagraphs(body, 'r'), [], { paragraphs: 10, chars: 1e6, figures: 1e6 });
    // The first page holds half a page (it carries the report's charts too).
    expect(parts.map((p) => p.pieces.length)).toEqual([5, 10, 10]);
    expect(parts.map((p) => p.k)).toEqual([1, 2, 3]);
    expect(parts.flatMap((p) => p.pieces.map((x) => x.paragraph.n))).toEqual([...Array(25).keys()]);
  });

  it('cuts one long paragraph into pieces, never inside a figure or a masked run, losing no character', () => {
    const text = `${'甲'.repeat(95)}新认定企业30家${'乙'.repeat(90)}**家${'丙'.repeat(50)}`;
    const paragraphs = parseParagraphs(text, 'r');
    const figure = figureAt(text.indexOf('30家'), '30家');
    const parts = reportParts(paragraphs, [figure], { paragraphs: 10, chars: 200, figures: 200 });
    const pieces = parts.flatMap((p) => p.pieces);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((x) => text.slice(x.start, x.end)).join('')).toBe(text);
    for (const x of pieces) {
      expect((x.start <= figure.start && figure.end <= x.end) || x.end <= figure.start || x.start >= figure.end).toBe(
        true,
      );
      expect(text.slice(x.start, x.end)).not.toMatch(/^\*|^家/);
    }
    expect(pieces.map(pieceAnchor)).toEqual(pieces.map((_, i) => (i === 0 ? 'p-0' : `p-0-${i + 1}`)));
    expect(pieces.map((x) => x.continues)).toEqual(pieces.map((_, i) => i < pieces.length - 1));
  });

  it('cuts a paragraph dense with figures at the figure limit', () => {
    const text = Array.from({ length: 50 }, (_, i) => `新增${i + 10}家`).join('');
    const figures = [...text.matchAll(/\d+家/g)].map((m) => figureAt(m.index, m[0]));
    const parts = reportParts(parseParagraphs(text, 'r'), figures, { paragraphs: 10, chars: 1e6, figures: 20 });
    const inPart = parts.map(
      (p) => figures.filter((f) => p.pieces.some((x) => f.start >= x.start && f.end <= x.end)).length,
    );
    // Pieces of at most half a page's figures; the first page holds one piece, the others two.
    expect(inPart).toEqual([10, 20, 20]);
  });
});
