import { describe, expect, it } from 'vitest';
import { cardSvg } from './card-svg.ts';
import { CARD_FONT_FILES, rasterise, rasteriseAll } from './rasterise.ts';

const cards = ['仙居县 2024', '宁波市 约2012', '“两专队伍”·新沂市'].map((title, i) =>
  cardSvg({
    kicker: '报告',
    title,
    lines: [`高新技术企业 ${183 + i}家 · 存量`, '研发投入 4.61亿元', 'R&D <占比> 3.78%'],
    footer: '区域科技政策图鉴 · 数据版本 1.1.0',
  }),
);

describe('rasteriseAll', () => {
  it('draws each card with fonts cut to the batch as the whole fonts would, byte for byte', async () => {
    const pngs = await rasteriseAll(cards);
    expect(pngs).toHaveLength(cards.length);
    cards.forEach((card, i) => expect(pngs[i]?.equals(rasterise(card, CARD_FONT_FILES)), `card ${i}`).toBe(true));
  });

  it('writes PNGs of the card size', async () => {
    const [png] = await rasteriseAll(cards.slice(0, 1));
    expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png?.readUInt32BE(16), png?.readUInt32BE(20)]).toEqual([800, 420]);
  });
});
