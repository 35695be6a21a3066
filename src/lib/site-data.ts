// The dataset as pages see it: loaded once per build (module-level memo) and
// indexed for the lookups pages make. ATLAS_CONTENT_DIR / ATLAS_DATA_DIR point
// the build at another corpus (fixtures, benchmarks).
import { sharedDataset } from '../pipeline/dataset.ts';
import { newestFirst } from '../charts/limits.ts';
import { group, lookup } from '../charts/lookup.ts';
import type { Dataset, Figure, Paragraph, Region, Report, Sentence, ThemeHit } from '../pipeline/types.ts';

// Pages look things up by key, never by scanning the whole dataset: a page
// per report (or region) that scans every sentence makes the build quadratic.
export interface SiteData extends Dataset {
  reportById: Map<string, Report>;
  regionByCode: Map<string, Region>;
  /** Reports with a region code, by code. */
  reportsByRegion: Map<string, Report[]>;
  reportsByYear: Map<number, Report[]>;
  figuresByReport: Map<string, Figure[]>;
  paragraphsByReport: Map<string, Paragraph[]>;
  sentencesByReport: Map<string, Sentence[]>;
  themesOfParagraph: (report: string, n: number) => ThemeHit[];
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const ds = sharedDataset({
    contentDir: process.env.ATLAS_CONTENT_DIR ?? 'content/reports',
    dataDir: process.env.ATLAS_DATA_DIR ?? 'data',
  });
  // The charts' lookups of this very object, so pages and charts share them.
  const { reportById, regionByCode, reportsByRegion, figuresByReport } = lookup(ds);
  cached = Object.assign(ds, {
    reportById,
    regionByCode,
    reportsByRegion,
    reportsByYear: group(ds.reports, (r) => r.meta.year),
    figuresByReport,
    paragraphsByReport: group(ds.paragraphs, (p) => p.report),
    sentencesByReport: group(ds.sentences, (s) => s.report),
    themesOfParagraph: (report: string, n: number) => ds.paragraphThemes.get(`${report}#${n}`) ?? [],
  });
  return cached;
}

/** Reports newest first, then by id, so every listing has one stable order. */
export function sortedReports(reports: Report[]): Report[] {
  return [...reports].sort(newestFirst);
}
