// The dataset as pages see it: loaded once per build (module-level memo) and
// indexed for the lookups pages make. ATLAS_CONTENT_DIR / ATLAS_DATA_DIR point
// the build at another corpus (fixtures, benchmarks).
import { loadDataset } from '../pipeline/dataset.ts';
import type { Dataset, Figure, Paragraph, Report, ThemeHit } from '../pipeline/types.ts';

export interface SiteData extends Dataset {
  reportById: Map<string, Report>;
  figuresByReport: Map<string, Figure[]>;
  paragraphsByReport: Map<string, Paragraph[]>;
  themesOfParagraph: (report: string, n: number) => ThemeHit[];
}

let cached: SiteData | undefined;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
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
    figuresByReport: groupBy(ds.figures, (f) => f.report),
    paragraphsByReport: groupBy(ds.paragraphs, (p) => p.report),
    themesOfParagraph: (report, n) => ds.paragraphThemes.get(`${report}#${n}`) ?? [],
  };
  return cached;
}

/** Reports newest first, then by id, so every listing has one stable order. */
export function sortedReports(reports: Report[]): Report[] {
  return [...reports].sort((a, b) => b.meta.year - a.meta.year || a.meta.id.localeCompare(b.meta.id));
}
