// /charts/<chart-id>.svg and /charts/<chart-id>.csv: a chart's picture and
// exactly the data it plots, each with its source and licence (src/embed/downloads.ts).
// A retired id serves the chart that shows its figures now; one no chart
// stands for serves its notice (an SVG of the words, a CSV of one note).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { allCharts, chartById, retiredChartIds } from '../../lib/charts.ts';
import type { ChartDef } from '../../charts/types.ts';
import type { RetiredChart } from '../../charts/published.ts';
import { chartCsvDownload, chartSvgDownload, noticeCsv, noticeSvg } from '../../embed/downloads.ts';
import { chartPageUrl } from '../../embed/urls.ts';
import { withdrawnNote } from '../../words/published-words.ts';
import { chartKey } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  const ds = siteData();
  const files = (id: string, def: ChartDef | undefined, moved?: RetiredChart, cacheKey?: string) => [
    { params: { file: `${id}.svg` }, props: { def, moved, format: 'svg' }, cacheKey },
    { params: { file: `${id}.csv` }, props: { def, moved, format: 'csv' }, cacheKey },
  ];
  return [
    // A report's or region's chart is restored from the previous build while its data is unchanged (lib/page-keys.ts).
    ...allCharts(ds).flatMap((def) => files(def.id, def, undefined, chartKey(ds, def.id))),
    ...retiredChartIds(ds).flatMap((r) => files(r.id, r.successor ? chartById(ds, r.successor) : undefined, r)),
  ];
}

export const GET: APIRoute = ({ props, site }) => {
  const { def, moved, format } = props as { def?: ChartDef; moved?: RetiredChart; format: 'svg' | 'csv' };
  if (!def) {
    const note = withdrawnNote(moved!.title);
    const page = new URL(moved!.page, site!).href;
    return format === 'svg'
      ? new Response(noticeSvg(note, page), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } })
      : new Response(noticeCsv(note, page), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const pageUrl = chartPageUrl(def.page, def.id, site!);
  if (format === 'svg') {
    return new Response(chartSvgDownload(def, pageUrl), {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    });
  }
  return new Response(chartCsvDownload(def, pageUrl), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
