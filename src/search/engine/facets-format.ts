// facets.bin: every report's filter values, column by column (province,
// level, year, type, theme bits low/high, first and last year), one byte per
// report per column. Reports are numbered in facet order at build time, so the
// columns are long runs that gzip to almost nothing. The first and last years
// span what a report covers (a 2022 summary with a 2023 plan: 2022 to 2023),
// so a year filter finds it under each.
import type { ReportFacets } from './types.ts';

const MAGIC = 0x47; // 'G' (format 2: with the years covered)
const COLUMNS = 8;
export const UNKNOWN = 255;

export function encodeFacets(f: ReportFacets): Uint8Array {
  const n = f.province.length;
  const out = new Uint8Array(5 + n * COLUMNS);
  out[0] = MAGIC;
  new DataView(out.buffer).setUint32(1, n, true);
  const cols = [f.province, f.level, f.year, f.docType];
  cols.forEach((col, i) => out.set(col, 5 + i * n));
  for (let r = 0; r < n; r++) {
    out[5 + 4 * n + r] = f.themes[r] & 0xff;
    out[5 + 5 * n + r] = f.themes[r] >> 8;
  }
  out.set(f.firstYear, 5 + 6 * n);
  out.set(f.lastYear, 5 + 7 * n);
  return out;
}

export function decodeFacets(buf: Uint8Array): ReportFacets {
  if (buf[0] !== MAGIC || buf.length < 5) throw new Error('search index: not a facets file');
  const n = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(1, true);
  if (buf.length !== 5 + n * COLUMNS) throw new Error('search index: truncated facets file');
  const col = (i: number) => buf.slice(5 + i * n, 5 + (i + 1) * n);
  const themes = new Uint16Array(n);
  for (let r = 0; r < n; r++) themes[r] = buf[5 + 4 * n + r] | (buf[5 + 5 * n + r] << 8);
  return {
    province: col(0),
    level: col(1),
    year: col(2),
    docType: col(3),
    themes,
    firstYear: col(6),
    lastYear: col(7),
  };
}
