// Extraction does work in proportion to the text, whatever the paragraph
// length: the meter (context.ts) counts the characters read around figures
// and quotation marks, and that count per character must not grow when an
// unpunctuated paragraph gets 16 times longer. Counts work, times nothing.
import { describe, expect, it } from 'vitest';
import { longParagraph } from '../../../scripts/long-paragraph.ts';
import { MAX_QUOTE, meter } from './context.ts';
import { extractFigures } from './extract.ts';
import { splitSentences } from './sentences.ts';
import { loadLexicons } from '../lexicons.ts';

const lexicon = loadLexicons('data');

function workPerChar(body: string, run: (body: string) => unknown): number {
  meter.chars = 0;
  run(body);
  return meter.chars / body.length;
}

describe('extraction work per character', () => {
  it('stays flat from 10,000 to 160,000 characters of one unpunctuated paragraph', () => {
    const sizes = [10_000, 40_000, 160_000];
    const work = sizes.map((n) => workPerChar(longParagraph(n), (b) => extractFigures(b, 'long', lexicon)));
    expect(work[0]).toBeGreaterThan(0); // the meter is wired
    expect(Math.max(...work) / Math.min(...work)).toBeLessThan(1.25);
  });

  it('reads a bounded window before a figure, not the sentence back to its start', () => {
    const body = longParagraph(40_000);
    const work = workPerChar(body, (b) => extractFigures(b, 'long', lexicon));
    // A figure every 50 characters: a rescan of the sentence would read ~400 characters per character here.
    expect(work).toBeLessThan(40);
  });

  it('splits sentences with unclosed quotation marks every few characters in linear work', () => {
    const small = '“甲乙丙丁戊'.repeat(2_000);
    const large = small.repeat(16);
    const a = workPerChar(small, splitSentences);
    const b = workPerChar(large, splitSentences);
    expect(a).toBeGreaterThan(0);
    expect(b / a).toBeLessThan(1.25);
  });

  it('quotes at most MAX_QUOTE characters of a long sentence per figure, so figure files grow linearly', () => {
    const figures = extractFigures(longParagraph(50_000), 'long', lexicon);
    expect(figures.length).toBeGreaterThan(900);
    for (const f of figures) expect(f.sentence.length).toBeLessThanOrEqual(MAX_QUOTE + 2);
    expect(figures.every((f) => f.sentence.includes(f.raw))).toBe(true);
  });
});
