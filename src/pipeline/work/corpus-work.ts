// Every report's work for a corpus folder: taken from the cache when its key
// is there, else done — in a pool of worker threads (tinypool, one per core)
// when there are many, in this thread when there are few or no pool can be
// had — and stored. Then the checks that need the whole folder (no duplicate
// id, file name = id, regions as data/regions.csv has them) run over the
// reports, cached or not, so a cached build refuses exactly what a clean one
// does. The result is in folder order whatever did the work.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import Tinypool from 'tinypool';
import type { Region } from '../types.ts';
import { checkFolder, checkRegions, displayPath, reportFiles } from '../corpus/read-corpus.ts';
import { ReportFileError, rememberFieldLines } from '../corpus/report-file.ts';
import { codeVersion } from './code-version.ts';
import { openReportCache, readWork, workKey, workVersion, type ReportCache } from './report-cache.ts';
import type { ReportWork, WorkLexicons } from './report-work.ts';
import { compactWork, type StringPool } from './compact.ts';
import { workOf, type WorkResult, type WorkTask } from './worker.ts';
import { itemAt } from '../lists.ts';

/** The module whose code (with all it imports) is the version of a report's work, and the pool's worker, from the project root. */
export const WORK_ENTRY = 'src/pipeline/work/report-work.ts';
const WORKER = 'src/pipeline/work/worker.ts';
/** Files per task: enough to make a task's lexicons and messages cheap. */
const BATCH = 32;
/** Below this many reports to do, starting threads costs more than it saves. */
const IN_THREAD = 64;

export interface WorkOptions {
  /** The project root: where the code is hashed from and the worker is found (the working folder by default). */
  root?: string;
  /** The cache folder; none, nothing is read from or written to a cache. */
  cacheDir?: string | null;
  /** Worker threads at most (default: one per core); 0 does all the work in this thread. */
  threads?: number;
  /** Fewer reports to do than this are done in this thread (default 64: starting threads costs more). */
  poolFrom?: number;
}

export interface CorpusWork {
  works: ReportWork[];
  /** Reports taken from the cache, and done now. */
  cached: number;
  done: number;
}

interface Plan {
  files: WorkTask['files'];
  works: (ReportWork | undefined)[];
  cache: ReportCache | null;
}

/**
 * This code's version, or null when its source is not under `root` (then
 * nothing is cached: a stale entry could not be told). Read at every load
 * (a few milliseconds), so a long-lived process sees an edit.
 */
function codeHashAt(root: string): string | null {
  return readable(resolve(root, WORK_ENTRY)) ? codeVersion(WORK_ENTRY, root).hash : null;
}

function readable(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

function plan(contentDir: string, lexicons: WorkLexicons, options: WorkOptions): Plan {
  const root = options.root ?? process.cwd();
  const code = options.cacheDir ? codeHashAt(root) : null;
  const cache = options.cacheDir && code ? openReportCache(options.cacheDir, workVersion(lexicons, code)) : null;
  const files = reportFiles(contentDir).map((path) => ({ path, file: displayPath(path), key: null as string | null }));
  const works = files.map((f) => {
    if (!cache) return undefined;
    f.key = workKey(cache, f.file, readFileSync(f.path));
    return readWork(cache, f.key);
  });
  return { files, works, cache };
}

/** The works in folder order, the first refusal in folder order thrown, then the folder's checks. */
function finish(p: Plan, results: Map<number, WorkResult>, regions: readonly Region[] | undefined): CorpusWork {
  const works: ReportWork[] = [];
  const pool: StringPool = new Map();
  p.works.forEach((cached, i) => {
    const r = cached ? { work: cached } : results.get(i)!;
    if ('refused' in r) throw new ReportFileError(r.refused.file, r.refused.line, r.refused.field, r.refused.message);
    works.push(compactWork(r.work, pool));
  });
  const reports = works.map((w) => w.report);
  const check = () => {
    checkFolder(reports);
    if (regions) checkRegions(reports, regions);
  };
  try {
    check();
  } catch (e) {
    if (!(e instanceof ReportFileError)) throw e;
    // Refused: the checks again, with every report's field lines, so the refusal names the exact line.
    for (const w of works) rememberFieldLines(w.report, w.fieldLines);
    check();
    throw e;
  }
  // The field lines serve only a refusal: not kept for the build.
  for (const w of works) w.fieldLines = [];
  return { works, cached: p.works.filter(Boolean).length, done: results.size };
}

const missing = (p: Plan) => p.works.flatMap((w, i) => (w ? [] : [i]));

/** Every report's work, in this thread (the CLIs, tests, the dev server). */
export function corpusWorkSync(
  contentDir: string,
  lexicons: WorkLexicons,
  regions: readonly Region[] | undefined,
  options: WorkOptions = {},
): CorpusWork {
  const p = plan(contentDir, lexicons, options);
  const results = new Map(missing(p).map((i) => [i, workOf(itemAt(p.files, i, 'report file'), lexicons, p.cache)]));
  return finish(p, results, regions);
}

/** Every report's work, the reports not cached done in worker threads when there are enough of them. */
export async function corpusWork(
  contentDir: string,
  lexicons: WorkLexicons,
  regions: readonly Region[] | undefined,
  options: WorkOptions = {},
): Promise<CorpusWork> {
  const p = plan(contentDir, lexicons, options);
  const todo = missing(p);
  const worker = resolve(options.root ?? process.cwd(), WORKER);
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(todo.length / BATCH));
  const results = new Map<number, WorkResult>();
  if (todo.length < (options.poolFrom ?? IN_THREAD) || threads < 1 || !readable(worker)) {
    for (const i of todo) results.set(i, workOf(itemAt(p.files, i, 'report file'), lexicons, p.cache));
    return finish(p, results, regions);
  }
  const pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads });
  try {
    const batches: number[][] = [];
    for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const task: WorkTask = { files: batch.map((i) => itemAt(p.files, i, 'report file')), lexicons, cache: p.cache };
        const out = (await pool.run(task)) as WorkResult[];
        batch.forEach((i, k) => results.set(i, itemAt(out, k, 'work result')));
      }),
    );
  } finally {
    await pool.destroy();
  }
  return finish(p, results, regions);
}
