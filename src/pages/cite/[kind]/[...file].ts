// /cite/<kind>/<id>.bib, .ris and .json (CSL-JSON) for what the atlas
// compiled: a series (/cite/series/<indicator>/<slug>.bib), an indicator, a
// chart or a curated comparison. Each is a data set by the atlas, naming the
// data version, written from the one citation model (src/lib/citation.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/site-data.ts';
import { datasetCitation, type Citation } from '../../../lib/citation.ts';
import { CITE_FORMATS, type CiteFormat } from '../../../lib/cite-records.ts';
import { currentRelease } from '../../../lib/release.ts';
import {
  allSeries,
  comparisonCitation,
  indicatorCitation,
  seriesCitation,
  seriesView,
} from '../../../lib/series-view.ts';
import { allCharts } from '../../../lib/charts.ts';
import { chartPageUrl } from '../../../embed/urls.ts';
import { CURATED } from '../../../compare/curated.ts';
import { absolute, urls } from '../../../core/urls.ts';

type Kind = 'series' | 'indicators' | 'charts' | 'compare';

/** Every citable thing of a kind: its id under /cite/<kind>/ and how to make its citation for a site address. */
function citables(): { kind: Kind; id: string; cite: (site: URL) => Citation }[] {
  const ds = siteData();
  const release = currentRelease();
  const used = new Set(ds.figures.map((f) => f.indicator).filter(Boolean));
  return [
    ...allSeries(ds).map((s) => ({
      kind: 'series' as const,
      id: `${s.indicator}/${s.slug}`,
      cite: (site: URL) => seriesCitation(seriesView(ds, s), release, site),
    })),
    ...ds.indicators
      .filter((i) => used.has(i.id))
      .map((i) => ({
        kind: 'indicators' as const,
        id: i.id,
        cite: (site: URL) => indicatorCitation(i, release, site),
      })),
    ...allCharts(ds).map((c) => ({
      kind: 'charts' as const,
      id: c.id,
      cite: (site: URL) =>
        datasetCitation({
          cited: { kind: 'chart', id: c.id },
          title: c.title,
          url: chartPageUrl(c.page, c.id, site),
          release,
          about: `Chart ${c.id}; its data: ${absolute(urls.chartCsv(c.id), site)}`,
        }),
    })),
    ...CURATED.map((c) => ({
      kind: 'compare' as const,
      id: c.slug,
      cite: (site: URL) => comparisonCitation(c, release, site),
    })),
  ];
}

export function getStaticPaths() {
  return citables().flatMap((c) =>
    (Object.keys(CITE_FORMATS) as CiteFormat[]).map((format) => ({
      params: { kind: c.kind, file: `${c.id}.${format}` },
      props: { kind: c.kind, id: c.id, format },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { kind, id, format } = props as { kind: Kind; id: string; format: CiteFormat };
  const found = citables().find((c) => c.kind === kind && c.id === id)!;
  return new Response(CITE_FORMATS[format].write(found.cite(site!)), {
    headers: { 'Content-Type': CITE_FORMATS[format].type },
  });
};
