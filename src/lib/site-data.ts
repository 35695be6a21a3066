// The dataset as pages see it: one per build, shared with the build's corpus
// check (sharedDataset). ATLAS_CONTENT_DIR / ATLAS_DATA_DIR point the build at
// another corpus (fixtures, benchmarks); the lexicons come from the same data
// folder as the curation, so a fixture's dataset is consistent.
import { datasetDirs, sharedDataset } from '../pipeline/dataset.ts';
import { newestFirst } from '../charts/limits.ts';
import type { Dataset, Report, ThemeHit } from '../pipeline/types.ts';

export function siteData(): Dataset {
  return sharedDataset(datasetDirs(process.env));
}

/** The themes a paragraph was tagged with. */
export function themesOfParagraph(ds: Dataset, report: string, n: number): ThemeHit[] {
  return ds.paragraphThemes.get(`${report}#${n}`) ?? [];
}

/** Reports newest first, then by id, so every listing has one stable order. */
export function sortedReports(reports: readonly Report[]): Report[] {
  return [...reports].sort(newestFirst);
}
