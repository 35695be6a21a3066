import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from './decode.ts';

describe('decodeRaw', () => {
  it('reads UTF-8, dropping a BOM and CRLF', () => {
    const bytes = new TextEncoder().encode('\uFEFF科技局\r\n工作总结');
    expect(decodeRaw(bytes, 'a.txt')).toMatchObject({ text: '科技局\n工作总结', encoding: 'utf-8', stripped: 0 });
  });
  it('reads GBK when the bytes are not UTF-8', () => {
    expect(decodeRaw(iconv.encode('仙居县科技局工作总结', 'gbk'), 'b.txt')).toMatchObject({
      text: '仙居县科技局工作总结',
      encoding: 'gbk',
      stripped: 0,
    });
  });
  it('refuses empty, whitespace-only, binary and undecodable input, naming the file', () => {
    expect(() => decodeRaw(new Uint8Array(), 'e.txt')).toThrow('e.txt: the file is empty');
    expect(() => decodeRaw(new TextEncoder().encode(' \n\t'), 'w.txt')).toThrow(
      'w.txt: the file holds only whitespace',
    );
    expect(() => decodeRaw(new Uint8Array([1, 2, 0, 4]), 'b.bin')).toThrow('b.bin: this is a binary file');
    expect(() => decodeRaw(new Uint8Array([0x41, 0xff, 0x42]), 'x.txt')).toThrow(
      /x\.txt: the file is neither valid UTF-8, UTF-16 \(with a byte-order mark\) nor valid GB18030\/GBK/,
    );
  });
});

describe('decodeRaw: every encoding a scrape arrives in', () => {
  const text = '仙居县科技局2024年上半年新认定高新技术企业30家';
  it('reads UTF-16 LE and BE by their byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decodeRaw(le, 'le.txt')).toMatchObject({ text, encoding: 'utf-16le', stripped: 0 });
    expect(decodeRaw(be, 'be.txt')).toMatchObject({ text, encoding: 'utf-16be', stripped: 0 });
  });
  it('reads GB18030 four-byte sequences (characters outside GBK)', () => {
    const rare = `${text}，𠀀𪚥`;
    expect(decodeRaw(iconv.encode(rare, 'gb18030'), 'g.txt')).toMatchObject({
      text: rare,
      encoding: 'gb18030',
      stripped: 0,
    });
  });
  it('strips invisible characters, so 3<U+200B>0家 reads as 30家', () => {
    const r = decodeRaw(new TextEncoder().encode('新认定企业3\u200B0家\u2060，\u202E共\u00AD计'), 'z.txt');
    expect(r.text).toBe('新认定企业30家，共计');
    expect(r.stripped).toBe(4);
  });
  it('refuses a NUL past the first 8 KB (the binary sample) at its line, and removes other control characters', () => {
    const long = '县科技局工作总结。\n'.repeat(1000);
    expect(() => decodeRaw(new TextEncoder().encode(`${long}新认定\u0000企业`), 'n.txt')).toThrow(
      /^n\.txt:1001: a NUL byte at column 4: binary data/,
    );
    const r = decodeRaw(new TextEncoder().encode(`${long}新认定\u001b企业\u0007\f第二页\u0085`), 'c.txt');
    expect(r.text).toBe(`${long}新认定企业\n第二页`);
    expect(r.controls).toEqual({ count: 3, firstLine: 1001 });
  });
  it('refuses a file over the size cap without decoding it', () => {
    expect(() => decodeRaw(new Uint8Array(10_000_001).fill(0x41), 'big.txt')).toThrow(
      /^big\.txt: 10000001 bytes; a raw file is at most 10000000 bytes/,
    );
  });
});
