// SVG → PNG with resvg (a Rust rasteriser, prebuilt for each platform in npm)
// and the Noto Sans SC font that `npm ci` installs (@expo-google-fonts,
// OFL-1.1): no system fonts are read, so a card is the same bytes on every
// machine. Parsing the font is most of a render's cost, so cards are drawn
// in batches, stacked in one SVG, and cut apart (src/cards/png.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT, CARD_SCALE } from './card-svg.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
export const CARD_FONT_FILES = [
  join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
];
const BATCH = 12;

const options = {
  font: {
    fontFiles: CARD_FONT_FILES,
    loadSystemFonts: false,
    defaultFontFamily: CARD_FONT,
    sansSerifFamily: CARD_FONT,
  },
  background: '#ffffff',
};

/** PNGs of same-sized SVGs (each laid out `width` × `height`, drawn at CARD_SCALE), in order. */
export function rasteriseAll(svgs: string[], width: number, height: number): Buffer[] {
  const w = Math.round(width * CARD_SCALE);
  const h = Math.round(height * CARD_SCALE);
  const out: Buffer[] = [];
  for (let i = 0; i < svgs.length; i += BATCH) {
    const batch = svgs.slice(i, i + BATCH);
    const stacked =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * batch.length}">` +
      batch.map((svg, k) => svg.replace(/^<svg\b/, `<svg y="${k * height}"`)).join('') +
      `</svg>`;
    const image = new Resvg(stacked, { ...options, fitTo: { mode: 'width', value: w } }).render();
    batch.forEach((_, k) => out.push(encodePng(image.pixels, w, k * h, h)));
  }
  return out;
}
