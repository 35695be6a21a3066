// /sources/<file>: each raw scraped file byte for byte, as it was found.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { readSource, sourceFiles } from '../../lib/sources.ts';

export function getStaticPaths() {
  return [...sourceFiles(siteData().reports).keys()].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readSource(params.file as string)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
