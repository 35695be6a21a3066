// Build time: the search index for a corpus, cached on disk by content hash
// (.cache/search-index/<hash>.bin), so a site rebuild with unchanged reports
// does not index again. The cache file is all index files in one blob:
// repeated [varint path length, path, varint data length, data].
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex, corpusHash, type BuildOptions } from './build-index.ts';
import { ByteReader, ByteWriter } from '../engine/postings.ts';
import type { SearchCorpus } from '../engine/types.ts';

const utf8 = new TextEncoder();
const utf8Decode = new TextDecoder();

export function packFiles(files: Map<string, Uint8Array>): Uint8Array {
  const w = new ByteWriter();
  for (const [path, data] of files) {
    const p = utf8.encode(path);
    w.varint(p.length);
    w.bytes(p);
    w.varint(data.length);
    w.bytes(data);
  }
  return w.result();
}

export function unpackFiles(blob: Uint8Array): Map<string, Uint8Array> {
  const r = new ByteReader(blob);
  const files = new Map<string, Uint8Array>();
  while (r.pos < blob.length) {
    const path = utf8Decode.decode(r.bytes(r.varint()));
    files.set(path, r.bytes(r.varint()));
  }
  return files;
}

export interface CachedIndex {
  files: Map<string, Uint8Array>;
  hash: string;
  fromCache: boolean;
}

const KEEP = 4;

/** Keeps the newest few cache entries (different corpora, e.g. benchmarks, can alternate). */
function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => ({ f, t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(KEEP)) rmSync(join(cacheDir, f), { force: true });
}

/** The index files for `corpus`, from the cache when its hash is there. */
export function cachedSearchIndex(
  corpus: SearchCorpus,
  cacheDir = '.cache/search-index',
  options: BuildOptions = {},
): CachedIndex {
  const hash = corpusHash(corpus, options);
  const file = join(cacheDir, `${hash}.bin`);
  if (existsSync(file)) {
    try {
      return { files: unpackFiles(new Uint8Array(readFileSync(file))), hash, fromCache: true };
    } catch {
      // A damaged cache file is rebuilt below.
    }
  }
  const { files } = buildSearchIndex(corpus, options);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, packFiles(files));
  prune(cacheDir);
  return { files, hash, fromCache: false };
}
