import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segments.ts';
import type { Figure, Paragraph } from '../pipeline/types.ts';

const body = 'XX申报高企108家，获得资金***万元。「乱码：確??萍」完';
const p: Paragraph = { report: 'r', n: 0, kind: 'text', text: body.slice(2), start: 2, end: body.length };
const fig = (start: number, end: number, masked = false): Figure =>
  ({ id: 'r-f0', report: 'r', n: 0, start, end, masked, raw: body.slice(start, end) }) as Figure;

describe('segmentParagraph', () => {
  it('cuts figures at their body offsets and keeps all the text', () => {
    const s = body.indexOf('108家');
    const segs = segmentParagraph(p, [fig(s, s + 4)]);
    expect(segs.map((x) => x.text).join('')).toBe('申报高企108家，获得资金***万元。確??萍完');
    expect(segs.find((x) => x.type === 'figure')?.text).toBe('108家');
  });

  it('marks masked runs and garbled runs outside figures', () => {
    const segs = segmentParagraph(p, []);
    expect(segs.filter((x) => x.type === 'masked').map((x) => x.text)).toEqual(['***']);
    expect(segs.filter((x) => x.type === 'garbled').map((x) => x.text)).toEqual(['確??萍']);
  });

  it('ignores figures of other paragraphs', () => {
    expect(segmentParagraph(p, [fig(0, 2)]).some((x) => x.type === 'figure')).toBe(false);
  });

  it('places sentence anchors at sentence starts without losing text', () => {
    const second = body.indexOf('获得');
    const segs = segmentParagraph(
      p,
      [],
      [
        { n: 0, start: 2 },
        { n: 1, start: second },
      ],
    );
    expect(segs.filter((x) => x.type === 'anchor').map((x) => (x as { anchor: string }).anchor)).toEqual([
      's-0',
      's-1',
    ]);
    const joined = segs.map((x) => (x.type === 'anchor' ? `|${x.anchor}|` : x.text)).join('');
    expect(joined).toBe('|s-0|申报高企108家，|s-1|获得资金***万元。確??萍完');
  });

  it('keeps a retired figure anchor where its figure was, never inside another figure', () => {
    const at = body.indexOf('108');
    const segs = segmentParagraph(p, [fig(at, at + 4)], [], [{ n: 7, offset: at + 1 }]);
    const joined = segs.map((x) => (x.type === 'anchor' ? `|${x.anchor}|` : x.text)).join('');
    expect(joined).toContain('|f-7|108家');
  });
});
