// /data/datapackage.json: a Frictionless Data Package descriptor, the manifest
// researchers' tools read (frictionless-py, R datapackage.r, Data Curator):
// the dataset's name, version, "data as of" date, licence and each file.
import type { APIRoute } from 'astro';
import { DATA_TABLES } from '../../lib/data-tables.ts';
import { currentRelease } from '../../lib/release.ts';
import { toJson } from '../../pipeline/export/index.ts';
import { urls } from '../../core/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const release = currentRelease();
  const descriptor = {
    name: 'regional-st-policy-atlas',
    title: '区域科技政策图鉴 Regional S&T Policy Atlas',
    version: release.version,
    created: release.date,
    homepage: new URL(urls.data(''), site).href,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: DATA_TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      description: `${t.zh} ${t.en}`,
    })),
  };
  return new Response(toJson(descriptor), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
