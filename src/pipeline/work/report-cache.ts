// Each report's work (report-work.ts) kept on disk, keyed by a hash of the
// report file's bytes and name, the lexicons its work reads and the version
// of the code that does it (code-version.ts). A key names everything the
// result depends on, so a cached result is never stale: change one report
// and only its key changes; change a lexicon, a rule or a library and every
// key does. Entries live in a folder per version (lexicons + code) and only
// the newest few folders are kept. Each entry repeats its key and is checked
// on reading; a torn, foreign or unreadable entry is a miss, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReportWork, WorkLexicons } from './report-work.ts';

/** Bumped when the entry format changes. */
const FORMAT = 'atlas-report-work-1';
/** Version folders kept (a lexicon edited back and forth, a branch switched). */
const KEEP_VERSIONS = 3;

export interface ReportCache {
  /** The version folder: lexicons and code. */
  dir: string;
  version: string;
}

/** The version of every entry made with these lexicons by this code. */
export function workVersion(lexicons: WorkLexicons, codeHash: string): string {
  return createHash('sha256')
    .update(`${FORMAT}\n${codeHash}\n`)
    .update(JSON.stringify(lexicons))
    .digest('hex')
    .slice(0, 24);
}

/** The cache of this version under `root`, made if missing; older version folders beyond the newest few removed. */
export function openReportCache(root: string, version: string): ReportCache {
  const dir = join(root, version);
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  utimesSync(dir, now, now);
  const versions = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== version)
    .map((d) => ({ name: d.name, t: statSync(join(root, d.name)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const old of versions.slice(KEEP_VERSIONS - 1)) rmSync(join(root, old.name), { recursive: true, force: true });
  return { dir, version };
}

/** The key of one report file's work: its name (messages carry it) and its bytes, under the cache's version. */
export function workKey(cache: ReportCache, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(`${cache.version}\0${file}\0`).update(bytes).digest('hex');
}

/** Where the entry of `key` lies. */
export const entryPath = (cache: ReportCache, key: string) => join(cache.dir, key.slice(0, 2), `${key}.bin`);

/** The cached work under `key`, or undefined (absent, torn, or not this key's). */
export function readWork(cache: ReportCache, key: string): ReportWork | undefined {
  let entry: { key: string; work: ReportWork };
  try {
    entry = deserialize(readFileSync(entryPath(cache, key))) as { key: string; work: ReportWork };
  } catch {
    return undefined;
  }
  return entry && entry.key === key && entry.work ? entry.work : undefined;
}

/** Stores a report's work; written aside then renamed, so a build stopped mid-write leaves no torn entry. */
export function writeWork(cache: ReportCache, key: string, work: ReportWork): void {
  const file = entryPath(cache, key);
  mkdirSync(join(cache.dir, key.slice(0, 2)), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, serialize({ key, work }));
  renameSync(tmp, file);
}
