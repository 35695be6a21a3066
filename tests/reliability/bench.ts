// The build benchmark behind `npm run bench:build` (scripts/bench-build.ts)
// and tests/dist/reliability-bench.test.ts: writes a synthetic corpus of N
// reports (scripts/synthetic-corpus.ts: the real paragraphs recombined, other
// regions, years and numbers) as curated .md files beside the real reports
// (the site's curated comparisons name real reports), with a data folder
// whose regions.csv covers them, builds the site from it in isolation, and
// measures wall time, CPU time and peak memory of the build's process tree,
// pages built, dist/ size and mean page bytes, against the budgets.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { datasetDirs, loadDataset } from '../../src/pipeline/dataset.ts';
import type { Region } from '../../src/pipeline/types.ts';
import { buildSite } from './isolated-build.ts';
import {
  concentratedRegions,
  makeSyntheticReports,
  reportToMarkdown,
  worstCaseReports,
  type SyntheticReport,
} from '../../scripts/synthetic-corpus.ts';
import { compareDirs, formatDifference, isIdentical } from '../../scripts/check-determinism.ts';

export const BUDGETS: { reports: number; seconds: number; gb: number | null }[] = [
  { reports: 1000, seconds: 180, gb: 4 },
  { reports: 10000, seconds: 600, gb: 4 },
  { reports: 100000, seconds: 5400, gb: 16 },
];

/** Regions of the synthetic reports, with their province and city rows, for regions.csv. */
export function regionsFor(reports: SyntheticReport[]): Region[] {
  const out = new Map<string, Region>();
  for (const r of reports) {
    const g = r.meta.region;
    if (!g.code) continue;
    out.set(`${g.code.slice(0, 2)}0000`, {
      code: `${g.code.slice(0, 2)}0000`,
      name_zh: g.province,
      name_en: '',
      level: 'province',
      province: g.province,
      city: '',
    });
    // Below a prefecture (a county, a district, a county-level city): its city row, and the city named on it.
    const belowCity = !g.code.endsWith('00') && Boolean(g.city) && g.city !== g.province;
    if (belowCity) {
      const code = `${g.code.slice(0, 4)}00`;
      if (!out.has(code))
        out.set(code, { code, name_zh: g.city!, name_en: '', level: 'city', province: g.province, city: '' });
    }
    out.set(g.code, {
      code: g.code,
      name_zh: g.name,
      name_en: '',
      level: g.level ?? 'county',
      province: g.province,
      city: belowCity ? g.city! : '',
    });
  }
  return [...out.values()];
}

/** Writes the corpus (content/*.md) and a data folder (data/*.csv, regions extended); returns character count. */
export function writeCorpus(
  reports: SyntheticReport[],
  root: string,
): { contentDir: string; dataDir: string; chars: number } {
  const contentDir = join(root, 'content');
  const dataDir = join(root, 'data');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  let chars = 0;
  for (const r of reports) {
    writeFileSync(join(contentDir, `${r.meta.id}.md`), reportToMarkdown(r));
    chars += r.body.length;
  }
  for (const f of readdirSync('content/reports').filter((n) => n.endsWith('.md')))
    copyFileSync(join('content/reports', f), join(contentDir, f));
  for (const f of readdirSync('data').filter((n) => n.endsWith('.csv') || n === 'CHANGELOG.md'))
    copyFileSync(join('data', f), join(dataDir, f));
  const real = Papa.parse<Record<string, string>>(readFileSync('data/regions.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const known = new Set(real.data.map((r) => r.code));
  const extra = regionsFor(reports).filter((r) => !known.has(r.code));
  const columns = real.meta.fields ?? ['code', 'name_zh', 'name_en', 'level', 'province', 'city'];
  writeFileSync(
    join(dataDir, 'regions.csv'),
    Papa.unparse({
      fields: columns,
      data: [...real.data, ...extra].map((r) => columns.map((c) => (r as Record<string, string>)[c] ?? '')),
    }) + '\n',
  );
  return { contentDir, dataDir, chars };
}

export interface TreeSample {
  /** Resident memory of the process and all its descendants, in bytes. */
  rss: number;
  /** CPU seconds (user + system) so far, per process of the tree. */
  cpu: Map<number, number>;
}

/** Samples a process tree from Linux /proc: memory now, CPU time so far. */
export function sampleTree(root: number): TreeSample {
  const parent = new Map<number, number>();
  const cpuOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      cpuOf.set(Number(name), (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (inTree.has(pid) || !inTree.has(ppid)) continue;
      inTree.add(pid);
      grew = true;
    }
  }
  let rss = 0;
  const cpu = new Map<number, number>();
  for (const pid of inTree) {
    if (cpuOf.has(pid)) cpu.set(pid, cpuOf.get(pid)!);
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) rss += Number(m[1]) * 1024;
    } catch {
      // gone
    }
  }
  return { rss, cpu };
}

export function siteStats(dir: string): { files: number; bytes: number; pages: number; pageBytes: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  let pageBytes = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const size = statSync(join(d.parentPath, d.name)).size;
    files += 1;
    bytes += size;
    if (d.name.endsWith('.html')) {
      pages += 1;
      pageBytes += size;
    }
  }
  return { files, bytes, pages, pageBytes };
}

/**
 * Pages that gather from many reports, and the files every comparison or
 * search loads: their size must not grow with the corpus. `max` is the
 * budget in bytes, the same at 1,000 reports and at 10,000; the search facets
 * are the one index that grows, by a fixed few bytes a report (`perReport`).
 */
export const AGGREGATE_PAGES: { name: string; glob: RegExp; max?: number; perReport?: number }[] = [
  { name: 'home', glob: /^index\.html$/, max: 700_000 },
  { name: 'largest region page', glob: /^regions\/[^/]+\/index\.html$/, max: 700_000 },
  { name: 'largest report page (or continuation)', glob: /^reports\/[^/]+\/(?:\d+\/)?index\.html$/, max: 700_000 },
  { name: 'largest embed page', glob: /^embed\/[^/]+\/index\.html$/, max: 600_000 },
  { name: 'largest theme page', glob: /^themes\/[^/]+\/index\.html$/, max: 500_000 },
  { name: 'largest indicator page', glob: /^indicators\/[^/]+\/index\.html$/, max: 2_500_000 },
  { name: 'compare page', glob: /^compare\/index\.html$/, max: 100_000 },
  { name: 'compare vocabulary (every comparison)', glob: /^compare-data\/meta\/vocabulary\.json$/, max: 30_000 },
  { name: 'search facets (every finder or search)', glob: /^search-index\/facets\.bin$/, perReport: 10 },
  { name: 'search manifest (every finder or search)', glob: /^search-index\/manifest\.json$/, max: 50_000 },
];

/** The largest file matching each aggregate page pattern, with its path and its budget for `reports` reports. */
export function aggregateSizes(
  dir: string,
  reports: number,
): { name: string; file: string; bytes: number; max: number }[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return AGGREGATE_PAGES.map(({ name, glob, max, perReport }) => {
    let best = { name, file: '', bytes: 0, max: max ?? (perReport ?? 0) * reports };
    for (const f of files) {
      if (!glob.test(f.split('\\').join('/'))) continue;
      const bytes = statSync(join(dir, f)).size;
      if (bytes > best.bytes) best = { ...best, file: f, bytes };
    }
    return best;
  });
}

export interface BenchOptions {
  reports: number;
  seed?: number;
  /** Where the corpus, the build log and result.json go (default .cache/bench-build). */
  out?: string;
  /** A larger heap for the build's Node. */
  heapMb?: number;
  /** Keep the built site (it is removed by default: about 0.4 GB per 1,000 reports). */
  keep?: boolean;
  /**
   * Then change the text of this many synthetic reports and build again on the
   * warm caches (report work, cards, Astro's incremental build), then once more
   * from nothing, and compare the two outputs byte for byte.
   */
  changed?: number;
  /** Astro's incremental build (on by default; off keeps no second copy of the output: a 100,000-report site is tens of GB). */
  incremental?: boolean;
}

/** A part of the build, from its log: how long, the peak memory of the build's process tree while it ran. */
export interface Stage {
  name: string;
  ms: number;
  peakBytes: number;
  /** Paths written in it (a route's stage). */
  files: number;
}

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  cpuSeconds: number;
  peakBytes: number;
  stages: Stage[];
  /** The reliability integration's own log lines (its timings). */
  checks: string[];
  /** Pages Astro restored from its incremental cache rather than rendered. */
  restored: number;
  log: string;
  output: string;
}

export interface BenchResult extends Omit<BuildRun, 'output'> {
  reports: number;
  chars: number;
  pages: number;
  htmlPages: number;
  files: number;
  distBytes: number;
  meanPageBytes: number;
  /** The largest page of each aggregate kind (AGGREGATE_PAGES), with its budget. */
  aggregates: { name: string; file: string; bytes: number; max: number }[];
  /** The budget for this many reports, and what was missed; null when there is none. */
  budget: { seconds: number; gb: number | null; missed: string[] } | null;
  /** With `changed`: the rebuild after the change, and whether its output equals a clean build's. */
  rebuild?: {
    changed: string[];
    run: Omit<BuildRun, 'output'>;
    budget: { seconds: number; missed: string[] } | null;
    identical: boolean;
    difference: string;
    clean: Omit<BuildRun, 'output'>;
  };
}

/** Stage names by the first segment of a route's path. */
const stageOf = (path: string) => `render /${path.replace(/^\//, '').split('/')[0]}`;

interface MeasureOptions {
  contentDir: string;
  dataDir: string;
  outDir: string;
  /** Astro's cache folder (kept: its incremental cache), the report-work cache and the card cache. */
  astroCache: string;
  workCache: string;
  cardCache: string;
  heapMb?: number;
  incremental: boolean;
  log: string;
}

/** One build, measured: wall and CPU time, the peak memory of its process tree, per stage. */
export async function measuredBuild(o: MeasureOptions): Promise<BuildRun> {
  let peak = 0;
  const cpu = new Map<number, number>();
  let timer: NodeJS.Timeout | undefined;
  const stages: Stage[] = [];
  const t0 = performance.now();
  let stage: Stage & { t: number } = {
    name: 'start, corpus check: read, work, curation, index',
    ms: 0,
    peakBytes: 0,
    files: 0,
    t: t0,
  };
  const enter = (name: string) => {
    if (stage.name === name) return;
    const now = performance.now();
    stages.push({ name: stage.name, ms: Math.round(now - stage.t), peakBytes: stage.peakBytes, files: stage.files });
    stage = { name, ms: 0, peakBytes: 0, files: 0, t: now };
  };
  let pending = '';
  const onOutput = (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('reports valid')) enter('vite: bundle the site');
      else if (line.includes('generating static routes'))
        enter("paths: every route's getStaticPaths (search index, charts, cards)");
      else if (/✓ Completed in/.test(line) && stage.name.startsWith('render'))
        enter('after: write, no-silent-loss and markup checks');
      for (const [, file = ''] of line.matchAll(/├─ (\S+)/g)) {
        enter(stageOf(file));
        stage.files += 1;
      }
    }
  };
  const build = await buildSite({
    contentDir: o.contentDir,
    dataDir: o.dataDir,
    outDir: o.outDir,
    cacheDir: o.astroCache,
    timeoutMs: 4 * 3600_000,
    env: {
      ATLAS_CARD_CACHE: o.cardCache,
      ATLAS_REPORT_CACHE: o.workCache,
      ATLAS_INCREMENTAL: o.incremental ? 'on' : 'off',
      ...(o.heapMb
        ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${o.heapMb}`.trim() }
        : {}),
    },
    onOutput,
    onSpawn: (pid) => {
      timer = setInterval(() => {
        const sample = sampleTree(pid);
        peak = Math.max(peak, sample.rss);
        stage.peakBytes = Math.max(stage.peakBytes, sample.rss);
        for (const [p, seconds] of sample.cpu) cpu.set(p, Math.max(cpu.get(p) ?? 0, seconds));
      }, 250);
    },
  });
  clearInterval(timer);
  enter('(end)');
  writeFileSync(o.log, build.output);
  return {
    ok: build.ok,
    wallMs: Math.round(performance.now() - t0),
    cpuSeconds: Math.round([...cpu.values()].reduce((a, b) => a + b, 0)),
    peakBytes: peak,
    stages,
    checks: build.output
      .split('\n')
      .filter((l) => l.includes('[atlas-reliability]'))
      .map((l) => l.replace(/^.*\[atlas-reliability\] /, '')),
    restored: (build.output.match(/\((?:restored|cached)\)/g) ?? []).length,
    log: o.log,
    output: build.output,
  };
}

/** The rebuild budget after one changed report (the curator's wait): 10,000 reports ≤ 2 min. */
export const REBUILD_BUDGETS: { reports: number; seconds: number }[] = [{ reports: 10000, seconds: 120 }];

/**
 * A text change a curator might make: a sentence with a new figure added to
 * the end of each of the first `n` synthetic reports. Returns their ids.
 */
export function changeReports(contentDir: string, n: number): string[] {
  const files = readdirSync(contentDir)
    .filter((f) => f.startsWith('syn-'))
    .sort()
    .slice(0, n);
  files.forEach((f, i) => {
    const path = join(contentDir, f);
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8').trimEnd()}\n\n全年新增高新技术企业${17 + i}家，技术合同成交额增长${(12.5 + i).toFixed(1)}%。\n`,
    );
  });
  return files.map((f) => f.replace(/\.md$/, ''));
}

const withoutOutput = ({ output: _, ...run }: BuildRun): Omit<BuildRun, 'output'> => run;

/** Regions every other synthetic report falls on: 1,000 of 2,000 reports on 22 regions, as the adversarial battery found worst. */
export const CONCENTRATED_REGIONS = 22;

/**
 * The benchmark's corpus: N synthetic reports, every other one on one of
 * CONCENTRATED_REGIONS regions (many figures of one indicator in one region),
 * plus the worst cases one file can hold (a 5,000-paragraph report, a
 * 200,000-character paragraph, scripts/synthetic-corpus.ts worstCaseReports).
 */
export function benchReports(
  n: number,
  seeds: Parameters<typeof makeSyntheticReports>[1],
  seed?: number,
): SyntheticReport[] {
  const concentrated = { regions: concentratedRegions(CONCENTRATED_REGIONS, seed), every: 2 };
  return [
    ...makeSyntheticReports(n, seeds, { ...(seed === undefined ? {} : { seed }), concentrated }),
    ...worstCaseReports(seeds),
  ];
}

export async function benchBuild(opts: BenchOptions): Promise<BenchResult> {
  const n = opts.reports;
  if (!Number.isInteger(n) || n < 1) throw new Error(`reports ${n}: not a positive whole number`);
  const root = resolve(opts.out ?? '.cache/bench-build', String(n));
  const seeds = loadDataset(datasetDirs(process.env)).reports;
  const reports = benchReports(n, seeds, opts.seed);
  const { contentDir, dataDir, chars } = writeCorpus(reports, join(root, 'input'));
  const outDir = join(root, 'dist');
  const caches = {
    astroCache: join(root, 'astro-cache'),
    workCache: join(root, 'report-work'),
    cardCache: join(root, 'cards'),
  };
  // A cold build: nothing from an earlier run's caches (report work, cards, pages).
  for (const dir of [outDir, ...Object.values(caches)]) rmSync(dir, { recursive: true, force: true });
  const incremental = opts.incremental ?? true;
  const common = { contentDir, dataDir, heapMb: opts.heapMb, incremental };
  const run = await measuredBuild({ ...common, ...caches, outDir, log: join(root, 'build.log') });
  const s = run.ok ? siteStats(outDir) : { files: 0, bytes: 0, pages: 0, pageBytes: 0 };
  const spec = BUDGETS.find((b) => b.reports === n);
  const aggregates = run.ok ? aggregateSizes(outDir, n + seeds.length) : [];
  const oversized = aggregates.filter((a) => a.bytes > a.max).map((a) => `size of ${a.name}`);
  const result: BenchResult = {
    reports: n,
    chars,
    ...withoutOutput(run),
    pages: Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? s.pages),
    htmlPages: s.pages,
    files: s.files,
    distBytes: s.bytes,
    meanPageBytes: Math.round(s.pageBytes / Math.max(1, s.pages)),
    aggregates,
    budget: spec
      ? {
          seconds: spec.seconds,
          gb: spec.gb,
          missed: [
            run.wallMs / 1000 <= spec.seconds ? '' : 'time',
            spec.gb === null || run.peakBytes <= spec.gb * 1024 ** 3 ? '' : 'memory',
            ...oversized,
          ].filter(Boolean),
        }
      : oversized.length
        ? { seconds: Infinity, gb: null, missed: oversized }
        : null,
  };
  if (run.ok && opts.changed) {
    const changed = changeReports(contentDir, opts.changed);
    const again = await measuredBuild({ ...common, ...caches, outDir, log: join(root, 'rebuild.log') });
    // The determinism check: the same changed corpus built from nothing, compared byte for byte.
    const cleanDir = join(root, 'dist-clean');
    const fresh = {
      astroCache: join(root, 'clean-astro-cache'),
      workCache: join(root, 'clean-report-work'),
      cardCache: join(root, 'clean-cards'),
    };
    for (const dir of [cleanDir, ...Object.values(fresh)]) rmSync(dir, { recursive: true, force: true });
    const clean = await measuredBuild({
      ...common,
      ...fresh,
      incremental: false,
      outDir: cleanDir,
      log: join(root, 'clean.log'),
    });
    const diff = again.ok && clean.ok ? compareDirs(outDir, cleanDir) : null;
    const rebuildSpec = REBUILD_BUDGETS.find((b) => b.reports === n);
    result.rebuild = {
      changed,
      run: withoutOutput(again),
      budget: rebuildSpec
        ? { seconds: rebuildSpec.seconds, missed: again.wallMs / 1000 <= rebuildSpec.seconds ? [] : ['time'] }
        : null,
      identical: diff !== null && isIdentical(diff),
      difference: diff ? formatDifference(diff) : 'a build failed',
      clean: withoutOutput(clean),
    };
    for (const dir of [cleanDir, ...Object.values(fresh)]) rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(join(root, 'result.json'), JSON.stringify({ ...result, log: undefined }, null, 2));
  for (const dir of Object.values(caches)) rmSync(dir, { recursive: true, force: true });
  if (!opts.keep) rmSync(outDir, { recursive: true, force: true });
  return result;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const size = (b: number) =>
  b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} KB`;

/** The stages of a build: time and peak memory each, the longest routes alone, the rest summed. */
function formatStages(run: Omit<BuildRun, 'output'>): string[] {
  return run.stages
    .filter((st) => st.ms >= 500 || st.peakBytes >= run.peakBytes * 0.9)
    .map(
      (st) =>
        `    ${st.name.padEnd(72)} ${secs(st.ms).padStart(9)}  peak ${size(st.peakBytes).padStart(8)}${st.files ? `  ${st.files} files` : ''}`,
    );
}

function formatRun(r: Omit<BuildRun, 'output'>, reports: number): string[] {
  return [
    `  wall time         ${secs(r.wallMs)} (${(r.wallMs / reports).toFixed(0)} ms per report)`,
    `  CPU time          ${r.cpuSeconds} s (user + system, build process tree; wall time well above it means a busy machine)`,
    `  peak memory       ${size(r.peakBytes)} (resident, build process tree)`,
    ...(r.restored ? [`  restored          ${r.restored} paths from the incremental build cache`] : []),
    `  stages (time, peak resident memory of the build's process tree while it ran):`,
    ...formatStages(r),
  ];
}

export function formatBench(r: BenchResult): string {
  if (!r.ok) return `the build of ${r.reports} reports failed after ${secs(r.wallMs)} (log: ${r.log})`;
  const lines = [
    `bench:build: ${r.reports} synthetic reports (${(r.chars / 1e6).toFixed(1)} M characters) beside the real ones`,
    ...formatRun(r, r.reports),
    `  pages built       ${r.pages} (${r.htmlPages} HTML pages)`,
    `  dist/ size        ${size(r.distBytes)} in ${r.files} files`,
    `  mean page bytes   ${size(r.meanPageBytes)}`,
    `  aggregate pages (largest of each kind):`,
    ...r.aggregates.map(
      (a) =>
        `    ${a.name.padEnd(46)} ${size(a.bytes).padStart(9)} ${a.bytes <= a.max ? '≤' : '✗ >'} ${size(a.max).padStart(9)}  ${a.file}`,
    ),
    `  reliability checks:`,
    ...r.checks.map((c) => `    ${c}`),
  ];
  if (r.budget) {
    const limits = [
      Number.isFinite(r.budget.seconds) ? `≤ ${r.budget.seconds / 60} min` : '',
      r.budget.gb ? `≤ ${r.budget.gb} GB` : '',
      'aggregate pages within their sizes',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  budget            ${r.reports} reports: ${limits} → ${r.budget.missed.length ? `MISSED (${r.budget.missed.join(' and ')})` : 'met'}`,
    );
  }
  if (r.rebuild) {
    const b = r.rebuild;
    lines.push(
      `rebuild after ${b.changed.length} changed report(s) (${b.changed.slice(0, 3).join(', ')}${b.changed.length > 3 ? ' …' : ''}), on the warm caches:`,
      ...(b.run.ok ? formatRun(b.run, r.reports) : [`  the rebuild failed (log: ${b.run.log})`]),
      ...b.run.checks.map((c) => `    ${c}`),
      `  determinism       the rebuild's output ${b.identical ? 'equals' : 'DIFFERS FROM'} a clean build of the changed corpus byte for byte (clean build: ${secs(b.clean.wallMs)}, peak ${size(b.clean.peakBytes)})`,
      ...(b.identical ? [] : [b.difference]),
    );
    if (b.budget)
      lines.push(
        `  budget            rebuild ≤ ${b.budget.seconds / 60} min → ${b.budget.missed.length ? 'MISSED (time)' : 'met'}`,
      );
  }
  return lines.join('\n');
}

/** True when the run missed nothing: the build, its budget, the rebuild's budget and its determinism. */
export function benchPassed(r: BenchResult): boolean {
  return (
    r.ok &&
    !r.budget?.missed.length &&
    (!r.rebuild || (r.rebuild.run.ok && r.rebuild.identical && !r.rebuild.budget?.missed.length))
  );
}
