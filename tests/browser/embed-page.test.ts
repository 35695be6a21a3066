// The embed page on its own (options, no JavaScript, accessibility) and the
// chart toolbar's downloads (SVG, CSV, PNG) as a reader gets them, in Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { DESKTOP, PHONE, launchBrowser, openPage } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/static-server.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { chartById } from '../../src/lib/charts.ts';
import { TOKENS } from '../../src/charts/palette.ts';
import { readPngText } from '../../src/embed/png-text.ts';
import { RENDER_WIDTHS } from '../../src/embed/layout.ts';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const CHART = 'report-xinyi-2023-summary-figures';
const def = chartById(loadDataset(REPOSITORY_DIRS), CHART)!;
const BG = present(TOKENS.bg, 'the palette token bg');

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const visibleTitle = (page: Page) => page.locator('[data-embed-lang]:not([hidden]) h1');

describe('the embed page', () => {
  it('shows the chart, its Chinese title, credit and data toggle, and nothing of the site', async () => {
    const { page, context, errors } = await openPage(browser, DESKTOP);
    await page.goto(`${site.url}/embed/${CHART}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await visibleTitle(page).innerText()).toBe(def.title.zh);
    // One drawing in the page; the other widths wait in templates (no style or layout until one fits better).
    expect(await page.locator('[data-embed-lang="zh"] svg.atlas-chart').count()).toBe(1);
    expect(await page.locator('[data-embed-lang="zh"] svg.atlas-chart >> visible=true').count()).toBe(1);
    expect(await page.locator('[data-embed-lang="zh"] .atlas-figure__plot > template').count()).toBe(
      RENDER_WIDTHS.length - 1,
    );
    expect(await page.locator('[data-embed-lang="zh"] .atlas-embed__credit').innerText()).toContain(def.source.zh);
    expect(await page.locator('[data-embed-lang="zh"] details > summary').innerText()).toBe('查看数据表');
    expect(await page.locator('header, nav, footer, .site-header, .site-footer').count()).toBe(0);
    const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    expect(new URL(oembed!).pathname).toBe(`/oembed/${CHART}.json`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone-width frame: the narrow rendering, no sideways scroll, tooltips on focus', async () => {
    const { page, context, errors } = await openPage(browser, PHONE);
    await page.goto(`${site.url}/embed/${CHART}/`);
    const shown = page.locator('[data-embed-lang="zh"] .atlas-figure__svg >> visible=true');
    expect(await shown.getAttribute('class')).toContain(`--w${RENDER_WIDTHS[0]}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shown.locator('[data-tip]').first().focus();
    await expect.poll(() => page.locator('.atlas-tooltip').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: Chinese chart shown, English one hidden', async () => {
    const { page, context } = await openPage(browser, PHONE, { javaScriptEnabled: false });
    await page.goto(`${site.url}/embed/${CHART}/?lang=en&theme=dark&title=0`);
    expect(await visibleTitle(page).innerText()).toBe(def.title.zh);
    expect(await page.locator('[data-embed-lang="en"]').isVisible()).toBe(false);
    expect(await page.locator('[data-embed-lang="zh"] svg.atlas-chart >> visible=true').count()).toBe(1);
    await context.close();
  });

  it('lang=en shows English labels; the document stays zh-CN', async () => {
    const { page, context } = await openPage(browser, DESKTOP);
    await page.goto(`${site.url}/embed/${CHART}/?lang=en`);
    await expect.poll(() => visibleTitle(page).innerText()).toBe(def.title.en);
    expect(await page.locator('[data-embed-lang="zh"]').isVisible()).toBe(false);
    expect(await page.locator('[data-embed-lang="en"] .atlas-embed__credit').innerText()).toContain(def.source.en);
    expect(await page.locator('[data-embed-lang="en"]').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await context.close();
  });

  it('theme=dark and theme=light override the reader’s colour scheme', async () => {
    const { page, context } = await openPage(browser, DESKTOP);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.url}/embed/${CHART}/`);
    expect(await background()).toBe(rgb(BG.light));
    await page.goto(`${site.url}/embed/${CHART}/?theme=dark`);
    await expect.poll(background).toBe(rgb(BG.dark));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.url}/embed/${CHART}/?theme=light`);
    await expect.poll(background).toBe(rgb(BG.light));
    const mark = page
      .locator('[data-embed-lang="zh"] .atlas-figure__svg >> visible=true')
      .locator('[class*="atlas-fill-kind-actual"]')
      .first();
    expect(await mark.evaluate((el) => getComputedStyle(el).fill)).toBe(
      rgb(present(TOKENS['kind-actual'], 'the palette token kind-actual').light),
    );
    await context.close();
  });

  it('title=0 hides the title from sight but keeps it for screen readers', async () => {
    const { page, context } = await openPage(browser, DESKTOP);
    await page.goto(`${site.url}/embed/${CHART}/?title=0`);
    const title = page.locator('[data-embed-lang="zh"] h1');
    await expect.poll(() => title.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(def.title.zh);
    await context.close();
  });

  it('has no serious or critical axe violation, in either language and theme', async () => {
    const { page, context } = await openPage(browser, DESKTOP);
    for (const query of ['', '?lang=en&theme=dark', '?title=0&theme=light']) {
      await page.goto(`${site.url}/embed/${CHART}/${query}`);
      expect(await seriousViolations(page), query).toEqual([]);
    }
    await context.close();
  });
});

describe('downloads from the chart toolbar', () => {
  async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }
  async function openChart() {
    const watched = await openPage(browser, DESKTOP);
    await watched.page.goto(`${site.url}${def.page}`);
    return { ...watched, figure: watched.page.locator(`#chart-${CHART}`) };
  }

  it('SVG: standalone, titled, with source and licence', async () => {
    const { page, context, figure } = await openChart();
    const { name, bytes } = await download(page, () => figure.getByRole('link', { name: '下载 SVG' }).click());
    const svg = bytes.toString('utf8');
    expect(name).toBe(`${CHART}.svg`);
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title>${def.title.zh}</title>`);
    const desc = /<desc>([^<]*)<\/desc>/.exec(svg)![1];
    expect(desc).toContain(def.source.zh.replace(/"/g, '&quot;').slice(0, 20));
    expect(desc).toContain('CC BY 4.0');
    expect(svg).toContain(`#chart-${CHART}`);
    await context.close();
  });

  it('CSV: exactly the rows plotted, with source and licence columns', async () => {
    const { page, context, figure } = await openChart();
    const { name, bytes } = await download(page, () => figure.getByRole('link', { name: '下载数据 CSV' }).click());
    expect(name).toBe(`${CHART}.csv`);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...def.columns.map((c) => c.key), 'source', 'licence', 'page']);
    expect(parsed.data).toHaveLength(def.rows.length);
    expect(parsed.data.map((r) => r.raw)).toEqual(def.rows.map((r) => String(r.raw)));
    expect(new Set(parsed.data.map((r) => r.licence))).toEqual(new Set(['CC BY 4.0 · 区域科技政策图鉴']));
    await context.close();
  });

  it('PNG: drawn in the browser at twice the SVG’s size, with source and licence notes', async () => {
    const { page, context, figure, errors } = await openChart();
    const svg = readFileSync(`${DIST}/charts/${CHART}.svg`, 'utf8');
    const [, w = '', h = ''] = present(/<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg), `the size of ${CHART}.svg`);
    const [width, height] = [Number(w), Number(h)];
    const { name, bytes } = await download(page, () => figure.getByRole('button', { name: '下载 PNG' }).click());
    expect(name).toBe(`${CHART}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * width, 2 * height]);
    const notes = readPngText(new Uint8Array(bytes));
    expect(notes.Source).toBe(def.source.zh);
    expect(notes.Copyright).toBe('CC BY 4.0 · 区域科技政策图鉴');
    expect(notes.Title).toBe(def.title.zh);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the embed code is still there to select, and the script-only buttons stay hidden', async () => {
    const { page, context } = await openPage(browser, DESKTOP, { javaScriptEnabled: false });
    await page.goto(`${site.url}${def.page}`);
    const figure = page.locator(`#chart-${CHART}`);
    expect(
      await figure
        .locator('button[data-copy-embed], button[data-png]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent)),
    ).toEqual([null, null]);
    await figure.locator('.atlas-figure__embed > summary').click();
    expect(await figure.locator(`#chart-${CHART}-embed-code`).inputValue()).toContain(`/embed/${CHART}/`);
    await context.close();
  });
});

// The fixed-height snippet of every chart is checked against its embed in tests/browser/embed-fit.test.ts.
