// A report too long for one page (the fixture site's 1 MB report) runs over
// continuation pages; a permalink to a paragraph, sentence or figure of a
// later page, written against the first page as every permalink is, leads
// the reader to the page that holds it (src/browser/report-parts.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, settled } from '../helpers/browser.ts';
import { serveDir } from '../helpers/static-server.ts';
import { fixtureSite } from '../reliability/fixture-site.ts';
import { LARGE_ID } from '../reliability/bad-cases.ts';
import { decodeEntities } from '../../src/core/html.ts';
import { urls } from '../../src/core/urls.ts';
import { present } from '../helpers/present.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let parts: { href: string; p: [number, number][]; s: [number, number][]; f: [number, number][] }[];
beforeAll(async () => {
  const built = await fixtureSite();
  if (!built.build.ok) throw new Error(`fixture site did not build:\n${built.build.output.slice(-3000)}`);
  const first = readFileSync(join(built.outDir, 'reports', LARGE_ID, 'index.html'), 'utf8');
  parts = JSON.parse(
    decodeEntities(
      present(/data-report-parts="([^"]*)"/.exec(first)?.[1], `data-report-parts on ${LARGE_ID}'s first page`),
    ),
  );
  site = await serveDir(built.outDir);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('anchors of a later page, opened on the first', () => {
  for (const kind of ['p', 's', 'f'] as const) {
    it(`#${kind}-n leads to the page holding it`, async () => {
      const part = present(parts.at(-1), `a part of ${LARGE_ID}`);
      const n = part[kind][0]?.[0];
      if (n === undefined) return; // no anchor of this kind on the last page
      const { page, context } = await openPage(browser);
      await page.goto(`${site.url}${urls.report(LARGE_ID)}#${kind}-${n}`);
      await page.waitForURL(`${site.url}${part.href}#${kind}-${n}`);
      expect(await page.locator(`[id="${kind}-${n}"]`).count()).toBe(1);
      await context.close();
    });
  }

  it('an anchor on the first page stays there', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site.url}${urls.report(LARGE_ID)}#p-1`);
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(urls.report(LARGE_ID));
    await context.close();
  });
});
