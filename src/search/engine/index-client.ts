// The query side's view of the static index: fetches only the files a query
// needs, once each, and keeps them decoded. `load` abstracts the transport so
// the same client runs in the browser (fetch) and in Node tests (files).
import { decodeFacets, decodeThemes } from './facets-format.ts';
import {
  decodePartIndex,
  inflate,
  listPackPath,
  PART_PACK,
  partIndexPath,
  partPackPath,
  type ByteRange,
} from './packs.ts';
import { decodePart } from './parts.ts';
import { decodeShard, shardOf, shardPath, type ShardEntry } from './shard-format.ts';
import { decodeT2s } from './t2s-codec.ts';
import { forEachPosting } from './postings.ts';
import type { Entity } from './entities.ts';
import type { Manifest, PartFile, ReportFacets } from './types.ts';

/** Reads an index file, or bytes [start, end) of it. */
export type Loader = (path: string, range?: ByteRange) => Promise<Uint8Array>;

/**
 * A loader over HTTP: `base` is the index's URL prefix, e.g. /search-index/.
 * A range is asked for with a Range header; a server that sends the whole
 * file instead (200, e.g. a dev server) still works, at the cost of bytes.
 */
export function fetchLoader(base: string): Loader {
  return async (path, range) => {
    const res = await fetch(
      base + path,
      range ? { headers: { Range: `bytes=${range.start}-${range.end - 1}` } } : undefined,
    );
    if (!res.ok) throw new Error(`search index: ${path}: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return range && res.status !== 206 ? bytes.slice(range.start, range.end) : bytes;
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

  private once<T>(path: string, parse: (b: Uint8Array) => T | Promise<T>, range?: ByteRange): Promise<T> {
    const key = range ? `${path}@${range.start}-${range.end}` : path;
    let p = this.files.get(key) as Promise<T> | undefined;
    if (!p) {
      p = this.load(path, range).then(parse);
      // A failed fetch is not remembered: the next query tries again.
      p.catch(() => this.files.delete(key));
      this.files.set(key, p);
    }
    return p;
  }

  manifest(): Promise<Manifest> {
    return this.once('manifest.json', (b) => JSON.parse(text.decode(b)) as Manifest);
  }

  private themeColumn: Uint16Array | undefined;

  /** Every report's filter values; the themes only when themes.bin is loaded already (see `themes`). */
  async facets(): Promise<ReportFacets> {
    const f = await this.once('facets.bin', decodeFacets);
    return this.themeColumn ? { ...f, themes: this.themeColumn } : f;
  }

  /** The theme column (themes.bin), loaded for the theme filter and its counts. */
  themes(): Promise<Uint16Array> {
    return this.once('themes.bin', (b) => (this.themeColumn = decodeThemes(b)));
  }

  /** The filter values with the theme column, loading it. */
  async facetsWithThemes(): Promise<ReportFacets> {
    const [f, themes] = await Promise.all([this.once('facets.bin', decodeFacets), this.themes()]);
    return { ...f, themes };
  }

  async t2s(): Promise<Map<string, string> | null> {
    const m = await this.manifest();
    return m.t2s ? this.once(m.t2s, (b) => decodeT2s(text.decode(b))) : null;
  }

  entities(path: string): Promise<Entity[]> {
    return this.once(path, (b) => JSON.parse(text.decode(b)) as Entity[]);
  }

  /** Part k of a report: its pack's lengths (once per pack), then its own bytes by range. */
  async part(report: number, k: number): Promise<PartFile> {
    const m = await this.manifest();
    const pack = Math.floor(report / PART_PACK);
    const at = await this.once(partIndexPath(pack), decodePartIndex);
    const i = (report % PART_PACK) * m.partsPerReport + k;
    const [start, end] = [at[i], at[i + 1]];
    if (start === undefined || end === undefined || !(end > start))
      throw new Error(`search index: report ${report} has no part ${k}`);
    return this.once(partPackPath(pack), async (b) => decodePart(text.decode(await inflate(b))), { start, end });
  }

  private async shardEntries(terms: string[]): Promise<Map<string, { entry: ShardEntry }>> {
    const m = await this.manifest();
    const shardIds = [...new Set(terms.map((t) => shardOf(t, m.shards)))];
    const shards = new Map<number, ShardEntry[]>();
    await Promise.all(shardIds.map(async (s) => shards.set(s, await this.once(shardPath(s), decodeShard))));
    const out = new Map<string, { entry: ShardEntry }>();
    for (const t of terms) {
      const entry = shards.get(shardOf(t, m.shards))?.find((e) => e.term === t);
      if (entry) out.set(t, { entry });
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
      [...found].map(async ([t, { entry }]) => {
        let ids = this.decoded.get(t);
        if (!ids) {
          const place = entry.place;
          const bytes =
            entry.bytes ??
            (await this.once(listPackPath(place!.pack), inflate, {
              start: place!.offset,
              end: place!.offset + place!.length,
            }));
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
  return async (path, range) => {
    const b = files.get(path);
    if (!b) throw new Error(`search index: ${path}: not found`);
    return range ? b.subarray(range.start, range.end) : b;
  };
}
