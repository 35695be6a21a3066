import { describe, expect, it } from 'vitest';
import { drawable, drawableText, missingGlyphs, MISSING_GLYPH } from './glyphs.ts';
import { cardSvg } from './card-svg.ts';
import { CARD_FONT_FILES, rasterise, rasteriseAll } from './rasterise.ts';

const card = (title: string) => cardSvg({ kicker: '报告', title, lines: [], footer: '区域科技政策图鉴' });

describe('what the card fonts can draw', () => {
  it('draws Chinese, Latin, CJK punctuation and emoji; spaces and variation selectors need no glyph', () => {
    for (const c of ['科', 'A', '，', '“', '😀', '☃', ' ', '\ufe0f']) expect(drawable(c), c).toBe(true);
  });

  it('names what no card font has: CJK Extension B, Arabic, Hebrew, Tibetan, Yi, private use', () => {
    expect(missingGlyphs('仙居𠀀县 مرحبا שלום བོད ꆈꌠ \ue000')).toEqual([
      '𠀀',
      'م',
      'ر',
      'ح',
      'ب',
      'ا',
      'ש',
      'ל',
      'ו',
      'ם',
      'བ',
      'ོ',
      'ད',
      'ꆈ',
      'ꌠ',
      '\ue000',
    ]);
    expect(drawableText('仙居𠀀县😀')).toBe(`仙居${MISSING_GLYPH}县😀`);
  });

  it('puts □ on the card where a character would have been a blank gap', () => {
    expect(card('仙居𠀀县')).toBe(card(`仙居${MISSING_GLYPH}县`));
    expect(card('仙居𠀀县')).not.toContain('𠀀');
  });

  it('draws an emoji with the fallback font, in a batch as with the whole fonts', async () => {
    const svgs = [card('科技局😀'), card('科技局'), card('科技局☃')];
    const pngs = await rasteriseAll(svgs);
    expect(pngs[0], 'the emoji left a mark').not.toEqual(pngs[1]);
    svgs.forEach((svg, i) => expect(pngs[i]?.equals(rasterise(svg, CARD_FONT_FILES)), `card ${i}`).toBe(true));
  });
});
