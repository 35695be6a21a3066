// "Related reports" beside a report: the newest other reports of its region
// (at most SAME_REGION_SHOWN), and a few of its year (same province first). Capped, so a page's size does not
// grow with the corpus: at 10,000 reports a year holds hundreds.
import { newestFirst } from '../charts/limits.ts';
import type { Report } from '../pipeline/types.ts';

export const SAME_YEAR_SHOWN = 6;
/** Other reports of the region listed beside a report; the region page lists more. */
export const SAME_REGION_SHOWN = 20;

export interface Related {
  sameRegion: Report[];
  /** Reports of the same region not listed (the region page lists them). */
  moreSameRegion: number;
  sameYear: Report[];
  /** Reports of the same year not listed. */
  moreSameYear: number;
}

export function relatedReports(
  report: Report,
  byRegion: ReadonlyMap<string, readonly Report[]>,
  byYear: ReadonlyMap<number, readonly Report[]>,
  shown = SAME_YEAR_SHOWN,
): Related {
  const { id, region, year } = report.meta;
  const allSameRegion = region.code
    ? [...(byRegion.get(region.code) ?? [])].filter((r) => r.meta.id !== id).sort(newestFirst)
    : [];
  const sameRegion = allSameRegion.slice(0, SAME_REGION_SHOWN);
  const listed = new Set([id, ...allSameRegion.map((r) => r.meta.id)]);
  const others = (byYear.get(year) ?? []).filter((r) => !listed.has(r.meta.id));
  const nearFirst = [...others].sort(
    (a, b) =>
      Number(b.meta.region.province === region.province && Boolean(region.province)) -
        Number(a.meta.region.province === region.province && Boolean(region.province)) ||
      a.meta.id.localeCompare(b.meta.id),
  );
  return {
    sameRegion,
    moreSameRegion: allSameRegion.length - sameRegion.length,
    sameYear: nearFirst.slice(0, shown),
    moreSameYear: Math.max(0, nearFirst.length - shown),
  };
}
