// A chart embedded in a page on another origin, as a journalist would: the
// built site on one port, a host page (the snippet copied from the site's
// toolbar) on another. The iframe must grow to the chart's height, follow it
// when the data table opens, link its credit to the chart's page, and ignore
// resize messages that do not come from it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/static-server.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { chartById } from '../../src/lib/charts.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const CHART = 'report-xinyi-2023-summary-figures';
const def = chartById(loadDataset(REPOSITORY_DIRS), CHART)!;
// The site is built for its public address (astro.config `site`); the test serves it elsewhere.
const BUILT_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

let browser: Browser;
let site: Served;
let host: Served;
let other: Served;
let hostDir: string;
let otherDir: string;
let snippets: { responsive: string; plain: string };

/** The embed code as the chart's toolbar on its page offers it (copied to the clipboard). */
async function copiedSnippets(): Promise<{ responsive: string; plain: string }> {
  const { page, context } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.goto(`${site.url}${def.page}`);
  const figure = page.locator(`#chart-${CHART}`);
  await figure.locator('button[data-copy-embed]').click();
  await figure.locator('[data-toolbar-status]', { hasText: '已复制' }).waitFor();
  const responsive = await page.evaluate(() => navigator.clipboard.readText());
  const plain = await figure.locator(`#chart-${CHART}-embed-plain`).inputValue();
  expect(responsive).toBe(await figure.locator(`#chart-${CHART}-embed-code`).inputValue());
  await context.close();
  const here = (s: string) => s.replaceAll(BUILT_ORIGIN, site.url);
  return { responsive: here(responsive), plain: here(plain) };
}

beforeAll(async () => {
  site = await serveDir(DIST);
  browser = await launchBrowser();
  snippets = await copiedSnippets();
  hostDir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
  const article = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,">` +
    `<style>body{margin:0;font-family:sans-serif} .col{width:640px}</style></head><body><div class="col"><p>Article text.</p>${body}<p>More text.</p></div></body></html>`;
  // Start the iframe far too short, so growing to the chart is unmistakable.
  writeFileSync(join(hostDir, 'host.html'), article(snippets.responsive.replace(/ height="\d+"/, ' height="150"')));
  writeFileSync(join(hostDir, 'plain.html'), article(snippets.plain));
  host = await serveDir(hostDir);
  // A third origin whose page, once framed by the host, forges a resize message.
  otherDir = mkdtempSync(join(tmpdir(), 'atlas-other-'));
  writeFileSync(
    join(otherDir, 'forge.html'),
    `<!doctype html><title>ad</title><script>parent.postMessage({type:'atlas:resize',chart:'${CHART}',height:4900},'*');parent.postMessage({type:'forged'},'*');</script>`,
  );
  other = await serveDir(otherDir);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), host?.close(), other?.close()]);
  for (const dir of [hostDir, otherDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const frameHeight = (page: Page) =>
  page.locator('iframe[data-atlas-chart]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-atlas-chart]').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState('load');
  return frame!;
}

describe('an embedded chart on another site', () => {
  it('the snippet copied from the site is the iframe plus the resize script, on the site’s origin', () => {
    expect(snippets.responsive).toContain(`src="${site.url}/embed/${CHART}/"`);
    expect(snippets.responsive).toContain(`data-atlas-chart="${CHART}"`);
    expect(snippets.responsive).toContain(`<script async src="${site.url}/embed.js"></script>`);
    expect(snippets.plain).not.toContain('<script');
  });

  it('grows the iframe to the chart’s height, and again when the data table opens', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${host.url}/host.html`);
    const frame = await embedFrame(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 })
      .toBeLessThanOrEqual(2);
    const fitted = await frameHeight(page);
    expect(fitted).toBeGreaterThan(1000);
    const estimate = Number(/height="(\d+)"/.exec(snippets.responsive)![1]);
    console.log(`estimate ${estimate}px, fitted ${fitted}px`);
    // The fixed-height estimate is close to the real height at 640 px.
    expect(Math.abs(estimate - fitted) / fitted, `estimate ${estimate} vs ${fitted}`).toBeLessThan(0.15);
    // No scrollbar inside the frame once fitted.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

    await frame.locator('[data-embed-lang="zh"] .atlas-figure__data > summary').click();
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(fitted + 200);
    expect(Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('credits the source and links back to the chart on its page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${host.url}/host.html`);
    const frame = await embedFrame(page);
    const credit = frame.locator('[data-embed-lang="zh"] .atlas-embed__credit');
    await expect.poll(() => credit.innerText()).toContain(def.source.zh);
    const link = credit.locator('a.atlas-embed__credit-link');
    expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${site.url}${def.page}#chart-${CHART}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await context.close();
  });

  it('ignores a forged resize message from the host page itself', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${host.url}/host.html`);
    const frame = await embedFrame(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 })
      .toBeLessThanOrEqual(2);
    const fitted = await frameHeight(page);
    // Messages arrive in order: once a later one reaches the page, embed.js has seen (and refused) the forged two.
    await page.evaluate(
      (chart) =>
        new Promise<void>((done) => {
          window.addEventListener('message', (e) => e.data === 'test:after' && done());
          window.postMessage({ type: 'atlas:resize', chart, height: 4900 }, '*');
          window.postMessage({ type: 'atlas:resize', chart, height: 60 }, '*');
          window.postMessage('test:after', '*');
        }),
      CHART,
    );
    expect(await frameHeight(page)).toBe(fitted);
    await context.close();
  });

  it('ignores a resize message from a frame of a third origin', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${host.url}/host.html`);
    const frame = await embedFrame(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 })
      .toBeLessThanOrEqual(2);
    const fitted = await frameHeight(page);
    const forged = page.evaluate(
      () => new Promise<void>((ok) => window.addEventListener('message', (e) => e.data?.type === 'forged' && ok())),
    );
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'advert';
      document.body.append(f);
    }, `${other.url}/forge.html`);
    // The advert posts its forged resize before the marker, so embed.js has handled it by now.
    await forged;
    expect(await frameHeight(page)).toBe(fitted);
    await context.close();
  });

  it('the plain snippet keeps its fixed height and still shows the chart', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${host.url}/plain.html`);
    const frame = await embedFrame(page);
    const fixed = Number(/height="(\d+)"/.exec(snippets.plain)![1]);
    // The embed has loaded and said its height (embed-page.ts posts on load); no script on this page listens.
    expect(await frameHeight(page)).toBe(fixed);
    expect(await frame.locator('[data-embed-lang="zh"] h1').innerText()).toBe(def.title.zh);
    await context.close();
  });
});
