// Build time: packs text parts and big posting lists into few files (see
// engine/packs.ts for the layout and why), each entry deflated on its own so
// a range request for it is as small as the file would be gzipped.
import { deflateRawSync } from 'node:zlib';
import { ByteWriter } from '../engine/postings.ts';
import { LIST_PACK_BYTES, listPackPath, PART_PACK, partIndexPath, partPackPath } from '../engine/packs.ts';
import type { ListPlace } from '../engine/shard-format.ts';

const deflate = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes, { level: 9 }));

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Collects parts report by report (reports in index order, parts 0..P-1) and writes the packs. */
export class PartPacker {
  private chunks: Uint8Array[] = [];
  private lengths = new ByteWriter();
  private reportsInPack = 0;
  private pack = 0;
  private files: Map<string, Uint8Array>;
  private P: number;

  constructor(files: Map<string, Uint8Array>, partsPerReport: number) {
    this.files = files;
    this.P = partsPerReport;
  }

  /** One report's parts: `parts[k]` is part k's file, or null when the report has no part k. */
  addReport(parts: (Uint8Array | null)[]): void {
    for (let k = 0; k < this.P; k++) {
      const raw = parts[k];
      const packed = raw ? deflate(raw) : null;
      this.lengths.varint(packed ? packed.length : 0);
      if (packed) this.chunks.push(packed);
    }
    if (++this.reportsInPack === PART_PACK) this.flush();
  }

  flush(): void {
    if (!this.reportsInPack) return;
    this.files.set(partPackPath(this.pack), concat(this.chunks));
    this.files.set(partIndexPath(this.pack), this.lengths.result());
    this.chunks = [];
    this.lengths = new ByteWriter();
    this.reportsInPack = 0;
    this.pack++;
  }
}

/** Appends big posting lists to list packs; returns where each went. */
export class ListPacker {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private pack = 0;
  private files: Map<string, Uint8Array>;

  constructor(files: Map<string, Uint8Array>) {
    this.files = files;
  }

  add(list: Uint8Array): ListPlace {
    const packed = deflate(list);
    const place = { pack: this.pack, offset: this.size, length: packed.length };
    this.chunks.push(packed);
    this.size += packed.length;
    if (this.size >= LIST_PACK_BYTES) this.flush();
    return place;
  }

  flush(): void {
    if (!this.chunks.length) return;
    this.files.set(listPackPath(this.pack), concat(this.chunks));
    this.chunks = [];
    this.size = 0;
    this.pack++;
  }
}
