import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from './decode.ts';

describe('decodeRaw', () => {
  it('reads UTF-8, dropping a BOM and CRLF', () => {
    const bytes = new TextEncoder().encode('\uFEFF科技局\r\n工作总结');
    expect(decodeRaw(bytes, 'a.txt')).toEqual({ text: '科技局\n工作总结', encoding: 'utf-8' });
  });
  it('reads GBK when the bytes are not UTF-8', () => {
    expect(decodeRaw(iconv.encode('仙居县科技局工作总结', 'gbk'), 'b.txt')).toEqual({ text: '仙居县科技局工作总结', encoding: 'gbk' });
  });
  it('refuses empty, whitespace-only, binary and undecodable input, naming the file', () => {
    expect(() => decodeRaw(new Uint8Array(), 'e.txt')).toThrow('e.txt: the file is empty');
    expect(() => decodeRaw(new TextEncoder().encode(' \n\t'), 'w.txt')).toThrow('w.txt: the file holds only whitespace');
    expect(() => decodeRaw(new Uint8Array([1, 2, 0, 4]), 'b.bin')).toThrow('b.bin: this is a binary file');
    expect(() => decodeRaw(new Uint8Array([0x41, 0xff, 0x42]), 'x.txt')).toThrow(/x\.txt: the file is neither valid UTF-8 nor valid GBK/);
  });
});
