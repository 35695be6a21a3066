// /compare/<slug>.csv: a curated comparison as CSV (the same rows the
// interactive page exports), with absolute source links.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { CURATED, curatedBySlug } from '../../compare/curated.ts';
import { compareReports } from '../../compare/from-dataset.ts';
import { comparisonCsv } from '../../compare/csv.ts';

export function getStaticPaths() {
  return CURATED.map((c) => ({ params: { slug: c.slug } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const curated = curatedBySlug(params.slug as string)!;
  const csv = comparisonCsv(compareReports(siteData(), curated.selections), site?.origin ?? '');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
