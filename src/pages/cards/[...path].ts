// /cards/<kind>/<id>.png: the social cards, rasterised at build time — all
// at once on the first request (cached by content; what is missing is drawn
// in child processes, src/cards/draw.ts), then served.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { cardGlyphWarnings, socialCards } from '../../lib/social-cards.ts';
import { cardSvg } from '../../cards/card-svg.ts';
import { drawMissing } from '../../cards/draw.ts';
import { cachedAll } from '../../cards/cache.ts';

let pngs: Promise<Map<string, Buffer>> | undefined;

async function drawAll(): Promise<Map<string, Buffer>> {
  const cards = socialCards(siteData());
  // A character no card font has is drawn as □; say where it comes from.
  for (const warning of cardGlyphWarnings(cards)) console.warn(`[social cards] ${warning}`);
  const out = await cachedAll(cards.map(cardSvg), drawMissing);
  return new Map(cards.map((c, i) => [c.path, out[i]]));
}

export function getStaticPaths() {
  return socialCards(siteData()).map((card) => ({ params: { path: card.path } }));
}

export const GET: APIRoute = async ({ params }) => {
  pngs ??= drawAll();
  const png = (await pngs).get(params.path as string)!;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
