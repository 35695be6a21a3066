// /oembed/<chart-id>.json (sized for a 640 px column) and
// /oembed/w<width>/<chart-id>.json (one per common column width): oEmbed
// "rich" responses per chart (src/embed/oembed.ts says why several),
// discovered from the embed page and from the page that holds the chart. A
// retired id answers with the chart that shows its figures now, or with its
// notice when no chart stands for it.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { allCharts, chartById, retiredChartIds } from '../../lib/charts.ts';
import type { ChartDef } from '../../charts/types.ts';
import { estimateEmbedHeight } from '../../embed/height.ts';
import { OEMBED_WIDTHS, oembedJson } from '../../embed/oembed.ts';
import { EMBED_WIDTH } from '../../embed/constants.ts';
import { renderedSizes } from '../../embed/sizes.ts';
import { urls } from '../../core/urls.ts';
import { chartKey } from '../../lib/page-keys.ts';

/** The height of a retired id's notice, without a chart. */
const NOTICE_HEIGHT = 120;

/** The path under /oembed/ of a response: the chart's default or one width's. */
const pathOf = (id: string, width?: number) =>
  (width === undefined ? urls.oembed(id) : urls.oembedAtWidth(id, width)).slice(urls.oembeds().length);

export function getStaticPaths() {
  const ds = siteData();
  const charts: { id: string; embed: string; title: string; def?: ChartDef; cacheKey?: string }[] = [
    ...allCharts(ds).map((def) => ({
      id: def.id,
      embed: def.id,
      title: def.title.zh,
      def,
      cacheKey: chartKey(ds, def.id),
    })),
    ...retiredChartIds(ds).map((r) => ({
      id: r.id,
      embed: r.successor ?? r.id,
      title: r.title.zh,
      def: r.successor ? chartById(ds, r.successor) : undefined,
    })),
  ];
  // A report's or region's chart is restored from the previous build while its data is unchanged (lib/page-keys.ts).
  return charts.flatMap(({ id, embed, title, def, cacheKey }) => [
    { params: { path: pathOf(id) }, props: { embed, title, def }, cacheKey },
    ...OEMBED_WIDTHS.map((width) => ({
      params: { path: pathOf(id, width) },
      props: { embed, title, def, width },
      cacheKey,
    })),
  ]);
}

export const GET: APIRoute = ({ props, site }) => {
  const {
    embed,
    title,
    def,
    width = EMBED_WIDTH,
  } = props as {
    embed: string;
    title: string;
    def?: ChartDef;
    width?: number;
  };
  const height = def ? estimateEmbedHeight(def, renderedSizes(def), width) : NOTICE_HEIGHT;
  const body = oembedJson({ id: embed, title: def?.title.zh ?? title, width, height, site: site! });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
