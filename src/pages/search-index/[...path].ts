// The search index as static files under /search-index/: manifest, facets,
// term shards, big posting lists, report parts, t2s map. Built from the
// site's dataset by src/search (cached in .cache/search-index by content hash).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { searchCorpusFromDataset } from '../../search/build/from-dataset.ts';
import { cachedSearchIndex } from '../../search/build/index-cache.ts';

let files: Map<string, Uint8Array> | undefined;
function indexFiles(): Map<string, Uint8Array> {
  files ??= cachedSearchIndex(searchCorpusFromDataset(siteData())).files;
  return files;
}

export const getStaticPaths = (() =>
  [...indexFiles().keys()].map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', bin: 'application/octet-stream' };

export const GET: APIRoute = ({ params }) => {
  const path = params.path ?? '';
  const body = indexFiles().get(path);
  if (!body) return new Response('Not found', { status: 404 });
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream' },
  });
};
