// Bad input at the pipeline level: the corpus check the build runs first
// (src/integrations/corpus-check.ts) must stop on each broken fixture with
// file, line and field, and the dataset must keep every word of each fixture
// that should build. The same fixtures are built for real in
// tests/dist/reliability-bad-input.test.ts.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/integrations/corpus-check.ts';
import { loadDataset } from '../../src/pipeline/dataset.ts';
import { splitFrontmatter } from '../../src/pipeline/corpus/report-file.ts';
import { BUILD_CASES, FAIL_CASES, LARGE_ID, caseDir, expectedLocation } from '../reliability/bad-cases.ts';
import { writeLargeReport } from '../reliability/large-report.ts';
import { readFileSync } from 'node:fs';
import { lexiconsOnly } from '../helpers/data-dir.ts';

const LEXICONS_ONLY = lexiconsOnly();

describe('bad input that must stop the build', () => {
  for (const c of FAIL_CASES) {
    it(`${c.name}: names ${c.file}, line ${c.line}${c.field ? `, field ${c.field}` : ''}`, () => {
      let message = '';
      try {
        checkCorpus({ contentDir: caseDir(c.name), dataDir: LEXICONS_ONLY });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, 'the corpus check accepted this file').not.toBe('');
      expect(message).toMatch(expectedLocation(c));
      expect(message.startsWith(join(caseDir(c.name), c.file))).toBe(true);
      expect(message).toMatch(c.message);
    });
  }
});

describe('bad input that must build correctly', () => {
  for (const c of BUILD_CASES) {
    it(`${c.name}: passes the check and keeps every character of the body in its paragraphs`, () => {
      expect(checkCorpus({ contentDir: caseDir(c.name), dataDir: LEXICONS_ONLY })).toBe(c.ids.length);
      const ds = loadDataset({ contentDir: caseDir(c.name), dataDir: LEXICONS_ONLY });
      for (const r of ds.reports) {
        const text = readFileSync(r.file, 'utf8');
        expect(splitFrontmatter(text)?.body).toBe(r.body);
        const kept = ds.paragraphs
          .filter((p) => p.report === r.meta.id)
          .map((p) => p.text)
          .join('');
        const bodyWords = r.body.replace(/^#{2,4} /gm, '').replace(/\s+/g, '');
        expect(kept.replace(/\s+/g, '')).toBe(bodyWords);
      }
    });
  }

  it('html-in-text keeps the markup as words, not as structure', () => {
    const ds = loadDataset({ contentDir: caseDir('html-in-text'), dataDir: LEXICONS_ONLY });
    const texts = ds.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes("<script>alert('body')</script>"))).toBe(true);
    expect(ds.reports[0]?.meta.title).toContain('<script>');
  });

  it('only-masked yields masked figures with no invented values', () => {
    const ds = loadDataset({ contentDir: caseDir('only-masked'), dataDir: LEXICONS_ONLY });
    expect(ds.figures.length).toBeGreaterThan(0);
    for (const f of ds.figures) {
      expect(f.masked, `${f.raw} should be masked`).toBe(true);
      expect(f.value).toBeNull();
    }
  });

  it('traditional text is kept as written (the curated file is the source of truth)', () => {
    const ds = loadDataset({ contentDir: caseDir('traditional'), dataDir: LEXICONS_ONLY });
    expect(ds.paragraphs.some((p) => p.text.includes('緊緊圍繞'))).toBe(true);
  });

  it('huge-numbers: a number too long to publish exactly is no figure; the text keeps it as written', () => {
    const ds = loadDataset({ contentDir: caseDir('huge-numbers'), dataDir: LEXICONS_ONLY });
    expect(ds.figures.map((f) => [f.raw, f.value])).toEqual([
      ['123456789012345项', 123456789012345],
      ['30家', 30],
    ]);
    expect(ds.paragraphs.some((p) => p.text.includes('12345678901234567890家'))).toBe(true);
  });

  it('crlf-bom: a BOM and CRLF line ends give the same paragraphs as LF', () => {
    const ds = loadDataset({ contentDir: caseDir('crlf-bom'), dataDir: LEXICONS_ONLY });
    expect(ds.paragraphs.map((p) => p.kind)).toEqual(['heading', 'text', 'heading', 'text', 'gap', 'text']);
    expect(ds.reports[0]?.meta.id).toBe('crlf-bom');
  });
});

describe('the generated 1 MB report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is at least 1 MB, valid, and loses no paragraph', () => {
    const bytes = writeLargeReport(dir);
    expect(bytes).toBeGreaterThanOrEqual(1_000_000);
    expect(statSync(join(dir, `${LARGE_ID}.md`)).size).toBe(bytes);
    expect(checkCorpus({ contentDir: dir, dataDir: LEXICONS_ONLY })).toBe(1);
    const ds = loadDataset({ contentDir: dir, dataDir: LEXICONS_ONLY });
    expect(ds.paragraphs.length).toBeGreaterThan(1000);
    expect(ds.figures.length).toBeGreaterThan(1000);
  });
});
