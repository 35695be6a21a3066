// /data/datapackage.json: the Frictionless Data Package descriptor of the
// published CSVs (src/pipeline/export/datapackage.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { DATA_TABLES, publishedTable, tableCsv } from '../../lib/data-tables.ts';
import { currentRelease } from '../../lib/release.ts';
import { dataPackage } from '../../pipeline/export/index.ts';
import { datasetYears } from '../../lib/dataset-meta.ts';

export const GET: APIRoute = ({ site }) => {
  const ds = siteData();
  const release = currentRelease();
  const csv = new Map(DATA_TABLES.map((t) => [t.name, tableCsv(publishedTable(ds, t.name, release, site!))]));
  const descriptor = dataPackage({ tables: DATA_TABLES, csv, release, site: site!, years: datasetYears(ds) });
  return new Response(JSON.stringify(descriptor, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
