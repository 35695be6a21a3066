// /cite/<report>.bib, .ris and .json (CSL-JSON): a report's citation for
// reference managers, every format written from the one citation model.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { citation } from '../../lib/citation.ts';
import { CITE_FORMATS, type CiteFormat } from '../../lib/cite-records.ts';
import { currentRelease } from '../../lib/release.ts';
import { urls } from '../../core/urls.ts';
import { reportKey } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  const ds = siteData();
  // Restored from the previous build while the report is unchanged (lib/page-keys.ts).
  return ds.reports.flatMap((r) =>
    (Object.keys(CITE_FORMATS) as CiteFormat[]).map((format) => ({
      params: { file: `${r.meta.id}.${format}` },
      props: { id: r.meta.id, format },
      cacheKey: reportKey(ds, r.meta.id),
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, format } = props as { id: string; format: CiteFormat };
  const meta = siteData().index.reportById.get(id)!.meta;
  const permalink = new URL(urls.report(id), site).href;
  const record = citation({ meta, permalink, release: currentRelease() });
  return new Response(CITE_FORMATS[format].write(record), { headers: { 'Content-Type': CITE_FORMATS[format].type } });
};
