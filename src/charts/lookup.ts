// Per-dataset lookups for chart definitions, built once per dataset. Charts
// are made for every report, region and indicator; scanning the whole dataset
// for each of them made building all charts grow with the square of the
// corpus (32 s at 1,000 reports, most of a 10,000-report build). WeakMap: a
// new dataset gets new lookups. Lists keep the dataset's order.
import type { Dataset, Figure, Region, Report, ReportTheme } from '../pipeline/types.ts';

export interface Lookup {
  reportById: Map<string, Report>;
  reportsByRegion: Map<string, Report[]>;
  figuresByReport: Map<string, Figure[]>;
  figuresByIndicator: Map<string, Figure[]>;
  themesByReport: Map<string, ReportTheme[]>;
  regionByCode: Map<string, Region>;
}

const cache = new WeakMap<Dataset, Lookup>();

/** Items grouped by key, in the items' order; items whose key is null are left out. */
export function group<T, K>(items: T[], key: (t: T) => K | null): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function lookup(ds: Dataset): Lookup {
  let found = cache.get(ds);
  if (!found) {
    found = {
      reportById: new Map(ds.reports.map((r) => [r.meta.id, r])),
      reportsByRegion: group(ds.reports, (r) => r.meta.region.code),
      figuresByReport: group(ds.figures, (f) => f.report),
      figuresByIndicator: group(ds.figures, (f) => f.indicator),
      themesByReport: group(ds.reportThemes, (t) => t.report),
      regionByCode: new Map(ds.regions.map((r) => [r.code, r])),
    };
    cache.set(ds, found);
  }
  return found;
}
