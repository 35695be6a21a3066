// Embeds that fit an article: the fixed-height snippet each chart's page
// offers shows the chart’s credit line, and all of the embed, at column
// widths of 320 to 720 px (no script resizes that iframe), and embeds are
// light unless the embedding page asks for dark — even for a reader whose
// system is dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite, DIST } from '../helpers/site.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { allCharts } from '../../src/lib/charts.ts';
import { ARTICLE_WIDTHS } from '../../src/embed/fixed-height.ts';
import { TOKENS } from '../../src/charts/palette.ts';
import { present } from '../helpers/present.ts';

const site = serveBuiltSite();
const charts = allCharts(loadDataset(REPOSITORY_DIRS));
const BG = present(TOKENS.bg, 'the palette token bg');

/**
 * The fixed-height snippet's height, as the chart's page offers it; null for a
 * series chart its page does not draw (the page links to its embed instead).
 */
function plainHeight(page: string, id: string): number | null {
  const file = join(DIST, page.replace(/^\//, ''), 'index.html');
  const html = readFileSync(file, 'utf8');
  const area = new RegExp(`id="chart-${id}-embed-plain"[^>]*>([^<]*)</textarea>`).exec(html);
  if (!area) return null;
  const [, snippet = ''] = area;
  const [, escaped, plain] = present(
    /height=&quot;(\d+)&quot;|height="(\d+)"/.exec(snippet),
    `a height in ${id}'s fixed-height snippet`,
  );
  return Number(escaped ?? plain);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('fixed-height embed snippets fit their chart and credit', () => {
  it('every chart’s credit line is inside the fixed-height frame at 320, 480, 640 and 720 px', async () => {
    const misfits: string[] = [];
    const offered = charts.flatMap((def) => {
      const height = plainHeight(def.page, def.id);
      return height === null ? [] : [{ def, height }];
    });
    // Every chart drawn on a page offers the snippet; only undrawn series charts (linked from their table) do not.
    expect(offered.length).toBeGreaterThan(charts.length / 2);
    // One load per chart; the frame is then resized through the column widths.
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    for (const { def, height } of offered) {
      await page.setViewportSize({ width: ARTICLE_WIDTHS[0], height });
      await page.goto(`${site.url}/embed/${def.id}/`);
      for (const width of ARTICLE_WIDTHS) {
        await page.setViewportSize({ width, height });
        // The drawing nearest the width is swapped in by a ResizeObserver (chart-widths.ts): it has run by the second frame.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const { bottom, content } = await page
          .locator('[data-embed-lang="zh"] .atlas-embed__credit')
          .evaluate((el) => ({
            bottom: el.getBoundingClientRect().bottom,
            content: document.documentElement.scrollHeight,
          }));
        if (bottom > height)
          misfits.push(`${def.id} at ${width}px: credit ends at ${Math.ceil(bottom)}px, frame is ${height}px`);
        // Nothing below the credit overflows either (the frame would scroll inside the article).
        if (content > height) misfits.push(`${def.id} at ${width}px: the page is ${content}px, frame is ${height}px`);
      }
    }
    await context.close();
    expect(misfits).toEqual([]);
  }, 300_000);
});

describe('embeds are light unless asked', () => {
  it('a dark-system reader sees a light embed by default, dark with ?theme=dark, their own with ?theme=auto', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const id = present(charts[0], 'a chart').id;
    await page.goto(`${site.url}/embed/${id}/`);
    expect(await bg()).toBe(rgb(BG.light));
    await page.goto(`${site.url}/embed/${id}/?theme=dark`);
    expect(await bg()).toBe(rgb(BG.dark));
    await page.goto(`${site.url}/embed/${id}/?theme=auto`);
    expect(await bg()).toBe(rgb(BG.dark));
    await context.close();
  });

  it('without script the embed is light too', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/${present(charts[0], 'a chart').id}/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(BG.light));
    await context.close();
  });
});
