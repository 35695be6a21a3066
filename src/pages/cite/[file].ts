// /cite/<report>.bib, .ris and .json (CSL-JSON): a report's citation for
// reference managers, every format written from the one citation model.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { citation } from '../../lib/citation.ts';
import { bibtex, cslJson, ris } from '../../lib/cite-records.ts';
import { currentRelease } from '../../lib/release.ts';
import { urls } from '../../core/urls.ts';
import { reportKey } from '../../lib/page-keys.ts';

const FORMATS = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

export function getStaticPaths() {
  const ds = siteData();
  // Restored from the previous build while the report is unchanged (lib/page-keys.ts).
  return ds.reports.flatMap((r) =>
    (Object.keys(FORMATS) as Format[]).map((format) => ({
      params: { file: `${r.meta.id}.${format}` },
      props: { id: r.meta.id, format },
      cacheKey: reportKey(ds, r.meta.id),
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, format } = props as { id: string; format: Format };
  const meta = siteData().index.reportById.get(id)!.meta;
  const permalink = new URL(urls.report(id), site).href;
  const record = citation({ meta, permalink, release: currentRelease() });
  return new Response(FORMATS[format].write(record), { headers: { 'Content-Type': FORMATS[format].type } });
};
