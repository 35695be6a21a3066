// The report's sentences, numbered through the body (the same split the
// figure extractor uses, so a figure's sentence_n is a sentence's n), each
// placed in its paragraph. Gap markers are not sentences.
import { splitSentences } from '../figures/sentences.ts';
import type { Paragraph, Sentence } from '../types.ts';

export function sentencesOf(body: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const report = paragraphs[0]?.report ?? '';
  const out: Sentence[] = [];
  let pi = 0;
  splitSentences(body).forEach((s, n) => {
    let p = paragraphs[pi];
    while (p && pi < paragraphs.length - 1 && p.end <= s.start) {
      pi += 1;
      p = paragraphs[pi];
    }
    if (!p || p.kind === 'gap') return;
    out.push({ report, n, paragraph: p.n, start: s.start, end: s.end, text: s.text });
  });
  return out;
}
