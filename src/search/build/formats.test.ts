import { describe, expect, it } from 'vitest';
import { decodeFacets, decodeThemes, encodeFacets, encodeThemes } from '../engine/facets-format.ts';
import { packFiles, unpackFiles } from './index-cache.ts';
import { decodePostings, encodePostings, ENC_BITMAP, ENC_GAPS } from '../engine/postings.ts';
import { decodeShard, encodeShard, shardOf } from '../engine/shard-format.ts';
import { decodePartIndex, inflate, PART_PACK } from '../engine/packs.ts';
import { ListPacker, PartPacker } from './pack.ts';
import { decodePart, encodePart } from '../engine/parts.ts';
import { decodeT2s, encodeT2s } from '../engine/t2s-codec.ts';

/** `n` distinct ids below `max`, spread pseudo-randomly (a partial Fisher-Yates with a fixed LCG). */
function randomIds(n: number, max: number, seed: number): number[] {
  const all = Array.from({ length: max }, (_, i) => i);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = i + (x % (max - i));
    const [a, b] = [all[i], all[j]];
    if (a === undefined || b === undefined) throw new Error(`randomIds: ${i} or ${j} is outside 0..${max - 1}`);
    [all[i], all[j]] = [b, a];
  }
  return all.slice(0, n).sort((a, b) => a - b);
}

describe('posting lists', () => {
  it.each([
    [[0], 'one id'],
    [[5, 6, 7, 1000, 200_000, 3_000_000], 'large gaps'],
    [randomIds(50, 100_000, 1), 'sparse'],
    [randomIds(60_000, 100_000, 2), 'dense'],
  ])('round-trips %#: %s', (ids) => {
    const { enc, bytes } = encodePostings(ids);
    expect(decodePostings(enc, bytes)).toEqual(ids);
  });

  it('stores sparse lists as gaps and dense lists as bitmaps, whichever is smaller', () => {
    const sparse = encodePostings(randomIds(50, 100_000, 3));
    expect(sparse.enc).toBe(ENC_GAPS);
    const dense = encodePostings(randomIds(30_000, 100_000, 4));
    expect(dense.enc).toBe(ENC_BITMAP);
    expect(dense.bytes.length).toBeLessThanOrEqual(100_000 / 8 + 1);
  });
});

describe('shards', () => {
  it('round-trip terms with inline and external lists', () => {
    const entries = ['科技', '技特', 'r&d'].map((term, i) => ({
      term,
      df: i + 1,
      ...encodePostings(randomIds(i + 1, 1000, i + 7)),
    }));
    const place = { pack: 3, offset: 70_000, length: 412 };
    const decoded = decodeShard(encodeShard(entries, (i) => (i === 1 ? place : null)));
    expect(decoded.map((e) => [e.term, e.df])).toEqual([
      ['科技', 1],
      ['技特', 2],
      ['r&d', 3],
    ]);
    expect(decoded.map((e) => e.place)).toEqual([null, place, null]);
    // Inline lists read back as encoded; the external one is only its place.
    expect(decoded.map((e) => (e.bytes ? decodePostings(e.enc, e.bytes) : null))).toEqual(
      entries.map((e, i) => (i === 1 ? null : decodePostings(e.enc, e.bytes))),
    );
  });

  it('spreads terms over shards deterministically', () => {
    expect(shardOf('科技', 97)).toBe(shardOf('科技', 97));
    const used = new Set(['科技', '特派', '派员', '高新', '企业', '专利', '人才', '孵化'].map((t) => shardOf(t, 97)));
    expect(used.size).toBeGreaterThan(4);
  });

  it('rejects a file that is not a shard', () => {
    expect(() => decodeShard(new Uint8Array([1, 2, 3]))).toThrow(/not a shard/);
  });
});

describe('packs', () => {
  it('stores parts many to a file and reads each back by its byte range', async () => {
    const files = new Map<string, Uint8Array>();
    const packer = new PartPacker(files, 3);
    const part = (s: string) => new TextEncoder().encode(s);
    for (let r = 0; r < PART_PACK + 2; r++)
      packer.addReport([part(`head ${r}`), r % 2 ? null : part(`科技特派员 ${r}`.repeat(r + 1)), part(`tail ${r}`)]);
    packer.flush();
    expect([...files.keys()].sort()).toEqual(['p/0.bin', 'p/0.idx', 'p/1.bin', 'p/1.idx']);
    const at = decodePartIndex(files.get('p/1.idx')!);
    expect(at.length).toBe(2 * 3 + 1);
    const read = async (pack: number, i: number) => {
      const at = decodePartIndex(files.get(`p/${pack}.idx`)!);
      const [start, end] = [at[i], at[i + 1]];
      return start !== undefined && end !== undefined && end > start
        ? new TextDecoder().decode(await inflate(files.get(`p/${pack}.bin`)!.subarray(start, end)))
        : null;
    };
    expect(await read(0, 4 * 3 + 1)).toBe('科技特派员 4'.repeat(5));
    expect(await read(0, 5 * 3 + 1)).toBeNull();
    expect(await read(1, 1 * 3 + 2)).toBe(`tail ${PART_PACK + 1}`);
  });

  it('appends big lists to list packs and says where each went', async () => {
    const files = new Map<string, Uint8Array>();
    const lists = new ListPacker(files);
    const a = Uint8Array.from({ length: 5000 }, (_, i) => i % 7);
    const b = Uint8Array.from({ length: 300 }, (_, i) => i % 251);
    const [pa, pb] = [lists.add(a), lists.add(b)];
    lists.flush();
    expect(pb).toEqual({ pack: 0, offset: pa.length, length: pb.length });
    expect(await inflate(files.get('l/0.bin')!.subarray(pb.offset, pb.offset + pb.length))).toEqual(b);
  });
});

describe('facets.bin, themes.bin and the cache blob', () => {
  it('round-trips every column, the theme bits in their own file', () => {
    const f = {
      province: Uint8Array.from([0, 0, 1, 255]),
      level: Uint8Array.from([1, 2, 3, 0]),
      year: Uint8Array.from([0, 14, 2, 255]),
      docType: Uint8Array.from([4, 0, 1, 2]),
      firstYear: Uint8Array.from([0, 13, 2, 255]),
      lastYear: Uint8Array.from([1, 14, 2, 255]),
    };
    expect(decodeFacets(encodeFacets(f))).toEqual(f);
    expect(() => decodeFacets(encodeFacets(f).slice(0, 10))).toThrow(/truncated/);
    const themes = Uint16Array.from([0, 1, 0x1fff, 0x8001]);
    expect(decodeThemes(encodeThemes(themes))).toEqual(themes);
    expect(() => decodeThemes(encodeFacets(f))).toThrow(/not a themes file/);
  });

  it('packs and unpacks index files', () => {
    const files = new Map([
      ['manifest.json', new TextEncoder().encode('{"v":1}')],
      ['s/0.bin', Uint8Array.from([83, 0])],
      ['p/0-1.json', new TextEncoder().encode('["科技"]')],
    ]);
    expect(unpackFiles(packFiles(files))).toEqual(files);
  });

  it('ships the t2s map as character pairs', () => {
    const map = decodeT2s(
      encodeT2s([
        ['發', '发'],
        ['員', '员'],
      ]),
    );
    expect([...map]).toEqual([
      ['發', '发'],
      ['員', '员'],
    ]);
  });
});

describe('part files', () => {
  it('round-trip every field, optional ones included', () => {
    const plain = {
      id: 'a',
      title: '县科技局工作总结',
      region: '浙江省',
      year: 2024,
      doc_type: 'summary',
      paras: [[3, '选派科技特派员。']] as [number, string][],
    };
    expect(decodePart(encodePart(plain))).toEqual(plain);
    const full = { ...plain, year_reliable: false, names: 'Xianju County xianju xian ju' };
    expect(decodePart(encodePart(full))).toEqual(full);
    expect(encodePart(plain).length).toBeLessThan(JSON.stringify(plain).length);
  });
});
