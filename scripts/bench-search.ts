// `npm run bench:search -- --reports N`: builds a synthetic corpus of N
// reports from the real ones, indexes it, serves the index (gzip, no cache)
// and measures in headless Chromium: index build time, index size (raw and
// gzip), its file count, bytes a first query downloads (gzip, or as sent for
// a range request), and query latency — next to plain
// fuse.js over the same paragraph records where fuse.js still copes.
// Options: --reports N (1000) --fuzzy-max N (1000) --extended-max N (10000)
//          --warm-runs N (5) --out DIR (.cache/bench-search)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Fuse from 'fuse.js';
import { chromium } from 'playwright-core';
import { datasetDirs, loadDataset } from '../src/pipeline/dataset.ts';
import { buildSearchIndex } from '../src/search/build/build-index.ts';
import { searchCorpusFromSynthetic } from './search-bench/corpus.ts';
import { BENCH_QUERIES } from './search-bench/queries.ts';
import { median, p95 } from './search-bench/stats.ts';
import { serveDir } from '../tests/helpers/static-server.ts';
import { makeSyntheticReports } from './synthetic-corpus.ts';
import { TYPING_DELAY_MS } from '../src/search/ui/ui.ts';

const { values: opts } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    'fuzzy-max': { type: 'string', default: '1000' },
    'extended-max': { type: 'string', default: '10000' },
    'warm-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: '.cache/bench-search' },
  },
});
const N = Number(opts.reports);
const site = resolve(opts.out!, String(N));
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const ms = (t: number) => `${t.toFixed(1)} ms`;
const log = (...a: unknown[]) => console.log(...a);

/** What an index file is, by its folder: shards, big lists, text parts, entity shards, the rest. */
const kindOf = (path: string) => {
  const [folder = ''] = path.split('/');
  return { s: 'shards', l: 'lists', p: 'parts', e: 'entities' }[folder] ?? 'manifest+facets+t2s';
};

function writeAll(
  files: Map<string, Uint8Array | string>,
  dir: string,
  byKind?: Map<string, { raw: number; gzip: number }>,
): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const made = new Set<string>();
  for (const [path, data] of files) {
    const full = join(dir, path);
    const d = dirname(full);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    writeFileSync(full, bytes);
    const gz = gzipSync(bytes, { level: 6 }).length;
    raw += bytes.length;
    gzip += gz;
    if (byKind) {
      const k = byKind.get(kindOf(path)) ?? { raw: 0, gzip: 0 };
      k.raw += bytes.length;
      k.gzip += gz;
      byKind.set(kindOf(path), k);
    }
  }
  return { raw, gzip };
}

async function main() {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const seeds = loadDataset(datasetDirs(process.env));
  let t0 = performance.now();
  const reports = makeSyntheticReports(N, seeds.reports);
  const corpus = searchCorpusFromSynthetic(reports, seeds);
  const genMs = performance.now() - t0;
  const paragraphs = corpus.reports.reduce((s, r) => s + r.paragraphs.length, 0);
  const chars = corpus.reports.reduce((s, r) => s + r.paragraphs.reduce((a, p) => a + p.text.length, 0), 0);
  log(
    `corpus: ${N} synthetic reports from ${seeds.reports.length} real ones, ${paragraphs} paragraphs, ${(chars / 1e6).toFixed(1)} M characters (generated in ${ms(genMs)})`,
  );

  t0 = performance.now();
  const index = buildSearchIndex(corpus);
  const buildMs = performance.now() - t0;
  t0 = performance.now();
  const byKind = new Map<string, { raw: number; gzip: number }>();
  const size = writeAll(index.files, join(site, 'search-index'), byKind);
  const writeMs = performance.now() - t0;
  log(
    `index: built in ${ms(buildMs)} (+ ${ms(writeMs)} writing and gzip-measuring ${index.files.size} files); ${JSON.stringify(index.stats)}`,
  );
  log(
    `index size: ${mb(size.raw)} raw, ${mb(size.gzip)} gzip — ${[...byKind].map(([k, v]) => `${k} ${mb(v.raw)} / ${mb(v.gzip)}`).join(', ')}`,
  );

  let fuseSize: { raw: number; gzip: number } | null = null;
  let fuseBuildMs = 0;
  if (N <= Number(opts['extended-max'])) {
    const records = corpus.reports.flatMap((r) => r.paragraphs.map((p) => ({ report: r.id, n: p.n, text: p.text })));
    t0 = performance.now();
    const fuseIndex = Fuse.createIndex(['text'], records);
    const files = new Map([
      ['records.json', JSON.stringify(records)],
      ['index.json', JSON.stringify(fuseIndex.toJSON())],
    ]);
    fuseBuildMs = performance.now() - t0;
    fuseSize = writeAll(files, join(site, 'fuse'));
    log(
      `plain fuse.js: ${records.length} paragraph records, index built in ${ms(fuseBuildMs)}, ${mb(fuseSize.raw)} raw, ${mb(fuseSize.gzip)} gzip`,
    );
  }

  await build({
    entryPoints: [resolve('scripts/search-bench/browser-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(site, 'bench.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><body><script src="/bench.js"></script></body>',
  );

  let sent = 0;
  const sentByKind = new Map<string, number>();
  const server = await serveDir(site, {
    gzip: true,
    noStore: true,
    onSent: (p, b) => {
      if (!p.startsWith('/search-index/')) return;
      sent += b;
      const k = kindOf(p.slice('/search-index/'.length));
      sentByKind.set(k, (sentByKind.get(k) ?? 0) + b);
    },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    type Bench = {
      cold(q: string): Promise<{ ms: number; total: number; near: number; top: string[] }>;
      coldTyped(q: string): Promise<{ ms: number }>;
      warm(q: string, runs: number): Promise<number[]>;
      fuseLoad(): Promise<number>;
      fuseQuery(q: string, mode: string): { ms: number; hits: number };
    };
    const call = <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ([f, a]) => {
          const bench = (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench;
          const run = bench[f as string];
          if (!run) throw new Error(`the bench page has no ${String(f)}`);
          return run(...(a as unknown[]));
        },
        [fn, args] as const,
      ) as Promise<T>;

    const rows: {
      q: string;
      kind: string;
      bytes: number;
      cold: number;
      typed: number;
      warm: number;
      total: number;
      near: number;
      top: string;
    }[] = [];
    const perKind = new Map<string, number[]>();
    for (const { q, kind } of BENCH_QUERIES) {
      sent = 0;
      sentByKind.clear();
      const cold = await call<Awaited<ReturnType<Bench['cold']>>>('cold', q);
      const bytes = sent;
      for (const k of ['manifest+facets+t2s', 'shards', 'lists', 'parts', 'entities'])
        perKind.set(k, [...(perKind.get(k) ?? []), sentByKind.get(k) ?? 0]);
      const warm = median(await call<number[]>('warm', q, Number(opts['warm-runs'])));
      const typed = (await call<{ ms: number }>('coldTyped', q)).ms;
      rows.push({
        q,
        kind,
        bytes,
        cold: cold.ms,
        typed,
        warm,
        total: cold.total,
        near: cold.near,
        top: cold.top.join(' '),
      });
    }
    log('\nquery                kind         first-query bytes   cold   cold+prefetch   warm    reports (near)');
    for (const r of rows)
      log(
        `${r.q.padEnd(14, '　').slice(0, 14)} ${r.kind.padEnd(12)} ${kb(r.bytes).padStart(10)} ${ms(r.cold).padStart(10)} ${ms(r.typed).padStart(10)} ${ms(r.warm).padStart(9)}   ${r.total} (${r.near})`,
      );

    const fuseRows: { q: string; fuzzy?: number; extended?: number }[] = [];
    let fuseLoadMs = 0;
    if (fuseSize) {
      fuseLoadMs = await call<number>('fuseLoad');
      for (const { q } of BENCH_QUERIES) {
        const row: (typeof fuseRows)[number] = { q };
        if (N <= Number(opts['fuzzy-max'])) row.fuzzy = (await call<{ ms: number }>('fuseQuery', q, 'fuzzy')).ms;
        row.extended = (await call<{ ms: number }>('fuseQuery', q, 'extended')).ms;
        fuseRows.push(row);
      }
    }

    const bytes = rows.map((r) => r.bytes);
    const summary = {
      reports: N,
      paragraphs,
      indexBuildMs: Math.round(buildMs),
      indexFiles: index.files.size,
      indexRawBytes: size.raw,
      indexGzipBytes: size.gzip,
      firstQueryGzipBytes: { median: median(bytes), p95: p95(bytes), max: Math.max(...bytes) },
      coldMs: { median: median(rows.map((r) => r.cold)), p95: p95(rows.map((r) => r.cold)) },
      coldAfterPrefetchMs: { median: median(rows.map((r) => r.typed)), p95: p95(rows.map((r) => r.typed)) },
      warmMs: { median: median(rows.map((r) => r.warm)), p95: p95(rows.map((r) => r.warm)) },
      fuse: fuseSize && {
        buildMs: Math.round(fuseBuildMs),
        rawBytes: fuseSize.raw,
        gzipBytes: fuseSize.gzip,
        loadMs: Math.round(fuseLoadMs),
        fuzzyMs:
          fuseRows[0]?.fuzzy === undefined
            ? null
            : { median: median(fuseRows.map((r) => r.fuzzy!)), p95: p95(fuseRows.map((r) => r.fuzzy!)) },
        extendedMs: { median: median(fuseRows.map((r) => r.extended!)), p95: p95(fuseRows.map((r) => r.extended!)) },
      },
    };
    writeFileSync(join(site, 'results.json'), JSON.stringify({ summary, rows, fuseRows }, null, 2));
    log(`\n== ${N} reports, ${BENCH_QUERIES.length} queries ==`);
    log(`                          bigram index (this engine)        plain fuse.js`);
    log(`index build               ${ms(buildMs).padEnd(34)}${fuseSize ? ms(fuseBuildMs) : 'not run'}`);
    log(
      `index total (raw / gzip)  ${`${mb(size.raw)} / ${mb(size.gzip)}`.padEnd(34)}${fuseSize ? `${mb(fuseSize.raw)} / ${mb(fuseSize.gzip)}` : '—'}`,
    );
    log(
      `first query downloads     ${`median ${kb(median(bytes))}, p95 ${kb(p95(bytes))}`.padEnd(34)}${fuseSize ? `${mb(fuseSize.gzip)} (everything)` : '—'}`,
    );
    log(`  of which (median)       ${[...perKind].map(([k, v]) => `${k} ${kb(median(v))}`).join(', ')}`);
    log(
      `latency, files loaded     ${`median ${ms(summary.warmMs.median)}, p95 ${ms(summary.warmMs.p95)}`.padEnd(34)}${summary.fuse ? `extended median ${ms(summary.fuse.extendedMs.median)}, p95 ${ms(summary.fuse.extendedMs.p95)}` : '—'}`,
    );
    if (summary.fuse?.fuzzyMs)
      log(`${''.padEnd(60)}fuzzy median ${ms(summary.fuse.fuzzyMs.median)}, p95 ${ms(summary.fuse.fuzzyMs.p95)}`);
    log(
      `latency incl. download    median ${ms(summary.coldMs.median)}, p95 ${ms(summary.coldMs.p95)} (localhost)${summary.fuse ? `   fuse load+parse ${ms(fuseLoadMs)}` : ''}`,
    );
    log(
      `  shards prefetched on input  median ${ms(summary.coldAfterPrefetchMs.median)}, p95 ${ms(summary.coldAfterPrefetchMs.p95)} (search started ${TYPING_DELAY_MS} ms after the prefetch, as the page does)`,
    );
    log(`index files               ${index.files.size}`);
    // The issues' budgets, stated for 10,000 reports.
    const budgets: [string, boolean][] = [
      [`first query ≤ 64 KB at p95 (${kb(p95(bytes))})`, p95(bytes) <= 64 * 1024],
      [`latency ≤ 30 ms p95 once loaded (${ms(summary.warmMs.p95)})`, summary.warmMs.p95 <= 30],
      [
        `cold first query ≤ 200 ms p95 with the input prefetch (${ms(summary.coldAfterPrefetchMs.p95)})`,
        summary.coldAfterPrefetchMs.p95 <= 200,
      ],
      [`index files ≤ 10,000 (${index.files.size})`, index.files.size <= 10_000],
      [`index build ≤ 60 s (${ms(buildMs)})`, buildMs <= 60_000],
    ];
    log(
      `budgets${N < 10_000 ? ' (set for 10,000 reports)' : ''}: ${budgets.map(([b, ok]) => `${ok ? '✓' : '✗'} ${b}`).join('; ')}`,
    );
    log(`results: ${join(site, 'results.json')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
