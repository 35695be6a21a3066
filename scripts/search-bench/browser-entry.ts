// Browser side of `npm run bench:search`: bundled into the benchmark page, it
// runs the engine (cold: a fresh engine per query, so every file is fetched;
// warm: the same engine again, files in memory) and the plain fuse.js
// baseline over the same paragraph records.
import Fuse from 'fuse.js';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine/engine.ts';
import { fetchLoader } from '../../src/search/engine/index-client.ts';
import { TYPING_DELAY_MS } from '../../src/search/ui/ui.ts';

interface FuseRecord {
  report: string;
  n: number;
  text: string;
}

let warmEngine: SearchEngine | null = null;
let fuzzy: Fuse<FuseRecord> | null = null;
let extended: Fuse<FuseRecord> | null = null;

const api = {
  /**
   * A first query as the search page runs it: the shards start loading on
   * input (engine.prefetch), the search itself when typing pauses
   * (TYPING_DELAY_MS later). Timed from the search's start, as the reader waits from there.
   */
  async coldTyped(q: string): Promise<{ ms: number }> {
    const engine = createSearchEngine(fetchLoader('/search-index/'));
    engine.prefetch(q);
    await new Promise((ok) => setTimeout(ok, TYPING_DELAY_MS));
    const t0 = performance.now();
    await engine.search({ q });
    return { ms: performance.now() - t0 };
  },
  /** A first query on a fresh engine: everything it needs is downloaded. */
  async cold(q: string): Promise<{ ms: number; total: number; near: number; top: string[] }> {
    const engine = createSearchEngine(fetchLoader('/search-index/'));
    const t0 = performance.now();
    const r = await engine.search({ q });
    const ms = performance.now() - t0;
    warmEngine = engine;
    return { ms, total: r.total, near: r.near, top: r.groups.slice(0, 3).map((g) => g.report) };
  },
  /** The same query again on the engine of the last cold run: its files are loaded. */
  async warm(q: string, runs: number): Promise<number[]> {
    if (!warmEngine) throw new Error('run cold() first');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await warmEngine.search({ q });
      times.push(performance.now() - t0);
    }
    return times;
  },
  async fuseLoad(): Promise<number> {
    const t0 = performance.now();
    const [records, index] = await Promise.all([
      fetch('/fuse/records.json').then((r) => r.json() as Promise<FuseRecord[]>),
      fetch('/fuse/index.json').then((r) => r.json()),
    ]);
    const parsed = Fuse.parseIndex<FuseRecord>(index);
    fuzzy = new Fuse(records, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 }, parsed);
    extended = new Fuse(records, { keys: ['text'], useExtendedSearch: true, ignoreLocation: true }, parsed);
    return performance.now() - t0;
  },
  /** Plain fuse.js: fuzzy mode, or extended search (`'phrase` = include-match). */
  fuseQuery(q: string, mode: 'fuzzy' | 'extended'): { ms: number; hits: number } {
    if (!fuzzy || !extended) throw new Error('run fuseLoad() first');
    const t0 = performance.now();
    const hits =
      mode === 'extended' ? extended.search(`'${q}`, { limit: 50 }).length : fuzzy.search(q, { limit: 50 }).length;
    return { ms: performance.now() - t0, hits };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = '1';
