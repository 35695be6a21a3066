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
  // A report covering several years is found under each of them.
  if (key === 'year') return f.firstYear[r] <= code && code <= f.lastYear[r];
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
  const passMask = new Uint8Array(reports.length).fill(ALL);
  FILTER_KEYS.forEach((key, b) => {
    const code = active.get(key);
    if (code === undefined) return;
    for (let i = 0; i < reports.length; i++) if (!test(key, code, reports[i], f)) passMask[i] &= ~(1 << b);
  });
  const out = {} as Record<FilterKey, FacetCount[]>;
  FILTER_KEYS.forEach((key, b) => {
    const counts = new Int32Array(256);
    const bit = 1 << b;
    if (key === 'theme') {
      // Without the theme column (not loaded yet) there is nothing to count: only a chosen theme is listed.
      const themes = f.themes;
      for (let i = 0; themes && i < reports.length; i++) {
        if ((passMask[i] | bit) !== ALL) continue;
        for (let t = themes[reports[i]]; t; t &= t - 1) counts[31 - Math.clz32(t & -t)]++;
      }
    } else if (key === 'year') {
      for (let i = 0; i < reports.length; i++) {
        if ((passMask[i] | bit) !== ALL || f.year[reports[i]] === UNKNOWN) continue;
        for (let y = f.firstYear[reports[i]]; y <= f.lastYear[reports[i]]; y++) counts[y]++;
      }
    } else {
      const column = f[COLUMN[key]];
      for (let i = 0; i < reports.length; i++) if ((passMask[i] | bit) === ALL) counts[column[reports[i]]]++;
      counts[UNKNOWN] = 0;
    }
    const names = values(key, m);
    const chosen = filters[key];
    const list: FacetCount[] = [];
    names.forEach((value, i) => {
      // A chosen value stays listed (with 0) so it can be seen and removed.
      if (counts[i] > 0 || value === chosen) list.push({ value, count: counts[i], label: valueLabel(key, value, m) });
    });
    if (chosen && !names.includes(chosen)) list.push({ value: chosen, count: 0, label: valueLabel(key, chosen, m) });
    out[key] = list.sort((a, c) =>
      key === 'year' ? Number(c.value) - Number(a.value) : c.count - a.count || a.label.localeCompare(c.label, 'zh'),
    );
  });
  return out;
}
