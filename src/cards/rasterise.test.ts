import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT, CARD_HEIGHT, CARD_PIXELS, CARD_WIDTH, cardSvg } from './card-svg.ts';
import { encodePng } from './png.ts';
import { CARD_FONT_FILES, rasteriseAll } from './rasterise.ts';

const cards = ['仙居县 2024', '宁波市 约2012', '“两专队伍”·新沂市'].map((title, i) =>
  cardSvg({
    kicker: '报告',
    title,
    lines: [`高新技术企业 ${183 + i}家 · 存量`, '研发投入 4.61亿元', 'R&D <占比> 3.78%'],
    footer: '区域科技政策图鉴 · 数据版本 1.1.0',
  }),
);

/** The card drawn alone with the whole fonts, as before batching and subsetting. */
function drawnWhole(svg: string): Buffer {
  const image = new Resvg(svg, {
    font: {
      fontFiles: CARD_FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT,
      sansSerifFamily: CARD_FONT,
    },
    background: '#ffffff',
    fitTo: { mode: 'width', value: CARD_PIXELS.width },
  }).render();
  return encodePng(image.pixels, CARD_PIXELS.width, 0, CARD_PIXELS.height);
}

describe('rasteriseAll', () => {
  it('draws each card of a batch as the whole fonts would, byte for byte', async () => {
    const pngs = await rasteriseAll(cards, CARD_WIDTH, CARD_HEIGHT);
    expect(pngs).toHaveLength(cards.length);
    pngs.forEach((png, i) => expect(png.equals(drawnWhole(cards[i])), `card ${i}`).toBe(true));
  });
});
