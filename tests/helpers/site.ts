// One browser and one static server over the built site for a test file:
// started before its tests, closed after. Read `site.url` and `site.browser`
// inside tests (they are set once beforeAll has run).
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDir } from './static-server.ts';

export const DIST = process.env.ATLAS_DIST ?? 'dist';

export interface ServedSite {
  url: string;
  browser: Browser;
}

export function serveBuiltSite(dir = DIST): ServedSite {
  const site = {} as ServedSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveDir(dir);
    close = server.close;
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
