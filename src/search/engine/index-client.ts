// The query side's view of the static index: fetches only the files a query
// needs, once each, and keeps them decoded. `load` abstracts the transport so
// the same client runs in the browser (fetch) and in Node tests (files).
import { decodeFacets } from './facets-format.ts';
import { partFilePath } from './parts.ts';
import { decodeShard, listPath, shardOf, shardPath, type ShardEntry } from './shard-format.ts';
import { decodeT2s } from './t2s-codec.ts';
import { forEachPosting } from './postings.ts';
import type { Entity } from './entities.ts';
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

  entities(path: string): Promise<Entity[]> {
    return this.once(path, (b) => JSON.parse(text.decode(b)) as Entity[]);
  }

  part(report: number, k: number): Promise<PartFile> {
    return this.once(partFilePath(report, k), (b) => JSON.parse(text.decode(b)) as PartFile);
  }

  private async shardEntries(terms: string[]): Promise<Map<string, { shard: number; index: number; entry: ShardEntry }>> {
    const m = await this.manifest();
    const shardIds = [...new Set(terms.map((t) => shardOf(t, m.shards)))];
    const shards = new Map<number, ShardEntry[]>();
    await Promise.all(shardIds.map(async (s) => shards.set(s, await this.once(shardPath(s), decodeShard))));
    const out = new Map<string, { shard: number; index: number; entry: ShardEntry }>();
    for (const t of terms) {
      const shard = shardOf(t, m.shards);
      const entries = shards.get(shard) ?? [];
      const index = entries.findIndex((e) => e.term === t);
      if (index >= 0) out.set(t, { shard, index, entry: entries[index] });
    }
    return out;
  }

  /** Document frequency of each term (0 when the index does not know it): fetches shards only. */
  async frequencies(terms: string[]): Promise<Map<string, number>> {
    const found = await this.shardEntries(terms);
    return new Map(terms.map((t) => [t, found.get(t)?.entry.df ?? 0]));
  }

  /** Decoded posting lists of the terms the index knows: fetches big lists from their own files. */
  async lists(terms: string[]): Promise<Map<string, Int32Array>> {
    const found = await this.shardEntries(terms);
    const lists = new Map<string, Int32Array>();
    await Promise.all(
      [...found].map(async ([t, { shard, index, entry }]) => {
        let ids = this.decoded.get(t);
        if (!ids) {
          const bytes = entry.bytes ?? (await this.once(listPath(shard, index), (b) => b));
          const out = new Int32Array(entry.df);
          let k = 0;
          forEachPosting(entry.enc, bytes, (id) => (out[k++] = id));
          this.decoded.set(t, out);
          ids = out;
        }
        lists.set(t, ids);
      }),
    );
    return lists;
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
