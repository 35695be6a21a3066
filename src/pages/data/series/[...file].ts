// /data/series/<indicator>/<slug>.csv and .README.txt: every figure of one
// series, each row with its sentence and absolute permalink, and the file that
// says what the series is, how it was filtered, its version and licence.
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/site-data.ts';
import { allSeries, seriesBySlug, seriesCsv, seriesReadme, seriesRows, seriesView } from '../../../lib/series-view.ts';
import { currentRelease } from '../../../lib/release.ts';

export function getStaticPaths() {
  return allSeries(siteData()).flatMap((s) =>
    (['csv', 'README.txt'] as const).map((ext) => ({
      params: { file: `${s.indicator}/${s.slug}.${ext}` },
      props: { indicator: s.indicator, slug: s.slug, ext },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { indicator, slug, ext } = props as { indicator: string; slug: string; ext: 'csv' | 'README.txt' };
  const ds = siteData();
  const view = seriesView(ds, seriesBySlug(ds, indicator, slug)!);
  const release = currentRelease();
  if (ext === 'csv')
    return new Response(seriesCsv(seriesRows(view, site!), release), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  return new Response(seriesReadme(ds, view, release, site!), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
