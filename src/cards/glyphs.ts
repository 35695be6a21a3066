// Which characters the card fonts can draw. resvg leaves a character no
// loaded font has as a blank gap (or a crossed box), so a card would lose a
// rare name, an emoji or a word in another script without a word. The fonts
// are Noto Sans SC (Chinese, Latin, CJK punctuation) and Noto Emoji (emoji and
// many symbols, monochrome: resvg falls back to it by itself); whatever
// neither has (CJK Extension B and later, Arabic, Hebrew, Tibetan, Yi …) is
// drawn as □ and reported, so the build can name the report it comes from.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';

const require = createRequire(import.meta.url);
// Literal package names, so the dependency check (knip) sees both fonts used.
const sc = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const emoji = dirname(require.resolve('@expo-google-fonts/noto-emoji/package.json'));

/** The card's own fonts, regular and bold, in the order resvg is given them. */
export const TEXT_FONT_FILES = [
  join(sc, '400Regular/NotoSansSC_400Regular.ttf'),
  join(sc, '700Bold/NotoSansSC_700Bold.ttf'),
] as const;
/** The fallback for emoji and symbols (Noto Emoji, OFL-1.1): resvg takes a glyph from it when the text fonts lack one. */
export const FALLBACK_FONT_FILES = [
  join(emoji, '400Regular/NotoEmoji_400Regular.ttf'),
  join(emoji, '700Bold/NotoEmoji_700Bold.ttf'),
] as const;

/** What a card draws instead of a character no card font has (Noto Sans SC has it). */
export const MISSING_GLYPH = '□';

// Drawn as nothing by design: spaces, line ends, variation selectors, joiners.
const NOTHING_TO_DRAW = /[\s\u200c\u200d\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}]/u;

let coverage: { text: Set<number>; fallback: Set<number> } | undefined;

/** The code points of a font file (its cmap), read with HarfBuzz. */
function codePoints(file: string): Set<number> {
  return new Set(new Face(new Blob(readFileSync(file))).collectUnicodes());
}

function fonts(): { text: Set<number>; fallback: Set<number> } {
  coverage ??= {
    // Regular and bold cover the same characters; the bold face is drawn only where the regular has the glyph.
    text: codePoints(TEXT_FONT_FILES[0]),
    fallback: codePoints(FALLBACK_FONT_FILES[0]),
  };
  return coverage;
}

/** True when a card font can draw `char` (one code point), or it needs no drawing. */
export function drawable(char: string): boolean {
  if (NOTHING_TO_DRAW.test(char)) return true;
  const cp = char.codePointAt(0)!;
  const { text, fallback } = fonts();
  return text.has(cp) || fallback.has(cp);
}

/** True when the fallback font is needed for `char` (the text fonts lack it, the fallback has it). */
export function needsFallback(char: string): boolean {
  const cp = char.codePointAt(0)!;
  const { text, fallback } = fonts();
  return !text.has(cp) && fallback.has(cp);
}

/** The characters of `text` no card font can draw, each once, in order. */
export function missingGlyphs(text: string): string[] {
  return [...new Set(text)].filter((c) => !drawable(c));
}

/** `text` with every character no card font can draw replaced by □. */
export function drawableText(text: string): string {
  let out = '';
  for (const c of text) out += drawable(c) ? c : MISSING_GLYPH;
  return out;
}
