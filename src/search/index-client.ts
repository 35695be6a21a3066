// The query side's view of the static index: fetches only the files a query
// needs, once each, and keeps them decoded. `load` abstracts the transport so
// the same client runs in the browser (fetch) and in Node tests (files).
import { decodeFacets } from './facets-format.ts';
import { partFilePath } from './parts.ts';
import { decodeShard, listPath, shardOf, shardPath, type ShardEntry } from './shard-format.ts';
import { decodeT2s } from './t2s-codec.ts';
import { forEachPosting } from './postings.ts';
import type { Manifest, PartFile, ReportFacets } from './types.ts';

export type Loader = (path: string) => Promise<Uint8Array>;

/** A loader over HTTP: `base` is the index's URL prefix, e.g. /search-index/. */
export function fetchLoader(base: string): Loader {
  return async (path) => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`search index: ${path}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

const text = new TextDecoder();

export interface TermLookup {
  lists: Map<string, Int32Array>;
  dfs: Map<string, number>;
}

export class IndexClient {
  private load: Loader;
  private files = new Map<string, Promise<unknown>>();
  private decoded = new Map<string, Int32Array>();

  constructor(load: Loader) {
    this.load = load;
  }

  private once<T>(path: string, parse: (b: Uint8Array) => T): Promise<T> {
    let p = this.files.get(path) as Promise<T> | undefined;
    if (!p) {
      p = this.load(path).then(parse);
      // A failed fetch is not remembered: the next query tries again.
      p.catch(() => this.files.delete(path));
      this.files.set(path, p);
    }
    return p;
  }

  manifest(): Promise<Manifest> {
    return this.once('manifest.json', (b) => JSON.parse(text.decode(b)) as Manifest);
  }

  facets(): Promise<ReportFacets> {
    return this.once('facets.bin', decodeFacets);
  }

  async t2s(): Promise<Map<string, string> | null> {
    const m = await this.manifest();
    return m.t2s ? this.once(m.t2s, (b) => decodeT2s(text.decode(b))) : null;
  }

  part(report: number, k: number): Promise<PartFile> {
    return this.once(partFilePath(report, k), (b) => JSON.parse(text.decode(b)) as PartFile);
  }

  /** Document frequency and decoded posting list of each term (absent terms: df 0, no list). */
  async lookup(terms: string[]): Promise<TermLookup> {
    const m = await this.manifest();
    const shardIds = [...new Set(terms.map((t) => shardOf(t, m.shards)))];
    const shards = new Map<number, ShardEntry[]>();
    await Promise.all(shardIds.map(async (s) => shards.set(s, await this.once(shardPath(s), decodeShard))));
    const dfs = new Map<string, number>();
    const lists = new Map<string, Int32Array>();
    await Promise.all(
      terms.map(async (t) => {
        const s = shardOf(t, m.shards);
        const entries = shards.get(s) ?? [];
        const i = entries.findIndex((e) => e.term === t);
        if (i < 0) return dfs.set(t, 0);
        const e = entries[i];
        dfs.set(t, e.df);
        let ids = this.decoded.get(t);
        if (!ids) {
          const bytes = e.bytes ?? (await this.once(listPath(s, i), (b) => b));
          ids = new Int32Array(e.df);
          let k = 0;
          forEachPosting(e.enc, bytes, (id) => (ids![k++] = id));
          this.decoded.set(t, ids);
        }
        lists.set(t, ids);
      }),
    );
    return { lists, dfs };
  }
}

/** A loader over an in-memory index (tests, Node callers of buildSearchIndex). */
export function memoryLoader(files: ReadonlyMap<string, Uint8Array>): Loader {
  return async (path) => {
    const b = files.get(path);
    if (!b) throw new Error(`search index: ${path}: not found`);
    return b;
  };
}
