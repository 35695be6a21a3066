// The open data: /data/<name>.csv (for tools: UTF-8 without BOM), .json (the
// same rows, lists as arrays) and .xlsx (for spreadsheets: typed cells),
// rebuilt from the dataset on every build.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { DATA_TABLES, publishedTable, tableCsv, tableJson, tableXlsx } from '../../lib/data-tables.ts';
import { currentRelease } from '../../lib/release.ts';

const FORMATS = ['csv', 'json', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function getStaticPaths() {
  return DATA_TABLES.flatMap((t) =>
    FORMATS.map((format) => ({ params: { file: `${t.name}.${format}` }, props: { name: t.name, format } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { name, format } = props as { name: string; format: Format };
  const release = currentRelease();
  const table = publishedTable(siteData(), name, release, site!);
  const body =
    format === 'csv'
      ? tableCsv(table)
      : format === 'json'
        ? tableJson(table)
        : ((await tableXlsx(table, release)) as Uint8Array<ArrayBuffer>);
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
};
