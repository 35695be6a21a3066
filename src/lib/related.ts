// "Related reports" beside a report: every other report of its region, and a
// few of its year (same province first). Capped, so a page's size does not
// grow with the corpus: at 10,000 reports a year holds hundreds.
import type { Report } from '../pipeline/types.ts';

export const SAME_YEAR_SHOWN = 6;

export interface Related {
  sameRegion: Report[];
  sameYear: Report[];
  /** Reports of the same year not listed. */
  moreSameYear: number;
}

export function relatedReports(
  report: Report,
  byRegion: Map<string, Report[]>,
  byYear: Map<number, Report[]>,
  shown = SAME_YEAR_SHOWN,
): Related {
  const { id, region, year } = report.meta;
  const sameRegion = region.code ? (byRegion.get(region.code) ?? []).filter((r) => r.meta.id !== id) : [];
  const listed = new Set([id, ...sameRegion.map((r) => r.meta.id)]);
  const others = (byYear.get(year) ?? []).filter((r) => !listed.has(r.meta.id));
  const nearFirst = [...others].sort(
    (a, b) =>
      Number(b.meta.region.province === region.province && Boolean(region.province)) -
        Number(a.meta.region.province === region.province && Boolean(region.province)) || a.meta.id.localeCompare(b.meta.id),
  );
  return { sameRegion, sameYear: nearFirst.slice(0, shown), moreSameYear: Math.max(0, nearFirst.length - shown) };
}
