// Text notes inside a PNG (iTXt chunks, UTF-8, uncompressed), so a chart
// image downloaded from the site keeps its source and licence in its
// metadata as well as in the drawn credit line. Works on bytes only: the
// browser PNG download and the tests both use it.
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | undefined;
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  // & 0xff keeps the index inside the table's 256 entries.
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An iTXt chunk: keyword (Latin-1, 1–79 chars) and UTF-8 text, uncompressed, no language tag. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`bad PNG keyword ${keyword}`);
  const enc = new TextEncoder();
  const k = enc.encode(keyword);
  const t = enc.encode(text);
  // keyword, then five zero bytes: keyword end, compression flag, compression
  // method, empty language tag's end, empty translated keyword's end; then text.
  const data = new Uint8Array(k.length + 5 + t.length);
  data.set(k, 0);
  data.set(t, k.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with iTXt chunks inserted right after IHDR. */
export function addPngText(png: Uint8Array, entries: [keyword: string, text: string][]): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const ihdrLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  const afterIhdr = 8 + 12 + ihdrLength;
  const chunks = entries.map(([k, t]) => itxtChunk(k, t));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}

/** The iTXt notes of a PNG, keyword → text (for tests and checks). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const notes: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const end = data.indexOf(0);
      const keyword = dec.decode(data.subarray(0, end));
      const langEnd = data.indexOf(0, end + 3);
      const transEnd = data.indexOf(0, langEnd + 1);
      notes[keyword] = dec.decode(data.subarray(transEnd + 1));
    }
    at += 12 + length;
  }
  return notes;
}
