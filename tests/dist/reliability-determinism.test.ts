// Determinism: the site built again from the same input, on a "different
// machine" (clock 400 days on, time zone UTC+14, German locale), is byte-
// identical to dist/. scripts/check-determinism.ts does the work; here it
// builds once and compares with the dist/ the test run just built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeterminism, compareDirs, formatDifference, isIdentical } from '../../scripts/check-determinism.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';

describe('compareDirs', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-cmp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names files that differ, with where, and files only one side has', () => {
    for (const side of ['a', 'b']) mkdirSync(join(root, side, 'x'), { recursive: true });
    writeFileSync(join(root, 'a', 'x', 'same.html'), 'same');
    writeFileSync(join(root, 'b', 'x', 'same.html'), 'same');
    writeFileSync(join(root, 'a', 'x', 'date.html'), '<p>built 2026-11-23</p>');
    writeFileSync(join(root, 'b', 'x', 'date.html'), '<p>built 2027-12-29</p>');
    writeFileSync(join(root, 'a', 'only-a.txt'), '');
    const d = compareDirs(join(root, 'a'), join(root, 'b'));
    expect(d.files).toBe(3);
    expect(d.onlyInA).toEqual(['only-a.txt']);
    expect(d.differing.map((x) => [x.file, x.at])).toEqual([['x/date.html', 12]]);
    expect(isIdentical(d)).toBe(false);
    expect(formatDifference(d)).toMatch(/x\/date\.html differs at byte 12/);
  });
});

describe(`a rebuild on another machine equals ${DIST}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'atlas-determinism-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is byte-identical', async () => {
    const r = await checkDeterminism({ against: DIST, work });
    expect(r.difference.files, 'the site was not built').toBeGreaterThan(10);
    expect(isIdentical(r.difference), formatDifference(r.difference)).toBe(true);
  }, 900_000);
});
