// The site built from the bad-input fixtures that must build (hostile HTML,
// masked-only, traditional, CRLF+BOM, a 1 MB report), the real reports, and
// copies of real reports moved to other years (multi-year.ts).
// Built once per input state: the build goes to .cache/reliability/, keyed by
// a hash of everything that shapes it, so the bad-input test and the browser
// security test share one build.
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { BUILD_CASES, caseDir } from './bad-cases.ts';
import { buildSite, type BuildResult } from './isolated-build.ts';
import { writeLargeReport } from './large-report.ts';
import { writeHostileSources } from './hostile-sources.ts';
import { writeMultiYearReports } from './multi-year.ts';

const REAL = 'content/reports';

const ROOT = '.cache/reliability';
const INPUTS = [
  'src',
  'data',
  'public',
  'tests/fixtures/bad',
  'tests/reliability',
  'content/sources',
  'astro.config.mjs',
  'package-lock.json',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A hash of every file that shapes the fixture build. */
export function inputsHash(extra: string[] = []): string {
  const h = createHash('sha256');
  for (const f of [...INPUTS, ...extra].flatMap(filesUnder)) {
    h.update(f);
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

/** Writes the fixture corpus (the real reports + cases that must build + the 1 MB report) into `dir`. */
export function writeFixtureCorpus(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (const c of BUILD_CASES) {
    for (const f of readdirSync(caseDir(c.name))) copyFileSync(join(caseDir(c.name), f), join(dir, f));
    ids.push(...c.ids);
  }
  writeLargeReport(dir);
  for (const f of readdirSync(REAL).filter((n) => n.endsWith('.md'))) copyFileSync(join(REAL, f), join(dir, f));
  return ids;
}

/**
 * A chart id published once and no longer drawn, as a rule change leaves it:
 * recorded live with the series of a chart the corpus draws under another id.
 * The fixture site must keep its embed, oEmbed and download addresses working.
 */
export const RETIRED_CHART = {
  id: 'indicator-high_tech_enterprises-renamed-by-a-rule-dots',
  series: 'high_tech_enterprises|stock|-|actual|count',
  title_zh: '高新技术企业 · 存量（旧名）：各地各年',
  title_en: 'High-tech enterprises · stock (old name): by region and year',
};

/** The repository's data folder with RETIRED_CHART added to the published record. */
function writeFixtureData(dir: string): void {
  cpSync('data', dir, { recursive: true });
  const r = RETIRED_CHART;
  appendFileSync(join(dir, 'published', 'charts.csv'), `${r.id},live,,${r.series},${r.title_zh},${r.title_en},1.0.0\n`);
}

export interface FixtureSite {
  outDir: string;
  build: BuildResult;
}

/** Builds the fixture site unless a build of the same inputs exists; the build log is kept beside it. */
export async function fixtureSite(): Promise<FixtureSite> {
  const home = join(ROOT, `fixtures-${inputsHash([REAL])}`);
  const outDir = join(home, 'dist');
  const logFile = join(home, 'build.json');
  if (existsSync(logFile)) return { outDir, build: JSON.parse(readFileSync(logFile, 'utf8')) as BuildResult };
  if (existsSync(ROOT))
    for (const old of readdirSync(ROOT))
      if (old.startsWith('fixtures-')) rmSync(join(ROOT, old), { recursive: true, force: true });
  const contentDir = join(home, 'content');
  const dataDir = join(home, 'data');
  writeFixtureCorpus(contentDir);
  writeFixtureData(dataDir);
  // Regions with several years (新沂 2021–2023, 宁波 约2012 and 2014): the series view's lines.
  writeMultiYearReports(contentDir, dataDir);
  // Beside the reports, as content/sources is: the build reads it from there.
  writeHostileSources(join(home, 'sources'));
  const build = await buildSite({ contentDir, outDir, dataDir });
  if (build.ok) writeFileSync(logFile, JSON.stringify(build));
  return { outDir, build };
}
