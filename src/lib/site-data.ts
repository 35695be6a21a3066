// The dataset as pages see it: loaded once per build (module-level memo) and
// indexed for the lookups pages make. ATLAS_CONTENT_DIR / ATLAS_DATA_DIR point
// the build at another corpus (fixtures, benchmarks).
import { loadDataset } from '../pipeline/dataset.ts';
import { newestFirst } from '../charts/limits.ts';
import type { Dataset, Figure, Paragraph, Region, Report, Sentence, ThemeHit } from '../pipeline/types.ts';

// Pages look things up by key, never by scanning the whole dataset: a page
// per report (or region) that scans every sentence makes the build quadratic.
export interface SiteData extends Dataset {
  reportById: Map<string, Report>;
  regionByCode: Map<string, Region>;
  reportsByRegion: Map<string, Report[]>;
  reportsByYear: Map<number, Report[]>;
  figuresByReport: Map<string, Figure[]>;
  paragraphsByReport: Map<string, Paragraph[]>;
  sentencesByReport: Map<string, Sentence[]>;
  themesOfParagraph: (report: string, n: number) => ThemeHit[];
}

let cached: SiteData | undefined;

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export function siteData(): SiteData {
  if (cached) return cached;
  const ds = loadDataset({
    contentDir: process.env.ATLAS_CONTENT_DIR ?? 'content/reports',
    dataDir: process.env.ATLAS_DATA_DIR ?? 'data',
  });
  cached = {
    ...ds,
    reportById: new Map(ds.reports.map((r) => [r.meta.id, r])),
    regionByCode: new Map(ds.regions.map((r) => [r.code, r])),
    reportsByRegion: groupBy(ds.reports, (r) => r.meta.region.code ?? ''),
    reportsByYear: groupBy(ds.reports, (r) => r.meta.year),
    figuresByReport: groupBy(ds.figures, (f) => f.report),
    paragraphsByReport: groupBy(ds.paragraphs, (p) => p.report),
    sentencesByReport: groupBy(ds.sentences, (s) => s.report),
    themesOfParagraph: (report, n) => ds.paragraphThemes.get(`${report}#${n}`) ?? [],
  };
  return cached;
}

/** Reports newest first, then by id, so every listing has one stable order. */
export function sortedReports(reports: Report[]): Report[] {
  return [...reports].sort(newestFirst);
}
