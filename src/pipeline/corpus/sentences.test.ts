import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.ts';
import { parseParagraphs } from './paragraphs.ts';
import { GAP_MARK } from '../types.ts';

describe('sentencesOf', () => {
  const body = `## 一、概况\n\n今年新增高企12家。力争明年达到20家！\n\n${GAP_MARK}\n\n科普活动10场。\n`;
  const ps = parseParagraphs(body, 'r');
  const ss = sentencesOf(body, ps);

  it('numbers sentences through the body and places each in its paragraph', () => {
    expect(ss.map((s) => [s.text, s.paragraph])).toEqual([
      ['一、概况', 0],
      ['今年新增高企12家。', 1],
      ['力争明年达到20家！', 1],
      ['科普活动10场。', 3],
    ]);
    expect(ss.every((s) => s.report === 'r')).toBe(true);
  });

  it('keeps offsets into the body and skips the gap marker', () => {
    for (const s of ss) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(ss.some((s) => s.text.includes('缺失'))).toBe(false);
  });
});
