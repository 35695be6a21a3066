// facets.bin: every report's filter values, column by column (province,
// level, year, type, first and last year), one byte per report per column.
// Reports are numbered in facet order at build time, so the columns are long
// runs that gzip to almost nothing. The first and last years span what a
// report covers (a 2022 summary with a 2023 plan: 2022 to 2023), so a year
// filter finds it under each; they are stored as their distance from the
// report's year (almost always 0). The theme bits are apart, in themes.bin: they
// do not run (a report's themes are its own), so they would be most of what
// every first query downloads; they load beside the results, for the theme
// filter and its counts.
import type { ReportFacets } from './types.ts';

const MAGIC = 0x48; // 'H' (format 3: themes apart)
const THEMES_MAGIC = 0x54; // 'T'
const COLUMNS = 6;
export const UNKNOWN = 255;

export type FacetColumns = Omit<ReportFacets, 'themes'>;

export function encodeFacets(f: FacetColumns): Uint8Array {
  const n = f.province.length;
  const out = new Uint8Array(5 + n * COLUMNS);
  out[0] = MAGIC;
  new DataView(out.buffer).setUint32(1, n, true);
  [f.province, f.level, f.year, f.docType].forEach((col, i) => out.set(col, 5 + i * n));
  // The columns are as long as each other; a year with no span beside it spans itself (distance 0).
  f.year.forEach((year, r) => {
    out[5 + 4 * n + r] = (year - (f.firstYear[r] ?? year)) & 0xff;
    out[5 + 5 * n + r] = ((f.lastYear[r] ?? year) - year) & 0xff;
  });
  return out;
}

export function decodeFacets(buf: Uint8Array): FacetColumns {
  if (buf[0] !== MAGIC || buf.length < 5) throw new Error('search index: not a facets file');
  const n = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(1, true);
  if (buf.length !== 5 + n * COLUMNS) throw new Error('search index: truncated facets file');
  const col = (i: number) => buf.slice(5 + i * n, 5 + (i + 1) * n);
  const year = col(2);
  // Distances from the report's year, column beside column (the length was checked above).
  const [before, after] = [col(4), col(5)];
  const firstYear = year.map((y, r) => y - (before[r] ?? 0));
  const lastYear = year.map((y, r) => y + (after[r] ?? 0));
  return { province: col(0), level: col(1), year, docType: col(3), firstYear, lastYear };
}

/** themes.bin: bit i set = the report carries manifest.facets.themes[i]; low bytes, then high bytes. */
export function encodeThemes(themes: Uint16Array): Uint8Array {
  const n = themes.length;
  const out = new Uint8Array(5 + 2 * n);
  out[0] = THEMES_MAGIC;
  new DataView(out.buffer).setUint32(1, n, true);
  themes.forEach((t, r) => {
    out[5 + r] = t & 0xff;
    out[5 + n + r] = t >> 8;
  });
  return out;
}

export function decodeThemes(buf: Uint8Array): Uint16Array {
  if (buf[0] !== THEMES_MAGIC || buf.length < 5) throw new Error('search index: not a themes file');
  const n = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(1, true);
  if (buf.length !== 5 + 2 * n) throw new Error('search index: truncated themes file');
  // Low bytes, then high bytes (the length was checked above).
  const high = buf.subarray(5 + n, 5 + 2 * n);
  return Uint16Array.from(buf.subarray(5, 5 + n), (low, r) => low | ((high[r] ?? 0) << 8));
}
