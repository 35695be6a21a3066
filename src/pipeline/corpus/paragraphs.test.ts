import { describe, expect, it } from 'vitest';
import { parseParagraphs } from './paragraphs.ts';
import { GAP_MARK } from '../types.ts';

describe('parseParagraphs', () => {
  const body = `今年以来，工作有序开展。\n\n## 一、工作开展情况\n\n(一)实施工程。一是培育企业**家;\n续行。\n\n${GAP_MARK}\n\n#### 1.小节\n`;
  const ps = parseParagraphs(body, 'r');

  it('splits on blank lines and numbers paragraphs from 0', () => {
    expect(ps.map((p) => p.kind)).toEqual(['text', 'heading', 'text', 'gap', 'heading']);
    expect(ps.map((p) => p.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps offsets that point into the body', () => {
    for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(ps[2]?.text).toBe('(一)实施工程。一是培育企业**家;\n续行。');
  });

  it('reads heading levels from the Markdown marks', () => {
    expect(ps[1]).toMatchObject({ level: 1, text: '一、工作开展情况' });
    expect(ps[4]).toMatchObject({ level: 3, text: '1.小节' });
  });
});
