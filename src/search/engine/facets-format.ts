// facets.bin: every report's filter values, column by column (province,
// level, year, type, theme bits low/high), one byte per report per column.
// Reports are numbered in facet order at build time, so the columns are long
// runs that gzip to almost nothing.
import type { ReportFacets } from './types.ts';

const MAGIC = 0x46; // 'F'
export const UNKNOWN = 255;

export function encodeFacets(f: ReportFacets): Uint8Array {
  const n = f.province.length;
  const out = new Uint8Array(5 + n * 6);
  out[0] = MAGIC;
  new DataView(out.buffer).setUint32(1, n, true);
  const cols = [f.province, f.level, f.year, f.docType];
  cols.forEach((col, i) => out.set(col, 5 + i * n));
  for (let r = 0; r < n; r++) {
    out[5 + 4 * n + r] = f.themes[r] & 0xff;
    out[5 + 5 * n + r] = f.themes[r] >> 8;
  }
  return out;
}

export function decodeFacets(buf: Uint8Array): ReportFacets {
  if (buf[0] !== MAGIC || buf.length < 5) throw new Error('search index: not a facets file');
  const n = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(1, true);
  if (buf.length !== 5 + n * 6) throw new Error('search index: truncated facets file');
  const col = (i: number) => buf.slice(5 + i * n, 5 + (i + 1) * n);
  const themes = new Uint16Array(n);
  for (let r = 0; r < n; r++) themes[r] = buf[5 + 4 * n + r] | (buf[5 + 5 * n + r] << 8);
  return { province: col(0), level: col(1), year: col(2), docType: col(3), themes };
}
