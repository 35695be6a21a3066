// The report-work cache and pool: a cached, a pooled and a clean load give
// the same dataset; a changed report, lexicon or rule is never answered from
// the cache; the curation and the published record apply after it.
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetInPool } from '../dataset.ts';
import { ReportFileError } from '../corpus/report-file.ts';
import { displayPath, readCorpus } from '../corpus/read-corpus.ts';
import { loadLexicons } from '../lexicons.ts';
import { corpusWork, corpusWorkSync } from './corpus-work.ts';
import { entryPath, readWork, writeWork, openReportCache, workKey, workVersion } from './report-cache.ts';
import { codeVersion } from './code-version.ts';
import { workLexicons } from './report-work.ts';
import { extractFigures } from '../figures/index.ts';
import { itemAt } from '../lists.ts';

const temp: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  temp.push(dir);
  return dir;
};
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the real corpus and data folder, to change. */
function corpusCopy(): { contentDir: string; dataDir: string } {
  const root = tempDir('corpus');
  cpSync('content/reports', join(root, 'content'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  return { contentDir: join(root, 'content'), dataDir: join(root, 'data') };
}

/** The dataset as comparable text (maps as entry lists). */
const text = (value: unknown) => JSON.stringify(value, (_, v) => (v instanceof Map ? [...v] : v));

const firstReport = (contentDir: string) => join(contentDir, itemAt(readdirSync(contentDir).sort(), 0, 'report file'));

describe('report work: cached, pooled and clean loads agree', () => {
  const clean = loadDataset({ contentDir: 'content/reports', dataDir: 'data' });

  it('a cold cache, a warm cache and a pool of threads give the clean dataset', async () => {
    const workCache = tempDir('cache');
    const cold = await loadDatasetInPool({ contentDir: 'content/reports', dataDir: 'data', workCache });
    expect([cold.cached, cold.done]).toEqual([0, clean.reports.length]);
    const warm = await loadDatasetInPool({ contentDir: 'content/reports', dataDir: 'data', workCache });
    expect([warm.cached, warm.done]).toEqual([clean.reports.length, 0]);
    const pooled = await loadDatasetInPool(
      { contentDir: 'content/reports', dataDir: 'data', workCache: null },
      { threads: 2, poolFrom: 1 },
    );
    expect(pooled.done).toBe(clean.reports.length);
    for (const ds of [
      cold.dataset,
      warm.dataset,
      pooled.dataset,
      loadDataset({ contentDir: 'content/reports', dataDir: 'data', workCache }),
    ])
      expect(text(ds)).toBe(text(clean));
  });

  it('one changed report is worked on again, alone, and the result is a clean load of the changed corpus', async () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    await loadDatasetInPool({ ...dirs, workCache });
    const file = firstReport(dirs.contentDir);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n新增高新技术企业12家。\n`);
    const again = await loadDatasetInPool({ ...dirs, workCache });
    expect([again.cached, again.done]).toEqual([clean.reports.length - 1, 1]);
    expect(text(again.dataset)).toBe(text(loadDataset(dirs)));
    expect(again.dataset.figures.some((f) => f.raw === '12家')).toBe(true);
  });

  it('year_reliable turned off in a frontmatter: that report is worked on again and its figures’ periods change', async () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    await loadDatasetInPool({ ...dirs, workCache });
    // A report whose years are trusted and whose extraction reads a written year in a period.
    const periodsOf = (r: (typeof clean.reports)[number], yearsReliable: boolean) =>
      extractFigures(r.body, r.meta.id, clean, { docType: r.meta.doc_type, yearsReliable }).map((f) => f.period);
    const withYears = clean.reports.find(
      (r) => r.meta.year_reliable && text(periodsOf(r, true)) !== text(periodsOf(r, false)),
    )!;
    expect(withYears).toBeDefined();
    const file = join(dirs.contentDir, `${withYears.meta.id}.md`);
    const before = readFileSync(file, 'utf8');
    expect(before).toMatch(/^year_reliable: true$/m);
    writeFileSync(file, before.replace(/^year_reliable: true$/m, 'year_reliable: false'));
    const again = await loadDatasetInPool({ ...dirs, workCache });
    expect([again.cached, again.done]).toEqual([clean.reports.length - 1, 1]);
    expect(text(again.dataset)).toBe(text(loadDataset(dirs)));
    // The work a later build reads from the cache is the report's extraction with its years not trusted.
    const lex = loadLexicons(dirs.dataDir);
    const { works, cached } = corpusWorkSync(dirs.contentDir, workLexicons(lex), lex.regions, { cacheDir: workCache });
    expect(cached).toBe(clean.reports.length);
    const work = works.find((w) => w.report.meta.id === withYears.meta.id)!;
    expect(work.figures.map((f) => f.period)).toEqual(periodsOf(withYears, false));
  });

  it('a changed lexicon answers nothing from the cache', async () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    await loadDatasetInPool({ ...dirs, workCache });
    const themes = join(dirs.dataDir, 'themes.csv');
    // A keyword that tags more paragraphs: every report's tags may change.
    writeFileSync(themes, readFileSync(themes, 'utf8').replace('|高企|', '|高企|工作|'));
    const again = await loadDatasetInPool({ ...dirs, workCache });
    expect(again.cached).toBe(0);
    expect(text(again.dataset)).toBe(text(loadDataset(dirs)));
    expect(text(again.dataset.paragraphThemes)).not.toBe(text(clean.paragraphThemes));
  });

  it('a decision changed in curation.csv takes effect with every report from the cache', async () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    await loadDatasetInPool({ ...dirs, workCache });
    const curation = join(dirs.dataDir, 'curation.csv');
    const [header = '', first = '', ...rest] = readFileSync(curation, 'utf8').split('\n');
    const cells = first.split(',');
    const column = (name: string) => header.split(',').indexOf(name);
    expect(cells[column('in_series')]).toBe('yes');
    cells[column('in_series')] = 'no';
    writeFileSync(curation, [header, cells.join(','), ...rest].join('\n'));
    const again = await loadDatasetInPool({ ...dirs, workCache });
    expect(again.cached).toBe(clean.reports.length);
    expect(text(again.dataset)).toBe(text(loadDataset(dirs)));
    const decided = (ds: typeof clean) =>
      ds.figures.find((f) => f.report === cells[column('report')] && f.start === Number(cells[column('offset')]))!;
    expect([decided(clean).in_series, decided(again.dataset).in_series]).toEqual([true, false]);
  });

  it('an entry that is not its key’s is never used', () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    const lexicons = workLexicons(loadLexicons(dirs.dataDir));
    corpusWorkSync(dirs.contentDir, lexicons, undefined, { cacheDir: workCache });
    const cache = openReportCache(
      workCache,
      workVersion(lexicons, codeVersion('src/pipeline/work/report-work.ts', '.').hash),
    );
    const [a = '', b = ''] = readdirSync(dirs.contentDir)
      .sort()
      .map((f) => workKey(cache, displayPath(join(dirs.contentDir, f)), readFileSync(join(dirs.contentDir, f))));
    expect(a && b).toBeTruthy();
    const workOfA = readWork(cache, a)!;
    expect(workOfA).toBeDefined();
    // B's place holds A's entry (a file copied by hand, a hash clash): read as a miss, and B is worked on again.
    copyFileSync(entryPath(cache, a), entryPath(cache, b));
    expect(readWork(cache, b)).toBeUndefined();
    // A torn entry is a miss too.
    writeWork(cache, b, workOfA);
    writeFileSync(entryPath(cache, b), readFileSync(entryPath(cache, b)).subarray(0, 100));
    expect(readWork(cache, b)).toBeUndefined();
    const again = corpusWorkSync(dirs.contentDir, lexicons, undefined, { cacheDir: workCache });
    expect(again.done).toBe(1);
    expect(text(again.works.map((w) => w.report.meta.id))).toBe(text(clean.reports.map((r) => r.meta.id)));
  });

  it('a cached build refuses what a clean one does: a region no longer in the table', async () => {
    const dirs = corpusCopy();
    const workCache = tempDir('cache');
    await loadDatasetInPool({ ...dirs, workCache });
    const file = firstReport(dirs.contentDir);
    const regions = join(dirs.dataDir, 'regions.csv');
    const code = /code: ['"]?(\d{6})/.exec(readFileSync(file, 'utf8'))![1];
    writeFileSync(
      regions,
      readFileSync(regions, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith(`${code},`))
        .join('\n'),
    );
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ReportFileError ? e.message : `not a refusal: ${String(e)}`;
      }
      return 'accepted';
    };
    // The one corpus reader's refusal, file, line and field, is the build's with or without the cache.
    const expected = refusal(() => readCorpus(dirs.contentDir, { regions: loadLexicons(dirs.dataDir).regions }));
    expect(expected).toMatch(/\.md:\d+: field "region/);
    expect(refusal(() => loadDataset(dirs))).toBe(expected);
    const cached = await loadDatasetInPool({ ...dirs, workCache }).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    expect(cached).toBe(expected);
  });

  it('a refused file is named as in a one-thread build, whichever thread read it', async () => {
    const dirs = corpusCopy();
    writeFileSync(join(dirs.contentDir, 'zz-bad.md'), '---\nid: zz-bad\ntitel: x\n---\n正文。\n');
    const inThread = refusalOf(() =>
      corpusWorkSync(dirs.contentDir, workLexicons(loadLexicons(dirs.dataDir)), undefined),
    );
    const pooled = await corpusWork(dirs.contentDir, workLexicons(loadLexicons(dirs.dataDir)), undefined, {
      threads: 2,
      poolFrom: 1,
    }).then(
      () => 'accepted',
      (e: Error) => (e instanceof ReportFileError ? e.message : `not a refusal: ${e.message}`),
    );
    expect(inThread).toMatch(/zz-bad\.md:\d+: field/);
    expect(refusalOf(() => readCorpus(dirs.contentDir))).toBe(inThread);
    expect(pooled).toBe(inThread);
  });
});

function refusalOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof ReportFileError ? e.message : `not a refusal: ${String(e)}`;
  }
  return 'accepted';
}

describe('the code version', () => {
  /** A copy of the source tree, with node_modules beside it for the packages' versions. */
  function sourceCopy(): string {
    const root = tempDir('src');
    cpSync('src', join(root, 'src'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    return root;
  }
  const entry = 'src/pipeline/work/report-work.ts';

  it('follows what the work imports, and only that', () => {
    const v = codeVersion(entry, '.');
    expect(v.files).toContain('src/pipeline/figures/extract.ts');
    expect(v.files).toContain('src/pipeline/corpus/report-file.ts');
    expect(v.files.some((f) => f.startsWith('src/charts/') || f.startsWith('src/pages/'))).toBe(false);
    expect(v.packages.some((p) => /^yaml@\d/.test(p))).toBe(true);
  });

  it('changes with a rule the work runs, not with code it never runs', () => {
    const root = sourceCopy();
    const before = codeVersion(entry, root).hash;
    expect(before).toBe(codeVersion(entry, '.').hash);
    writeFileSync(join(root, 'src/charts/limits.ts'), '// unrelated\n', { flag: 'a' });
    expect(codeVersion(entry, root).hash).toBe(before);
    const rule = join(root, 'src/pipeline/figures/kind.ts');
    writeFileSync(rule, '// a rule edited\n', { flag: 'a' });
    expect(codeVersion(entry, root).hash).not.toBe(before);
  });

  it('a changed rule answers nothing from the cache', () => {
    const root = sourceCopy();
    const workCache = tempDir('cache');
    const lexicons = workLexicons(loadLexicons('data'));
    const first = corpusWorkSync(resolve('content/reports'), lexicons, undefined, { root, cacheDir: workCache });
    expect(first.done).toBe(first.works.length);
    expect(corpusWorkSync(resolve('content/reports'), lexicons, undefined, { root, cacheDir: workCache }).done).toBe(0);
    writeFileSync(join(root, 'src/pipeline/figures/units.ts'), '// a rule edited\n', { flag: 'a' });
    expect(corpusWorkSync(resolve('content/reports'), lexicons, undefined, { root, cacheDir: workCache }).cached).toBe(
      0,
    );
  });
});
