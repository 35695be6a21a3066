// /oembed/<chart-id>.json: an oEmbed "rich" response per chart, discovered
// from the embed page and from the page that holds the chart. A retired id
// answers with the chart that shows its figures now.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { allCharts, chartById, retiredChartIds } from '../../lib/charts.ts';
import type { ChartDef } from '../../charts/types.ts';
import { estimateEmbedHeight } from '../../embed/height.ts';
import { oembedJson } from '../../embed/oembed.ts';
import { renderedSizes } from '../../embed/sizes.ts';

export function getStaticPaths() {
  const ds = siteData();
  return [
    ...allCharts(ds).map((def) => ({ params: { file: `${def.id}.json` }, props: { def } })),
    ...retiredChartIds(ds).map((r) => ({
      params: { file: `${r.id}.json` },
      props: { def: chartById(ds, r.successor)! },
    })),
  ];
}

export const GET: APIRoute = ({ props, site }) => {
  const { def } = props as { def: ChartDef };
  const height = estimateEmbedHeight(def, renderedSizes(def));
  const body = oembedJson({ id: def.id, title: def.title.zh, height, site: site! });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
