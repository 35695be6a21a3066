// Raw sources never run script on the site's origin, in Chromium: the
// fixture site's hostile raw files (tests/reliability/hostile-sources.ts:
// pages saved as .html and .svg with inline and loaded scripts and handlers,
// a .js, an .html that loads the .js, one named index.html, names of markup,
// spaces, Chinese and URL-special characters) are each opened at their
// published address, served with the build's _headers and without any (a
// host that only knows file extensions): each arrives as plain text, opens no
// dialog and runs nothing. The listing survives every name and links each
// file to where it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { visitPage } from '../reliability/page-visit.ts';
import { loadHeaderRules, serveWithHeaders } from '../reliability/headers.ts';
import { fixtureSite } from '../reliability/fixture-site.ts';
import { HOSTILE_SOURCES } from '../reliability/hostile-sources.ts';
import { publishedSourceName } from '../../src/pipeline/source-names.ts';
import { urls } from '../../src/core/urls.ts';

let browser: Browser;
let outDir: string;
beforeAll(async () => {
  const site = await fixtureSite();
  if (!site.build.ok) throw new Error(`fixture site did not build:\n${site.build.output.slice(-3000)}`);
  outDir = site.outDir;
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => browser?.close());

for (const withHeaders of [true, false]) {
  describe(
    withHeaders ? 'served with the build’s _headers' : 'served without _headers (a host that knows only extensions)',
    () => {
      let site: { url: string; close: () => Promise<void> };
      beforeAll(async () => {
        site = await serveWithHeaders(outDir, withHeaders ? loadHeaderRules(join(outDir, '_headers')) : []);
      });
      afterAll(async () => site?.close());

      for (const { name } of HOSTILE_SOURCES) {
        it(`${name}: plain text at its published address, nothing runs`, async () => {
          const address = `${site.url}${urls.source(publishedSourceName(name))}`;
          const { page, context } = await openPage(browser);
          const dialogs: string[] = [];
          page.on('dialog', (d) => {
            dialogs.push(d.message());
            void d.dismiss();
          });
          const response = await page.goto(address, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
          if (withHeaders) expect(response?.headers()['x-content-type-options']).toBe('nosniff');
          expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
          // The text as found, byte for byte, shown as text.
          const body = await (await context.request.get(address)).body();
          expect(body.equals(readFileSync(join(outDir, 'sources', publishedSourceName(name))))).toBe(true);
          expect(await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, svg').length)).toBe(
            0,
          );
          expect(await page.title()).not.toBe('pwned');
          expect(dialogs).toEqual([]);
          await context.close();
        });
      }

      it('the listing survives a source named index.html and lists every name as text, linked', async () => {
        const v = await visitPage(browser, `${site.url}${urls.sources()}`);
        expect(v.dialogs).toEqual([]);
        expect(v.probes).toBe(0);
        const { page, context } = await openPage(browser);
        await page.goto(`${site.url}${urls.sources()}`);
        expect(await page.locator('h1').innerText()).toContain('原始文件');
        const listed = await page
          .locator('.file-list > li > a')
          .evaluateAll((links) =>
            links.map((a) => ({ name: a.textContent ?? '', href: (a as HTMLAnchorElement).href })),
          );
        for (const { name } of HOSTILE_SOURCES) {
          const link = listed.find((l) => l.name === name);
          expect(link, name).toBeDefined();
          const response = await context.request.get(link!.href);
          expect(response.status(), link!.href).toBe(200);
          expect(response.headers()['content-type']).toMatch(/^text\/plain/);
        }
        await context.close();
      });

      it('a report page links its raw file, whatever its name, to the file', async () => {
        const { page, context } = await openPage(browser);
        await page.goto(`${site.url}${urls.report('html-in-text')}`);
        const href = await page.locator('.provenance a[href*="/sources/"]').first().getAttribute('href');
        expect(href).toBe(
          urls.source(publishedSourceName(`<iframe src=javascript:alert('raw')><svg onload=alert('raw2')>.txt`)),
        );
        const response = await context.request.get(`${site.url}${href}`);
        expect(response.status()).toBe(200);
        expect(await response.text()).toContain('原始抓取文本');
        await context.close();
      });
    },
  );
}
