// /compare-data/<id>.json: one report reduced to what a comparison needs, so
// the browser downloads only the reports selected.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { reportCompareData } from '../../compare/data.ts';
import { reportKey } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  const ds = siteData();
  // Restored from the previous build while the report is unchanged (lib/page-keys.ts).
  return ds.reports.map((r) => ({ params: { id: r.meta.id }, cacheKey: reportKey(ds, r.meta.id) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportCompareData(siteData(), params.id as string)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
