// The region table read with mixed line ends, "did you mean" only for slips.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearest } from './did-you-mean.ts';
import { loadRegions } from './regions.ts';

describe('data/regions.csv with mixed line ends', () => {
  it('an LF header and CRLF rows give the same rows as LF throughout (no "\\r" in city)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regions-'));
    const lf = readFileSync('data/regions.csv', 'utf8');
    const [header, ...rows] = lf.split('\n');
    writeFileSync(join(dir, 'mixed.csv'), `${header}\n${rows.join('\r\n')}`);
    const mixed = loadRegions(join(dir, 'mixed.csv'));
    expect(mixed).toEqual(loadRegions('data/regions.csv'));
    expect(mixed.some((r) => /\r/.test(Object.values(r).join('')))).toBe(false);
    expect(mixed.find((r) => r.code === '320381')?.city).toBe('徐州市');
  });
});

describe('did you mean', () => {
  const keys = ['year_reliable', 'region_evidence', 'quality', 'published', 'years', 'year'];
  it('names the key a slip was meant as', () => {
    expect(nearest('year_relaible', keys)).toBe('year_reliable');
    expect(nearest('region_evidance', keys)).toBe('region_evidence');
    expect(nearest('qualty', keys)).toBe('quality');
    expect(nearest('Year', keys)).toBe('year');
  });
  it('names nothing for a different word', () => {
    expect(nearest('favourite_colour', keys)).toBeNull();
    expect(nearest('x', keys)).toBeNull();
  });
});
