// dist/_redirects, for static hosts that read one (Netlify, Cloudflare
// Pages): every retired chart id's embed, oEmbed and download addresses sent
// permanently to the chart that shows its figures now. Hosts without it
// serve the static pages built for those ids instead (same content, a note).
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site-data.ts';
import { retiredChartIds } from '../lib/charts.ts';
import { urls } from '../core/urls.ts';

export function getStaticPaths() {
  return [{ params: { host_file: '_redirects' } }];
}

export const GET: APIRoute = () => {
  const lines = retiredChartIds(siteData()).flatMap(({ id, successor }) =>
    // An id no chart stands for keeps its static notice: nothing to send it to.
    successor === null
      ? []
      : [
          `${urls.embed(id)} ${urls.embed(successor)} 301`,
          `${urls.oembed(id)} ${urls.oembed(successor)} 301`,
          `${urls.chartSvg(id)} ${urls.chartSvg(successor)} 301`,
          `${urls.chartCsv(id)} ${urls.chartCsv(successor)} 301`,
        ],
  );
  const head = '# Retired chart ids → the charts that show their figures now (data/published/charts.csv).\n';
  return new Response(head + lines.map((l) => `${l}\n`).join(''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
