// /cards/<kind>/<id>.png: the social cards, rasterised at build time — all
// at once on the first request (batched, cached by content), then served.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { socialCards } from '../../lib/social-cards.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from '../../cards/card-svg.ts';
import { rasteriseAll } from '../../cards/rasterise.ts';
import { cachedAll } from '../../cards/cache.ts';

let pngs: Map<string, Buffer> | undefined;

function allPngs(): Map<string, Buffer> {
  if (!pngs) {
    const cards = socialCards(siteData());
    const out = cachedAll(cards.map(cardSvg), (missing) => rasteriseAll(missing, CARD_WIDTH, CARD_HEIGHT));
    pngs = new Map(cards.map((c, i) => [c.path, out[i]]));
  }
  return pngs;
}

export function getStaticPaths() {
  return socialCards(siteData()).map((card) => ({ params: { path: card.path } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(allPngs().get(params.path as string)!), { headers: { 'Content-Type': 'image/png' } });
