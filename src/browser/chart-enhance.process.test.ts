// The tooltip script in headless Chromium, on a chart rendered by the real
// renderer: hover, keyboard focus, arrow keys, Escape; and its shipped size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { fixtureDataset } from '../charts/fixtures.ts';
import { chartById } from '../charts/registry.ts';
import { renderSvg } from '../charts/render.ts';

async function bundle(format: 'esm' | 'iife'): Promise<string> {
  const out = await build({
    entryPoints: ['src/browser/chart-enhance.ts'],
    bundle: true,
    minify: true,
    format,
    globalName: 'atlasCharts',
    write: false,
  });
  const [file] = out.outputFiles;
  if (!file) throw new Error('esbuild wrote no bundle for chart-enhance.ts');
  return file.text;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const def = chartById(fixtureDataset(), 'home-timeline')!;
  const css = readFileSync('src/styles/charts.css', 'utf8');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body>
    <button id="before">before</button>
    <figure class="atlas-figure"><div class="atlas-figure__plot">${renderSvg(def, { lang: 'zh', width: 640 })}</div></figure>
    </body></html>`);
  await page.addScriptTag({ content: `${await bundle('iife')}\natlasCharts.enhanceCharts();` });
});

afterAll(async () => {
  await browser?.close();
});

const tooltip = () => page.locator('.atlas-tooltip');
const activeTip = () => page.evaluate(() => document.activeElement?.getAttribute('data-tip') ?? null);

describe('chart-enhance', () => {
  it('shows the tip of the first mark when Tab reaches the chart, and places it over the mark', async () => {
    await page.focus('#before');
    await page.keyboard.press('Tab');
    const tip = await activeTip();
    expect(tip).toBeTruthy();
    await expect.poll(() => tooltip().isVisible()).toBe(true);
    expect(await tooltip().textContent()).toBe(tip);
    expect(await tooltip().getAttribute('role')).toBe('status');
    const [mark, box] = [await page.locator('[data-tip][tabindex="0"]').boundingBox(), await tooltip().boundingBox()];
    expect(box!.y + box!.height).toBeLessThanOrEqual(mark!.y + 1);
  });

  it('moves focus and the tip with the arrow keys (roving tabindex)', async () => {
    const first = await activeTip();
    await page.keyboard.press('ArrowRight');
    const second = await activeTip();
    expect(second).not.toBe(first);
    expect(await tooltip().textContent()).toBe(second);
    expect(await page.locator('[data-tip][tabindex="0"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await activeTip()).toBe(first);
  });

  it('hides the tip with Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip().isVisible()).toBe(false);
  });

  it('shows a tip on hover and hides it when the pointer leaves', async () => {
    const mark = page.locator('[data-tip]').nth(2);
    await mark.hover();
    await expect.poll(() => tooltip().textContent()).toBe(await mark.getAttribute('data-tip'));
    await page.mouse.move(2, 2);
    await expect.poll(() => tooltip().isVisible()).toBe(false);
  });

  it('stays under 3 KB gzipped', async () => {
    expect(gzipSync(await bundle('esm')).length).toBeLessThan(3 * 1024);
  });
});
