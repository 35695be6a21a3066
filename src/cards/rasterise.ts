// SVG → PNG with resvg (a Rust rasteriser, prebuilt for each platform in npm)
// and the Noto Sans SC font that `npm ci` installs (@expo-google-fonts,
// OFL-1.1): no system fonts are read, so a card is the same bytes on every
// machine. Cards are drawn in batches, stacked in one SVG and cut apart
// (src/cards/png.ts). Two costs grow with the corpus and are kept flat:
// - time: resvg reads its font file again for every glyph it draws, about
//   1 ms per character with the 10 MB CJK fonts, so each batch gets fonts
//   cut down to the characters it uses (subset-font, HarfBuzz's subsetter;
//   the glyphs, and so the pixels, are the same);
// - memory: resvg's images are native memory freed by finalizers, which run
//   only when the event loop turns, so the loop yields after every batch
//   (a synchronous loop over 1,000 reports' cards grew past 20 GB).
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { CARD_FONT, CARD_SCALE } from './card-svg.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
export const CARD_FONT_FILES = [
  join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
];
const BATCH = 24;

let fullFonts: Buffer[] | undefined;

/** The batch's fonts, cut down to the characters of its SVG, written where resvg can read them. */
async function batchFonts(svg: string, dir: string): Promise<string[]> {
  fullFonts ??= CARD_FONT_FILES.map((f) => readFileSync(f));
  const chars = [...new Set(svg)].join('');
  return Promise.all(
    fullFonts.map(async (font, i) => {
      const file = join(dir, `${i}.ttf`);
      writeFileSync(file, await subsetFont(font, chars, { targetFormat: 'truetype' }));
      return file;
    }),
  );
}

function render(svg: string, fontFiles: string[], width: number): Uint8Array {
  const image = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_FONT, sansSerifFamily: CARD_FONT },
    background: '#ffffff',
    fitTo: { mode: 'width', value: width },
  }).render();
  return image.pixels;
}

/** PNGs of same-sized SVGs (each laid out `width` × `height`, drawn at CARD_SCALE), in order. */
export async function rasteriseAll(svgs: string[], width: number, height: number): Promise<Buffer[]> {
  const w = Math.round(width * CARD_SCALE);
  const h = Math.round(height * CARD_SCALE);
  const out: Buffer[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'atlas-card-fonts-'));
  try {
    for (let i = 0; i < svgs.length; i += BATCH) {
      const batch = svgs.slice(i, i + BATCH);
      const stacked =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * batch.length}">` +
        batch.map((svg, k) => svg.replace(/^<svg\b/, `<svg y="${k * height}"`)).join('') +
        `</svg>`;
      const pixels = render(stacked, await batchFonts(stacked, dir), w);
      batch.forEach((_, k) => out.push(encodePng(pixels, w, k * h, h)));
      // Let the finalizers of this batch's native image run before the next.
      await turn();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
