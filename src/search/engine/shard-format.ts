// Shard files. Terms are spread over `shards` files by a hash of the term, so
// a query fetches only the shards of its own terms. A shard holds, per term:
// its document frequency and its posting list — inline when small, or where
// it lies in a list pack (packs.ts) when large, so a query pays for a big
// list only when it needs that very term.
import { ByteReader, ByteWriter } from './postings.ts';

const MAGIC = 0x53; // 'S'
const FLAG_EXTERNAL = 0x80;

export function shardPath(shard: number): string {
  return `s/${shard}.bin`;
}

/** FNV-1a over UTF-16 units: the same in Node and every browser. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Index-made terms (#f:<indicator>:<level>) share a shard per indicator: a query naming it fetches one shard for all levels. */
export function shardOf(term: string, shards: number): number {
  return termHash(term.startsWith(FIGURE_TERM) ? term.slice(0, term.lastIndexOf(':')) : term) % shards;
}

/** Terms the index makes besides the text's: a report's place names (#p:宁波) and figure levels (#f:rd_spending:2), on its title line. */
export const PLACE_TERM = '#p:';
export const FIGURE_TERM = '#f:';
/**
 * A report holding this many figures of an indicator or more is at level 1,
 * 2, … for it: steps growing about as fast as the counts they tell apart (one
 * figure is as good as none: a mention). A report is posted under its own
 * level only, so the lists do not repeat each other.
 */
export const FIGURE_LEVELS = [2, 3, 5, 8];

export function placeTerm(name: string): string {
  return PLACE_TERM + name;
}

/** The terms of an indicator's levels, level 1 first. */
export function figureTerms(indicator: string): string[] {
  return FIGURE_LEVELS.map((_, i) => `${FIGURE_TERM}${indicator}:${i + 1}`);
}

/** The level (1-based; 0 for none) of a report holding `n` figures of an indicator. */
export function figureLevel(n: number): number {
  let level = 0;
  for (const least of FIGURE_LEVELS) {
    if (n < least) break;
    level++;
  }
  return level;
}

/** Where a big list lies: bytes [offset, offset + length) of list pack `pack`, deflated. */
export interface ListPlace {
  pack: number;
  offset: number;
  length: number;
}

export interface ShardEntry {
  term: string;
  df: number;
  enc: number;
  /** Inline list, or null when the list lives in a list pack (`place`). */
  bytes: Uint8Array | null;
  place: ListPlace | null;
}

const utf8 = new TextEncoder();
const utf8Decode = new TextDecoder();

/** Serialises a shard; `placeOf(i)` says where entry i's list went, when it went to a list pack. */
export function encodeShard(
  entries: { term: string; df: number; enc: number; bytes: Uint8Array }[],
  placeOf: (i: number) => ListPlace | null,
): Uint8Array {
  const w = new ByteWriter();
  w.byte(MAGIC);
  w.varint(entries.length);
  entries.forEach((e, i) => {
    const key = utf8.encode(e.term);
    w.varint(key.length);
    w.bytes(key);
    w.varint(e.df);
    const place = placeOf(i);
    w.byte(e.enc | (place ? FLAG_EXTERNAL : 0));
    if (place) {
      w.varint(place.pack);
      w.varint(place.offset);
      w.varint(place.length);
    } else {
      w.varint(e.bytes.length);
      w.bytes(e.bytes);
    }
  });
  return w.result();
}

export function decodeShard(buf: Uint8Array): ShardEntry[] {
  const r = new ByteReader(buf);
  if (r.byte() !== MAGIC) throw new Error('search index: not a shard file');
  const n = r.varint();
  const out: ShardEntry[] = [];
  for (let i = 0; i < n; i++) {
    const term = utf8Decode.decode(r.bytes(r.varint()));
    const df = r.varint();
    const flags = r.byte();
    const ext = (flags & FLAG_EXTERNAL) !== 0;
    const enc = flags & ~FLAG_EXTERNAL;
    if (ext)
      out.push({ term, df, enc, bytes: null, place: { pack: r.varint(), offset: r.varint(), length: r.varint() } });
    else out.push({ term, df, enc, bytes: r.bytes(r.varint()), place: null });
  }
  return out;
}
