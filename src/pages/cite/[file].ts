// /cite/<report>.bib and .ris: a report's citation for reference managers.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { bibtex, ris } from '../../lib/cite-records.ts';
import { currentRelease } from '../../lib/release.ts';
import { urls } from '../../core/urls.ts';

export function getStaticPaths() {
  return siteData().reports.flatMap((r) => [
    { params: { file: `${r.meta.id}.bib` }, props: { id: r.meta.id, format: 'bib' } },
    { params: { file: `${r.meta.id}.ris` }, props: { id: r.meta.id, format: 'ris' } },
  ]);
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, format } = props as { id: string; format: 'bib' | 'ris' };
  const meta = siteData().index.reportById.get(id)!.meta;
  const permalink = new URL(urls.report(id), site).href;
  const version = currentRelease().version;
  return format === 'bib'
    ? new Response(bibtex(meta, permalink, version), {
        headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
      })
    : new Response(ris(meta, permalink, version), {
        headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
      });
};
