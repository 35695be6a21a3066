// Packed index files. A static host allows some thousands of files per
// deployment; unpacked, the index at 10,000 reports would be ~57,000 text
// parts and ~9,000 big posting lists. So both are stored many to a file, each
// deflate-compressed on its own, and fetched by HTTP range request: a query
// still downloads only the parts and lists it needs.
//   p/<n>.bin   the parts of PART_PACK consecutive reports, back to back
//   p/<n>.idx   their byte lengths (varints, report by report, part 0..P-1; 0 = no such part)
//   l/<n>.bin   big posting lists; each one's shard entry says where it is
import { ByteReader } from './postings.ts';

/** Reports per part pack: small enough that its .idx stays a few hundred bytes. */
export const PART_PACK = 8;
/** A list pack is closed once it passes this many bytes. */
export const LIST_PACK_BYTES = 1 << 20;

/** Bytes [start, end) of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

export const partPackPath = (pack: number) => `p/${pack}.bin`;
export const partIndexPath = (pack: number) => `p/${pack}.idx`;
export const listPackPath = (pack: number) => `l/${pack}.bin`;

/** Byte offsets of every part of a pack: part k of the pack's i-th report spans [at[i*P+k], at[i*P+k+1]). */
export function decodePartIndex(bytes: Uint8Array): Float64Array {
  const lengths: number[] = [];
  const r = new ByteReader(bytes);
  while (r.pos < bytes.length) lengths.push(r.varint());
  const at = new Float64Array(lengths.length + 1);
  let offset = 0;
  lengths.forEach((length, i) => {
    offset += length;
    at[i + 1] = offset;
  });
  return at;
}

/** Inflates one packed entry (raw deflate), with the platform's own decompressor in Node and browsers alike. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
