// /oembed/<chart-id>.json: an oEmbed "rich" response per chart, discovered
// from the embed page and from the page that holds the chart. A retired id
// answers with the chart that shows its figures now, or with its notice.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { allCharts, chartById, retiredChartIds } from '../../lib/charts.ts';
import type { ChartDef } from '../../charts/types.ts';
import { estimateEmbedHeight } from '../../embed/height.ts';
import { oembedJson } from '../../embed/oembed.ts';
import { renderedSizes } from '../../embed/sizes.ts';

/** The height of a retired id's notice, without a chart. */
const NOTICE_HEIGHT = 120;

export function getStaticPaths() {
  const ds = siteData();
  return [
    ...allCharts(ds).map((def) => ({ params: { file: `${def.id}.json` }, props: { id: def.id, def } })),
    ...retiredChartIds(ds).map((r) => ({
      params: { file: `${r.id}.json` },
      props: { id: r.successor ?? r.id, def: r.successor ? chartById(ds, r.successor) : undefined, title: r.title.zh },
    })),
  ];
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, def, title } = props as { id: string; def?: ChartDef; title?: string };
  const height = def ? estimateEmbedHeight(def, renderedSizes(def)) : NOTICE_HEIGHT;
  const body = oembedJson({ id, title: def?.title.zh ?? title ?? id, height, site: site! });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
