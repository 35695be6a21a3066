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
    if (this.pos >= this.buf.length) throw new Error('search index: truncated data');
    return this.buf[this.pos++];
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

function gapBytes(ids: ArrayLike<number>): Uint8Array {
  const w = new ByteWriter();
  let prev = -1;
  for (let i = 0; i < ids.length; i++) {
    w.varint(ids[i] - prev);
    prev = ids[i];
  }
  return w.result();
}

function bitmapBytes(ids: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array((ids[ids.length - 1] >> 3) + 1);
  for (let i = 0; i < ids.length; i++) out[ids[i] >> 3] |= 1 << (ids[i] & 7);
  return out;
}

/** Encodes sorted, distinct ids; returns the smaller representation. */
export function encodePostings(ids: ArrayLike<number>): { enc: number; bytes: Uint8Array } {
  if (ids.length === 0) return { enc: ENC_GAPS, bytes: new Uint8Array(0) };
  const bitmapSize = (ids[ids.length - 1] >> 3) + 1;
  // A gap costs at least one byte, so a list longer than its bitmap is never smaller as gaps.
  if (ids.length >= bitmapSize) return { enc: ENC_BITMAP, bytes: bitmapBytes(ids) };
  const gaps = gapBytes(ids);
  return gaps.length <= bitmapSize ? { enc: ENC_GAPS, bytes: gaps } : { enc: ENC_BITMAP, bytes: bitmapBytes(ids) };
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
