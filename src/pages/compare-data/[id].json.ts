// /compare-data/<id>.json: one report reduced to what a comparison needs, so
// the browser downloads only the reports selected.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { reportCompareData } from '../../compare/data.ts';

export function getStaticPaths() {
  return siteData().reports.map((r) => ({ params: { id: r.meta.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportCompareData(siteData(), params.id as string)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
