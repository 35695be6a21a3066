import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText, crc32, itxtChunk, readPngText } from './png-text.ts';

/** A valid 1×1 PNG, built by hand. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlibCrc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = [];
  const b = Buffer.from(png);
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    types.push(b.toString('latin1', at + 4, at + 8));
    const crc = b.readUInt32BE(at + 8 + length);
    expect(crc, `CRC of chunk ${types.at(-1)}`).toBe(zlibCrc32(b.subarray(at + 4, at + 8 + length)));
    at += 12 + length;
  }
  return types;
}

describe('PNG text notes', () => {
  it('computes the standard CRC-32', () => {
    const bytes = new TextEncoder().encode('区域科技政策图鉴 CC BY 4.0');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('inserts iTXt chunks after IHDR with valid CRCs, and reads them back in UTF-8', () => {
    const out = addPngText(tinyPng(), [
      ['Source', '来源：各地科技局公开发布的工作总结与计划'],
      ['Copyright', 'CC BY 4.0 · 区域科技政策图鉴'],
    ]);
    expect(chunkTypes(out)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngText(out)).toEqual({
      Source: '来源：各地科技局公开发布的工作总结与计划',
      Copyright: 'CC BY 4.0 · 区域科技政策图鉴',
    });
  });

  it('refuses what is not a PNG and keywords PNG does not allow', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), [])).toThrow(/PNG/);
    expect(() => itxtChunk('来源', 'x')).toThrow(/keyword/);
    expect(() => itxtChunk('', 'x')).toThrow(/keyword/);
  });
});
