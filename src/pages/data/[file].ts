// The open data: /data/<name>.csv and /data/<name>.json, rebuilt from the
// dataset on every build.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { DATA_TABLES, publishedTable } from '../../lib/data-tables.ts';
import { currentRelease } from '../../lib/release.ts';
import { toCsv, toJson } from '../../pipeline/export/index.ts';

export function getStaticPaths() {
  return DATA_TABLES.flatMap((t) => [
    { params: { file: `${t.name}.csv` }, props: { name: t.name, format: 'csv' } },
    { params: { file: `${t.name}.json` }, props: { name: t.name, format: 'json' } },
  ]);
}

export const GET: APIRoute = ({ props }) => {
  const { name, format } = props as { name: string; format: 'csv' | 'json' };
  const { rows, columns } = publishedTable(siteData(), name, currentRelease().version);
  if (format === 'csv') {
    return new Response(toCsv(rows, columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(toJson(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
