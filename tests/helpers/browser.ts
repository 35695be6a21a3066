// Headless Debian Chromium through playwright-core, with the flags this
// network-less machine needs, and a page wrapper that records console errors.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed same-origin requests seen so far. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  viewport = DESKTOP,
  opts: { javaScriptEnabled?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, context, errors };
}

/**
 * Waits, on events rather than a timer, until a page has done its first work:
 * loaded, no region `aria-busy` (search results, a comparison, which the
 * scripts mark busy from their first fetch to the drawn result), and the
 * events already queued (e.g. Content-Security-Policy violations) dispatched.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(() => new Promise<void>((done) => setTimeout(done, 0)));
}

/** Opens every closed <details>, resolving once each has fired its toggle event (so lazily shown parts are drawn). */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('details:not([open])')].map(
        (d) =>
          new Promise<void>((done) => {
            d.addEventListener('toggle', () => done(), { once: true });
            (d as HTMLDetailsElement).open = true;
          }),
      ),
    ),
  );
}
