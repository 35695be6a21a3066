// The build benchmark. Always: the synthetic corpus it builds is a valid
// corpus (every region known, every file passing the corpus check). With
// ATLAS_BENCH_REPORTS=1000 (CI should set it once builds fit the budget):
// the full benchmark, which fails when the build misses its budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/integrations/corpus-check.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { benchBuild, benchReports, CONCENTRATED_REGIONS, formatBench, regionsFor, writeCorpus } from '../reliability/bench.ts';

const N = Number(process.env.ATLAS_BENCH_REPORTS ?? 0);

describe('the benchmark corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is valid: synthetic reports beside the real ones, every region in regions.csv', () => {
    const seeds = loadDataset(REPOSITORY_DIRS).reports;
    const reports = benchReports(40, seeds);
    const { contentDir, dataDir } = writeCorpus(reports, root);
    expect(checkCorpus({ contentDir, dataDir })).toBe(reports.length + seeds.length);
    const regions = regionsFor(reports);
    for (const r of reports) {
      const code = r.meta.region.code!;
      expect(regions.some((g) => g.code === code), code).toBe(true);
      expect(regions.some((g) => g.code === `${code.slice(0, 2)}0000` && g.level === 'province'), `province of ${code}`).toBe(true);
    }
  });

  it('reaches the worst cases: concentrated regions, a 5,000-paragraph report, a 200,000-character paragraph', () => {
    const seeds = loadDataset(REPOSITORY_DIRS).reports;
    const reports = benchReports(200, seeds);
    const perRegion = new Map<string, number>();
    for (const r of reports.slice(0, 200)) perRegion.set(r.meta.region.code!, (perRegion.get(r.meta.region.code!) ?? 0) + 1);
    const top = [...perRegion.values()].sort((a, b) => b - a).slice(0, CONCENTRATED_REGIONS);
    expect(top.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
    const ds = loadDataset({ contentDir: writeCorpus(reports, root).contentDir, dataDir: join(root, 'data') });
    const paragraphs = (id: string) => ds.index.paragraphsByReport.get(id) ?? [];
    expect(paragraphs('syn-worst-5000-paragraphs')).toHaveLength(5000);
    expect(Math.max(...paragraphs('syn-worst-200000-character-paragraph').map((p) => p.end - p.start))).toBe(200_000);
  });
});

describe.skipIf(!N)(`build benchmark at ${N || '(unset: ATLAS_BENCH_REPORTS=1000 runs it)'} reports`, () => {
  it('builds within its budget', async () => {
    const r = await benchBuild({ reports: N });
    console.log(formatBench(r));
    expect(r.ok, formatBench(r)).toBe(true);
    expect(r.budget?.missed ?? [], formatBench(r)).toEqual([]);
  }, 4 * 3600_000);
});
