// Adding a report works end to end: a raw file the atlas has never seen (a
// dev-set case) is ingested as the README says into a temporary copy of the
// corpus, data/regions.csv is regenerated for its region, the site is built in
// isolation (private caches), and the new report's page carries its text and
// every figure at its anchor, with the figure's words.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/pipeline/dataset.ts';
import { renderDraft } from '../../src/authoring/ingest/draft.ts';
import { ingestText } from '../../src/authoring/ingest/ingest.ts';
import { regionsCsvFromReports } from '../../src/authoring/ingest/regions-table.ts';
import { buildSite, type BuildResult } from '../reliability/isolated-build.ts';
import { present } from '../helpers/present.ts';

// A news article from a county-level city not in the seeded corpus (its region is new to data/regions.csv).
const CASE = 'tests/fixtures/unseen/u21-liyang-news.txt';

const work = mkdtempSync(join(tmpdir(), 'atlas-add-'));
const contentDir = join(work, 'content');
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');
let id = '';
let result: BuildResult;

beforeAll(async () => {
  cpSync('content/reports', contentDir, { recursive: true });
  cpSync('data', dataDir, { recursive: true });
  const draft = present(ingestText(readFileSync(CASE, 'utf8'), 'u21-liyang-news.txt').drafts[0], `draft of ${CASE}`);
  id = draft.id;
  writeFileSync(join(contentDir, `${id}.md`), renderDraft(draft));
  writeFileSync(join(dataDir, 'regions.csv'), regionsCsvFromReports(contentDir).csv);
  mkdirSync(outDir, { recursive: true });
  result = await buildSite({ contentDir, dataDir, outDir, timeoutMs: 600_000 });
}, 660_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a twelfth report from a raw file', () => {
  it('builds', () => {
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  });

  it('has its page with every figure at its anchor, with the words of the figure', () => {
    const ds = loadDataset({ contentDir, dataDir });
    const report = ds.reports.find((r) => r.meta.id === id);
    expect(report?.meta.region.code).toBe('320481');
    const path = join(outDir, 'reports', id, 'index.html');
    expect(existsSync(path)).toBe(true);
    const html = readFileSync(path, 'utf8');
    const figures = ds.figures.filter((f) => f.report === id);
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const f of figures) {
      const anchor = new RegExp(`<a id="f-${f.n}"[^>]*>([\\s\\S]*?)</a>`).exec(html);
      expect(anchor, f.id).not.toBeNull();
      expect(anchor?.[1]?.replace(/<[^>]+>/g, ''), f.id).toContain(f.raw);
    }
  });
});
