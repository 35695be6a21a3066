// Cards are cached by content: the same SVG with the same rasteriser and font
// gives the same PNG, so a rebuild (or the determinism check) reuses it. The
// cache lives under node_modules/.cache, which git ignores.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const RESVG_VERSION: string = require('@resvg/resvg-js/package.json').version;
const DIR = process.env.ATLAS_CARD_CACHE ?? join('node_modules', '.cache', 'atlas-cards');
// Bumped when the PNG encoding changes.
const ENCODING = 'png-sub-1';

const fileOf = (svg: string) =>
  join(DIR, `${createHash('sha256').update(`${RESVG_VERSION}|${ENCODING}|${svg}`).digest('hex')}.png`);

/** PNGs for the SVGs, rendering only those not cached (in one batch call). */
export async function cachedAll(svgs: string[], render: (missing: string[]) => Promise<Buffer[]>): Promise<Buffer[]> {
  const files = svgs.map(fileOf);
  const missing = svgs.filter((_, i) => !existsSync(files[i]));
  if (missing.length) {
    const pngs = await render(missing);
    mkdirSync(DIR, { recursive: true });
    missing.forEach((svg, i) => {
      const file = fileOf(svg);
      // Written aside then renamed, so a build stopped mid-write leaves no torn file.
      writeFileSync(`${file}.tmp`, pngs[i]);
      renameSync(`${file}.tmp`, file);
    });
  }
  return files.map((f) => readFileSync(f));
}
