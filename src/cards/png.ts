// A minimal PNG encoder for opaque RGBA pixels (what resvg renders onto a
// white background): 8-bit RGB, each row Sub-filtered (flat card areas then
// compress to almost nothing), deflated at the highest level. Lets one resvg
// render draw many cards, cut apart here, so the 20 MB CJK font is parsed
// once per batch rather than once per card.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** PNG of rows [top, top + height) of an RGBA image `width` pixels wide. */
export function encodePng(rgba: Uint8Array, width: number, top: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const src = (top + y) * width * 4;
    const dst = y * stride;
    raw[dst] = 1; // Sub: each byte minus the byte of the pixel to its left
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        const v = rgba[src + x * 4 + c];
        const left = x > 0 ? rgba[src + (x - 1) * 4 + c] : 0;
        raw[dst + 1 + x * 3 + c] = (v - left) & 0xff;
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
