// /charts/<chart-id>.svg and /charts/<chart-id>.csv: a chart's picture and
// exactly the data it plots, each with its source and licence (src/embed/downloads.ts).
// A retired id serves the chart that shows its figures now.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { allCharts, chartById, retiredChartIds } from '../../lib/charts.ts';
import type { ChartDef } from '../../charts/types.ts';
import { chartCsvDownload, chartSvgDownload } from '../../embed/downloads.ts';
import { chartPageUrl } from '../../embed/urls.ts';

export function getStaticPaths() {
  const ds = siteData();
  const files = (id: string, def: ChartDef) => [
    { params: { file: `${id}.svg` }, props: { def, format: 'svg' } },
    { params: { file: `${id}.csv` }, props: { def, format: 'csv' } },
  ];
  return [
    ...allCharts(ds).flatMap((def) => files(def.id, def)),
    ...retiredChartIds(ds).flatMap((r) => files(r.id, chartById(ds, r.successor)!)),
  ];
}

export const GET: APIRoute = ({ props, site }) => {
  const { def, format } = props as { def: ChartDef; format: 'svg' | 'csv' };
  const pageUrl = chartPageUrl(def.page, def.id, site!);
  if (format === 'svg') {
    return new Response(chartSvgDownload(def, pageUrl), {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    });
  }
  return new Response(chartCsvDownload(def, pageUrl), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
