// An indicator series' figures as an indicator page lists them: each with its
// region and year, newest first (then by region, then by place in the report).
import type { IndicatorSeries } from '../charts/indicator-series.ts';
import { figureYear, regionName } from '../charts/labels.ts';
import { rankText } from '../words/figure-words.ts';
import type { Dataset } from '../pipeline/types.ts';

type SeriesFigure = IndicatorSeries['figures'][number];

export interface SeriesRow {
  f: SeriesFigure;
  region: { zh: string; en: string };
  year: number;
  /** The report's year is the curator's estimate (约2012). */
  reliable: boolean;
}

export function seriesRows(ds: Dataset, series: IndicatorSeries): SeriesRow[] {
  return series.figures
    .map((f) => {
      const report = ds.index.reportById.get(f.report)!;
      return {
        f,
        region: regionName(ds, report.meta.region.code, report.meta.region.name),
        year: figureYear(report, f),
        reliable: report.meta.year_reliable,
      };
    })
    .sort((a, b) => b.year - a.year || a.region.zh.localeCompare(b.region.zh) || a.f.start - b.f.start);
}

/** A figure's value as a series lists it: a rank as a rank (第3), a redacted one as written. */
export const seriesValue = (f: SeriesFigure) => (f.measure === 'rank' && !f.masked ? rankText(f.raw) : f.raw);
