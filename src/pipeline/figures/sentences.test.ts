import { describe, expect, it } from 'vitest';
import { indexAt, paragraphStarts, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits on Chinese stops and line breaks, keeping offsets', () => {
    const body = '申报108家；认定86家。\n新增3家！';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['申报108家；', '认定86家。', '新增3家！']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('never splits a decimal', () => {
    expect(splitSentences('研发费4.61亿元，占比3.78%。').map((s) => s.text)).toEqual(['研发费4.61亿元，占比3.78%。']);
  });

  it('keeps a closing quote with its sentence and does not split inside a quotation', () => {
    expect(splitSentences('他说：“今年新增10家。明年再增5家。”然后散会。').map((s) => s.text)).toEqual([
      '他说：“今年新增10家。明年再增5家。”',
      '然后散会。',
    ]);
  });

  it('splits normally after an unclosed quotation mark', () => {
    expect(splitSentences('打造“科技铁军。新增3家。').map((s) => s.text)).toEqual(['打造“科技铁军。', '新增3家。']);
  });

  it('drops Markdown heading marks and blank lines', () => {
    const body = '## 一、工作开展情况\n\n新增3家。';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['一、工作开展情况', '新增3家。']);
    expect(sentences[0]?.start).toBe(3);
  });
});

describe('paragraphStarts and indexAt', () => {
  it('numbers blank-line-separated paragraphs', () => {
    const body = '## 标题\n\n第一段。\n第一段续。\n\n第二段。';
    const starts = paragraphStarts(body);
    expect(starts).toEqual([0, 7, 19]);
    expect(indexAt(starts, body.indexOf('续'))).toBe(1);
    expect(indexAt(starts, body.indexOf('第二段'))).toBe(2);
  });
});
