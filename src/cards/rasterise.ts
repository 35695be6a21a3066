// SVG → PNG with resvg (a Rust rasteriser, prebuilt for each platform in npm)
// and the fonts that `npm ci` installs (@expo-google-fonts, OFL-1.1: Noto Sans
// SC, and Noto Emoji for what it lacks, src/cards/glyphs.ts): no system fonts
// are read, so a card is the same bytes on every machine. Two costs would grow with the corpus and are kept flat:
// - time: resvg reads its font file again for every glyph it draws, about
//   1 ms per character with the 10 MB CJK fonts, so each batch of cards gets
//   fonts cut down to the characters it uses (subset-font, HarfBuzz's
//   subsetter; the glyphs, and so the pixels, are the same);
// - memory: resvg's images are native memory freed by finalizers, which run
//   only when the event loop turns, so the loop yields after every batch
//   (a synchronous loop over 1,000 reports' cards grew past 20 GB).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { CARD_FONT, CARD_PIXELS } from './card-svg.ts';
import { FALLBACK_FONT_FILES, TEXT_FONT_FILES, needsFallback } from './glyphs.ts';

/** Every font a card may be drawn with: the text fonts, then the fallback. */
export const CARD_FONT_FILES = [...TEXT_FONT_FILES, ...FALLBACK_FONT_FILES];
/** Cards per font subset: subsetting costs about 25 ms, a card about 25 ms. */
const BATCH = 48;

let fullFonts: Buffer[] | undefined;

/** The fonts cut down to the characters of these SVGs, written where resvg can read them (the fallback only when needed). */
async function batchFonts(svgs: string[], dir: string): Promise<string[]> {
  fullFonts ??= CARD_FONT_FILES.map((f) => readFileSync(f));
  const unique = [...new Set(svgs.join(''))];
  const chars = unique.join('');
  const fallback = unique.some(needsFallback);
  const used = fullFonts.filter((_, i) => fallback || i < TEXT_FONT_FILES.length);
  return Promise.all(
    used.map(async (font, i) => {
      const file = join(dir, `${i}.ttf`);
      writeFileSync(file, await subsetFont(font, chars, { targetFormat: 'truetype' }));
      return file;
    }),
  );
}

/** A card's PNG, CARD_PIXELS wide, drawn with these font files. */
export function rasterise(svg: string, fontFiles: string[]): Buffer {
  return new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_FONT, sansSerifFamily: CARD_FONT },
    background: '#ffffff',
    fitTo: { mode: 'width', value: CARD_PIXELS.width },
  })
    .render()
    .asPng();
}

/** PNGs of the cards' SVGs, in order. */
export async function rasteriseAll(svgs: string[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'atlas-card-fonts-'));
  try {
    for (let i = 0; i < svgs.length; i += BATCH) {
      const batch = svgs.slice(i, i + BATCH);
      const fonts = await batchFonts(batch, dir);
      for (const svg of batch) out.push(rasterise(svg, fonts));
      // Let the finalizers of this batch's native images run before the next.
      await turn();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
