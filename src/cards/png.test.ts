import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from './png.ts';

describe('PNG encoder', () => {
  // A 3 × 2 RGBA image: red, green, blue / white, black, grey; rows 1..2 of a 3-row stack.
  const px = (rgb: number[]) => [...rgb, 255];
  const image = new Uint8Array([
    ...[0, 0, 0].flatMap(() => px([9, 9, 9])),
    ...[
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [255, 255, 255],
      [0, 0, 0],
      [128, 128, 128],
    ].flatMap(px),
  ]);
  const png = encodePng(image, 3, 1, 2);

  it('writes the signature, an RGB IHDR of the cut size and valid chunk CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(2);
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(2);
    let at = 8;
    const types: string[] = [];
    while (at < png.length) {
      const len = png.readUInt32BE(at);
      const body = png.subarray(at + 4, at + 8 + len);
      expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(body) >>> 0);
      types.push(body.subarray(0, 4).toString('latin1'));
      at += 12 + len;
    }
    expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('stores the chosen rows, Sub-filtered, so unfiltering gives the pixels back', () => {
    const len = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + len));
    const rows: number[][] = [];
    for (let y = 0; y < 2; y++) {
      const line = raw.subarray(y * 10, y * 10 + 10);
      expect(line[0]).toBe(1);
      const out: number[] = [];
      for (let i = 1; i < 10; i++) out.push((line[i] + (i > 3 ? out[i - 4] : 0)) & 0xff);
      rows.push(out);
    }
    expect(rows).toEqual([
      [255, 0, 0, 0, 255, 0, 0, 0, 255],
      [255, 255, 255, 0, 0, 0, 128, 128, 128],
    ]);
  });
});
