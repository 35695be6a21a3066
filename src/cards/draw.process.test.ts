import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedAll, cachedFile } from './cache.ts';
import { cardSvg } from './card-svg.ts';
import { drawMissing } from './draw.ts';
import { CARD_FONT_FILES, rasterise } from './rasterise.ts';

// A cache of its own; the child processes inherit it.
const dir = mkdtempSync(join(tmpdir(), 'atlas-card-cache-'));
const before = process.env.ATLAS_CARD_CACHE;
beforeAll(() => void (process.env.ATLAS_CARD_CACHE = dir));
afterAll(() => {
  if (before === undefined) delete process.env.ATLAS_CARD_CACHE;
  else process.env.ATLAS_CARD_CACHE = before;
  rmSync(dir, { recursive: true, force: true });
});

const svgs = Array.from({ length: 200 }, (_, i) =>
  cardSvg({
    kicker: '报告',
    title: `第${i}篇 仙居县科技局工作总结`,
    lines: [`高新技术企业 ${i}家`],
    footer: '区域科技政策图鉴',
  }),
);

describe('drawing cards in child processes', () => {
  it('stores every card in the cache, each as this process would draw it', async () => {
    await drawMissing(svgs);
    expect(svgs.every((svg) => cachedFile(svg).startsWith(dir))).toBe(true);
    for (const svg of svgs.filter((_, i) => [0, 101, 199].includes(i)))
      expect(readFileSync(cachedFile(svg)).equals(rasterise(svg, CARD_FONT_FILES))).toBe(true);
    // Then all come from the cache: nothing is missing.
    const asked: string[][] = [];
    const pngs = await cachedAll(svgs, async (missing) => void asked.push(missing));
    expect(asked).toEqual([]);
    expect(pngs).toHaveLength(200);
  });

  it('a child that fails stops the drawing with its message', async () => {
    const failing = join(dir, 'fail.ts');
    writeFileSync(failing, "console.error('font missing'); process.exit(3);");
    await expect(
      drawMissing(
        svgs.map((s) => s.replace('第', '甲')),
        failing,
      ),
    ).rejects.toThrow(/drawing failed \(exit 3\): font missing/);
  });
});
