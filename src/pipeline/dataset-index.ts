// The dataset's lookups, built once when it is assembled: pages, charts and
// the comparison look things up by key instead of scanning the whole dataset
// (a page per report that scans every sentence makes the build quadratic).
import type { DatasetIndex, Figure, Paragraph, Region, Report, ReportTheme, Sentence } from './types.ts';
import { countsInSeries } from './figures/series.ts';

/** Items grouped by key, in the items' order; items whose key is null are left out. */
export function group<T, K>(items: readonly T[], key: (t: T) => K | null): Map<K, T[]> {
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

export function indexDataset(parts: {
  reports: readonly Report[];
  regions: readonly Region[];
  figures: readonly Figure[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  reportThemes: readonly ReportTheme[];
}): DatasetIndex {
  const inSeries = parts.figures.filter(countsInSeries);
  return {
    reportById: new Map(parts.reports.map((r) => [r.meta.id, r])),
    regionByCode: new Map(parts.regions.map((r) => [r.code, r])),
    reportsByRegion: group(parts.reports, (r) => r.meta.region.code),
    reportsByYear: group(parts.reports, (r) => r.meta.year),
    figuresByReport: group(parts.figures, (f) => f.report),
    figuresByIndicator: group(parts.figures, (f) => f.indicator),
    seriesFiguresByReport: group(inSeries, (f) => f.report),
    seriesFiguresByIndicator: group(inSeries, (f) => f.indicator),
    paragraphsByReport: group(parts.paragraphs, (p) => p.report),
    sentencesByReport: group(parts.sentences, (s) => s.report),
    themesByReport: group(parts.reportThemes, (t) => t.report),
  };
}
