// /sources/<name>.txt: each raw scraped file byte for byte, as it was found,
// published as text whatever it was saved as (src/pipeline/sources.ts), so a
// scraped .html, .svg or .js never renders or runs on the site's origin.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { readSource } from '../../lib/sources.ts';

export function getStaticPaths() {
  return siteData().sources.map((s) => ({ params: { file: s.published }, props: { file: s.file } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(readSource(props.file as string)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
