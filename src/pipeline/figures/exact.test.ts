// No published number differs from the number as written: a number too long
// for a float64 is not made a figure (it stays in the text as written).
import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { loadLexicons } from '../lexicons.ts';

const lexicon = loadLexicons('data');
const values = (body: string) => extractFigures(body, 'x', lexicon).map((f) => [f.raw, f.value]);

describe('numbers published exactly or not at all', () => {
  it('keeps 15 significant digits, refuses 16 and more, and never publishes Infinity', () => {
    expect(values('新认定企业123456789012345家。')).toEqual([['123456789012345家', 123456789012345]]);
    expect(values('新认定企业12345678901234567890家。')).toEqual([]);
    expect(values(`新认定企业${'9'.repeat(400)}家。`)).toEqual([]);
    expect(values('全市排名12345678901234567890。')).toEqual([]);
  });

  it('refuses a value past 2^53 reached through a multiplier, keeps 1.5亿', () => {
    expect(values('投入资金99999999亿亿元。')).toEqual([]);
    expect(values('投入资金1.5亿元。')).toEqual([['1.5亿元', 1.5]]);
  });

  it('does not read a number split by an invisible character as its tail', () => {
    // The corpus reader refuses such a file and ingest strips the character; the extractor must not publish 0 either way.
    expect(values('新认定企业3\u200B0家。').filter(([, v]) => v === 0)).toEqual([]);
  });
});
