// Cards are cached by content: the same SVG with the same rasteriser and font
// gives the same PNG, so a rebuild (or the determinism check) reuses it. The
// cache lives under node_modules/.cache, which git ignores.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const RESVG_VERSION: string = require('@resvg/resvg-js/package.json').version;
/** The cache folder, absolute: the processes that draw cards (src/cards/draw.ts) inherit it and write where the build reads. */
export const cardCache = () => resolve(process.env.ATLAS_CARD_CACHE ?? join('node_modules', '.cache', 'atlas-cards'));
// Bumped when the PNG encoding or the fonts change (2: Noto Emoji as fallback, □ for the rest).
const ENCODING = 'resvg-png-2';

export const cachedFile = (svg: string) =>
  join(cardCache(), `${createHash('sha256').update(`${RESVG_VERSION}|${ENCODING}|${svg}`).digest('hex')}.png`);

/** Stores a card's PNG; written aside then renamed, so a build stopped mid-write leaves no torn file. */
function writeCached(svg: string, png: Uint8Array): void {
  const file = cachedFile(svg);
  mkdirSync(cardCache(), { recursive: true });
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
}

/** Stores the PNGs drawn for `svgs`, in order; a missing PNG is a rasteriser fault, not a card to skip. */
export function writeAllCached(svgs: string[], pngs: Uint8Array[]): void {
  for (const [i, svg] of svgs.entries()) {
    const png = pngs[i];
    if (!png) throw new Error(`social cards: ${pngs.length} PNGs drawn for ${svgs.length} cards`);
    writeCached(svg, png);
  }
}

/** PNGs for the SVGs: `draw` stores those not cached (writeAllCached), then all are read from the cache. */
export async function cachedAll(svgs: string[], draw: (missing: string[]) => Promise<void>): Promise<Buffer[]> {
  const cards = svgs.map((svg) => ({ svg, file: cachedFile(svg) }));
  const missing = [...new Set(cards.filter((c) => !existsSync(c.file)).map((c) => c.svg))];
  if (missing.length) await draw(missing);
  return cards.map((c) => readFileSync(c.file));
}
