// Nothing from a report, its frontmatter or a URL runs as code, in a real
// browser: hostile URL parameters and fragments on every page type that takes
// them, and the hostile fixture report (tests/fixtures/bad/html-in-text) on
// every page it reaches. Each load must raise no dialog, add no element from
// the payload, and trip no Content-Security-Policy violation (a violation
// means something tried to run or style inline). Pages are served with the
// headers of public/_headers, and framing is checked from another origin.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { visitPage, type Visit } from '../reliability/page-visit.ts';
import { loadHeaderRules, serveWithHeaders } from '../reliability/headers.ts';
import { fixtureSite } from '../reliability/fixture-site.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
/** Payloads: each would leave a .xss-probe element or raise a dialog if it were ever parsed as HTML or run. */
const PAYLOADS = [
  '<script>alert("script")</script>',
  '<img src=x class=xss-probe onerror=alert("img")>',
  '"><svg class=xss-probe onload=alert("svg")>',
  'javascript:alert("js")',
  "'-alert('quote')-'",
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visit = (url: string, act?: (page: Page) => Promise<void>) => visitPage(browser, url, act);

function expectClean(v: Visit, where: string): void {
  expect(v.dialogs, `${where}: a dialog opened`).toEqual([]);
  expect(v.probes, `${where}: payload elements in the DOM`).toBe(0);
  expect(v.violations, `${where}: CSP violations`).toEqual([]);
}

function firstDir(parent: string): string {
  const dirs = readdirSync(join(DIST, parent), { withFileTypes: true }).filter((d) => d.isDirectory());
  const [first] = dirs.sort((a, b) => a.name.localeCompare(b.name));
  if (!first) throw new Error(`${DIST}/${parent} has no pages`);
  return first.name;
}

describe(`URL parameters and fragments on the built site (${DIST})`, () => {
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveWithHeaders(DIST, loadHeaderRules());
  });
  afterAll(async () => site?.close());

  const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

  it('compare (?r=) shows hostile selections as text or drops them; nothing runs', async () => {
    for (const p of PAYLOADS) {
      const v = await visit(`${site.url}/compare/?${q('r', `${p},xinyi-2023-summary`)}`);
      expectClean(v, `compare ?r=${p}`);
    }
  });

  it('embeds (?title=, ?theme=, ?lang=) ignore hostile options; nothing runs', async () => {
    const chart = firstDir('embed');
    for (const p of PAYLOADS) {
      const v = await visit(`${site.url}/embed/${chart}/?${q('title', p)}&${q('theme', p)}&${q('lang', p)}`);
      expectClean(v, `embed ?…=${p}`);
    }
  });

  it('report pages ignore hostile fragments and query strings; nothing runs', async () => {
    const report = firstDir('reports');
    for (const p of PAYLOADS) {
      const v = await visit(`${site.url}/reports/${report}/?${q('q', p)}#${encodeURIComponent(p)}`);
      expectClean(v, `report #${p}`);
    }
  });

  it('search (?q=) shows hostile queries as text; nothing runs', async () => {
    for (const p of PAYLOADS) {
      const v = await visit(`${site.url}/search/?${q('q', p)}`, async (page) => {
        await page.waitForTimeout(500);
      });
      expectClean(v, `search ?q=${p}`);
    }
  });

  it('the site search box sends a hostile query as text', async () => {
    const v = await visit(`${site.url}/`, async (page) => {
      await page.fill('#site-q', PAYLOADS[1]);
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-q', 'Enter')]);
      await page.waitForTimeout(500);
    });
    expectClean(v, 'search box');
  });

  it('ordinary pages refuse to be framed by another site; embeds accept it', async () => {
    const report = firstDir('reports');
    const chart = firstDir('embed');
    // The host page: another origin (localhost vs 127.0.0.1, its own port), as a news site would be.
    const hostDir = mkdtempSync(join(tmpdir(), 'atlas-frame-host-'));
    writeFileSync(
      join(hostDir, 'article.html'),
      `<!doctype html><title>host</title><iframe src="${site.url}/reports/${report}/"></iframe><iframe src="${site.url}/embed/${chart}/"></iframe>`,
    );
    const host = await serveWithHeaders(hostDir, []);
    const { page, context } = await openPage(browser);
    await page.goto(`${host.url.replace('127.0.0.1', 'localhost')}/article.html`);
    await page.waitForTimeout(1500);
    const framed = page.frames().filter((f) => f !== page.mainFrame());
    const embed = framed.find((f) => f.url().includes(`/embed/${chart}/`));
    expect(embed, 'the embed loads in the frame').toBeTruthy();
    expect(await embed!.locator('figure, svg').count()).toBeGreaterThan(0);
    expect(
      framed.some((f) => f.url().includes(`/reports/${report}/`)),
      'the report page must not load inside a foreign frame',
    ).toBe(false);
    await context.close();
    await host.close();
    rmSync(hostDir, { recursive: true, force: true });
  });
});

describe('the hostile fixture report on every page it reaches', () => {
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const built = await fixtureSite();
    if (!built.build.ok) throw new Error(`fixture site did not build:\n${built.build.output.slice(-3000)}`);
    site = await serveWithHeaders(built.outDir, loadHeaderRules());
  }, 900_000);
  afterAll(async () => site?.close());

  const pages = [
    '/reports/html-in-text/',
    '/reports/',
    '/',
    '/regions/331024/',
    '/compare/?r=html-in-text,xianju-2024-h1-summary-h2-plan',
    '/embed/report-html-in-text-figures/',
    '/methodology/',
    // search results quote the hostile paragraphs, with the match highlighted
    `/search/?q=${encodeURIComponent('alert')}`,
    `/search/?q=${encodeURIComponent('<script>')}`,
    `/search/?q=${encodeURIComponent('onerror')}`,
  ];
  for (const path of pages) {
    it(`${path}: the hostile words are text, nothing runs`, async () => {
      const v = await visit(`${site.url}${path}`, async (page) => {
        // open every disclosure, so lazily shown text is rendered too
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await page.waitForTimeout(200);
      });
      expectClean(v, path);
    });
  }

  it('the report page shows the hostile title as its words', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site.url}/reports/html-in-text/`);
    // The h1 is the title derived from its region (which must match data/regions.csv, so it is not hostile);
    // the hostile scraped title is shown as 原标题, as text.
    expect(await page.locator('h1').innerText()).toMatch(/^仙居县/);
    expect(await page.locator('.original-title').innerText()).toContain("<script>alert('title')</script>");
    expect(await page.locator('#p-0').innerText()).toContain("<script>alert('body')</script>");
    await context.close();
  });

  it('search finds the hostile report and quotes its words as text', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site.url}/search/?q=alert`);
    await page.getByText("<script>alert('body')</script>", { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('main').innerText()).toContain("<img src=x onerror=alert('title2')>");
    await context.close();
  });
});
