// Posting lists: sorted part ids, stored as whichever is smaller — LEB128
// varint gaps (sparse lists) or a bitmap up to the largest id (dense lists).
// Both compress further under HTTP gzip.

export const ENC_GAPS = 0;
export const ENC_BITMAP = 1;

/** Growable byte buffer with varint writing. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }

  varint(n: number): void {
    this.ensure(5);
    while (n >= 0x80) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.length++] = n;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads varints and byte runs from a buffer, front to back. */
export class ByteReader {
  pos = 0;
  readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }

  byte(): number {
    const b = this.buf[this.pos];
    if (b === undefined) throw new Error('search index: truncated data');
    this.pos++;
    return b;
  }

  varint(): number {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  }

  bytes(len: number): Uint8Array {
    if (this.pos + len > this.buf.length) throw new Error('search index: truncated data');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
}

function gapBytes(ids: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  let prev = -1;
  for (const id of ids) {
    w.varint(id - prev);
    prev = id;
  }
  return w.result();
}

function bitmapBytes(ids: readonly number[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  // A fresh byte is 0; ids below 8 * size land inside.
  for (const id of ids) out[id >> 3] = (out[id >> 3] ?? 0) | (1 << (id & 7));
  return out;
}

/** Encodes sorted, distinct ids; returns the smaller representation. */
export function encodePostings(ids: readonly number[]): { enc: number; bytes: Uint8Array } {
  const last = ids.at(-1);
  if (last === undefined) return { enc: ENC_GAPS, bytes: new Uint8Array(0) };
  const bitmapSize = (last >> 3) + 1;
  // A gap costs at least one byte, so a list longer than its bitmap is never smaller as gaps.
  if (ids.length >= bitmapSize) return { enc: ENC_BITMAP, bytes: bitmapBytes(ids, bitmapSize) };
  const gaps = gapBytes(ids);
  return gaps.length <= bitmapSize
    ? { enc: ENC_GAPS, bytes: gaps }
    : { enc: ENC_BITMAP, bytes: bitmapBytes(ids, bitmapSize) };
}

/** Calls `visit` with every id of an encoded list, ascending. */
export function forEachPosting(enc: number, bytes: Uint8Array, visit: (id: number) => void): void {
  if (enc === ENC_BITMAP) {
    for (let i = 0; i < bytes.length; i++) {
      let b = bytes[i];
      while (b) {
        const low = b & -b;
        visit(i * 8 + 31 - Math.clz32(low));
        b ^= low;
      }
    }
    return;
  }
  const r = new ByteReader(bytes);
  let id = -1;
  while (r.pos < bytes.length) {
    id += r.varint();
    visit(id);
  }
}

export function decodePostings(enc: number, bytes: Uint8Array): number[] {
  const ids: number[] = [];
  forEachPosting(enc, bytes, (id) => ids.push(id));
  return ids;
}
