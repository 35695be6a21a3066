// /cards/<kind>/<id>.png: the social cards, rasterised at build time. The
// first card rendered draws every card missing from the card cache (cached
// by content, in child processes, src/cards/draw.ts); each card is then read
// from the cache when its page is written, never all held at once. A card is
// restored from the previous build while its SVG is unchanged.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { cardGlyphWarnings, socialCards } from '../../lib/social-cards.ts';
import { cardSvg } from '../../cards/card-svg.ts';
import { drawMissing } from '../../cards/draw.ts';
import { cachedPng, drawUncached } from '../../cards/cache.ts';
import { contentKey } from '../../lib/page-keys.ts';

let svgs: Map<string, string> | undefined;
let drawn: Promise<void> | undefined;

function cardSvgs(): Map<string, string> {
  if (svgs) return svgs;
  const cards = socialCards(siteData());
  // A character no card font has is drawn as □; say where it comes from.
  for (const warning of cardGlyphWarnings(cards)) console.warn(`[social cards] ${warning}`);
  svgs = new Map(cards.map((card) => [card.path, cardSvg(card)]));
  return svgs;
}

export function getStaticPaths() {
  return [...cardSvgs()].map(([path, svg]) => ({ params: { path }, cacheKey: contentKey(svg) }));
}

export const GET: APIRoute = async ({ params }) => {
  drawn ??= drawUncached([...cardSvgs().values()], drawMissing);
  await drawn;
  const png = cachedPng(cardSvgs().get(params.path as string)!);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
