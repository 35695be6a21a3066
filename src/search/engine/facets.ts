// Filters and their counts over the matching reports. Each dimension counts
// under the other dimensions' filters (the usual faceted search), so a count
// says how many results that choice would give. Works on the numeric columns
// of facets.bin: at 10,000 matching reports this runs on every keystroke.
import { DOC_TYPE_LABELS, LEVEL_LABELS, label } from '../../words/labels.ts';
import { UNKNOWN } from './facets-format.ts';
import type { FacetCount, Manifest, ReportFacets, SearchFilters } from './types.ts';

export const FILTER_KEYS = ['province', 'level', 'year', 'type', 'theme'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const COLUMN = { province: 'province', level: 'level', year: 'year', type: 'docType' } as const;

function values(key: FilterKey, m: Manifest): string[] {
  const d = m.facets;
  if (key === 'province') return d.provinces;
  if (key === 'level') return d.levels;
  if (key === 'type') return d.docTypes;
  if (key === 'theme') return d.themes.map((t) => t.id);
  return Array.from({ length: 255 }, (_, i) => String(d.yearBase + i));
}

/** Filters as codes: column value wanted, or theme bit; -1 = no such value (nothing passes). */
function codes(filters: SearchFilters, m: Manifest): Map<FilterKey, number> {
  const out = new Map<FilterKey, number>();
  for (const key of FILTER_KEYS) {
    const want = filters[key];
    if (want) out.set(key, values(key, m).indexOf(want));
  }
  return out;
}

function test(key: FilterKey, code: number, r: number, f: ReportFacets): boolean {
  if (code < 0) return false;
  if (key === 'theme') return ((f.themes?.[r] ?? 0) & (1 << code)) !== 0;
  if (key === 'year') {
    // A report covering several years is found under each of them (none when the columns lack it).
    const first = f.firstYear[r];
    const last = f.lastYear[r];
    return first !== undefined && last !== undefined && first <= code && code <= last;
  }
  return f[COLUMN[key]][r] === code;
}

/** A predicate for reports passing every filter (except `skip`). */
export function filterPredicate(
  filters: SearchFilters,
  f: ReportFacets,
  m: Manifest,
  skip?: FilterKey,
): (r: number) => boolean {
  const active = [...codes(filters, m)].filter(([k]) => k !== skip);
  return (r) => active.every(([key, code]) => test(key, code, r, f));
}

function valueLabel(key: FilterKey, value: string, m: Manifest): string {
  if (key === 'level') return label(LEVEL_LABELS, value).zh;
  if (key === 'type') return label(DOC_TYPE_LABELS, value).zh;
  if (key === 'theme') return m.facets.themes.find((t) => t.id === value)?.zh ?? value;
  if (key === 'year') return `${value}年`;
  return value;
}

/** Adds one to a value's count (a slot starts at 0). */
function bump(counts: Int32Array, value: number): void {
  counts[value] = (counts[value] ?? 0) + 1;
}

/** The reports passing every filter but maybe `bit`'s: those that dimension counts. */
function counted(reports: ArrayLike<number>, passMask: Uint8Array, bit: number, all: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]; // i < length: r is there
    if (r !== undefined && ((passMask[i] ?? 0) | bit) === all) out.push(r);
  }
  return out;
}

/** How many of `reports` carry each code of dimension `key`. */
function countCodes(key: FilterKey, reports: number[], f: ReportFacets): Int32Array {
  const counts = new Int32Array(256);
  if (key === 'theme') {
    // Without the theme column (not loaded yet) there is nothing to count: only a chosen theme is listed.
    const themes = f.themes;
    if (themes)
      for (const r of reports) for (let t = themes[r] ?? 0; t; t &= t - 1) bump(counts, 31 - Math.clz32(t & -t));
  } else if (key === 'year') {
    for (const r of reports) {
      const first = f.firstYear[r];
      const last = f.lastYear[r];
      if (first === undefined || last === undefined || f.year[r] === UNKNOWN) continue;
      for (let y = first; y <= last; y++) bump(counts, y);
    }
  } else {
    const column = f[COLUMN[key]];
    for (const r of reports) {
      const code = column[r];
      if (code !== undefined) bump(counts, code);
    }
    counts[UNKNOWN] = 0;
  }
  return counts;
}

export function facetCounts(
  reports: ArrayLike<number>,
  filters: SearchFilters,
  f: ReportFacets,
  m: Manifest,
): Record<FilterKey, FacetCount[]> {
  // One pass computes, per report, which filters it passes (a bit each); a
  // report counts for dimension k when it passes every filter but maybe k's.
  const active = codes(filters, m);
  const ALL = (1 << FILTER_KEYS.length) - 1;
  const checks = FILTER_KEYS.flatMap((key, b) => {
    const code = active.get(key);
    return code === undefined ? [] : [{ key, code, bit: 1 << b }];
  });
  const passMask = new Uint8Array(reports.length);
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    let mask = ALL;
    if (r !== undefined) for (const c of checks) if (!test(c.key, c.code, r, f)) mask &= ~c.bit;
    passMask[i] = mask;
  }
  const out = {} as Record<FilterKey, FacetCount[]>;
  FILTER_KEYS.forEach((key, b) => {
    const bit = 1 << b;
    const counts = countCodes(key, counted(reports, passMask, bit, ALL), f);
    const names = values(key, m);
    const chosen = filters[key];
    const list: FacetCount[] = [];
    names.forEach((value, i) => {
      const count = counts[i] ?? 0;
      // A chosen value stays listed (with 0) so it can be seen and removed.
      if (count > 0 || value === chosen) list.push({ value, count, label: valueLabel(key, value, m) });
    });
    if (chosen && !names.includes(chosen)) list.push({ value: chosen, count: 0, label: valueLabel(key, chosen, m) });
    out[key] = list.sort((a, c) =>
      key === 'year' ? Number(c.value) - Number(a.value) : c.count - a.count || a.label.localeCompare(c.label, 'zh'),
    );
  });
  return out;
}
