// A chart id published once and later retired by a rule change keeps working
// where articles embed it: the fixture site's record holds such an id
// (RETIRED_CHART), and its embed page, oEmbed response, downloads and the
// host redirect all lead to the chart that shows its figures now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, settled } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/static-server.ts';
import { fixtureSite, RETIRED_CHART } from '../reliability/fixture-site.ts';

const SUCCESSOR = 'indicator-high_tech_enterprises-stock-dots';

let browser: Browser;
let site: Served;
let outDir: string;
beforeAll(async () => {
  const built = await fixtureSite();
  if (!built.build.ok) throw new Error(`fixture site did not build:\n${built.build.output.slice(-3000)}`);
  outDir = built.outDir;
  site = await serveDir(outDir);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a retired chart id', () => {
  it('its embed address shows the chart that holds its figures now, says so, and points search engines there', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${site.url}/embed/${RETIRED_CHART.id}/?lang=en`);
    await settled(page);
    const note = await page.locator('.atlas-embed__moved').textContent();
    expect(note).toContain(RETIRED_CHART.title_zh);
    expect(note).toContain('高新技术企业 · 存量');
    expect(await page.locator(`html[data-atlas-chart="${SUCCESSOR}"]`).count()).toBe(1);
    expect(await page.locator('svg.atlas-chart').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(new RegExp(`/embed/${SUCCESSOR}/$`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('its oEmbed response, SVG and CSV are the successor’s, and the host redirect file sends it there', async () => {
    const oembed = JSON.parse(readFileSync(join(outDir, 'oembed', `${RETIRED_CHART.id}.json`), 'utf8')) as {
      html: string;
    };
    expect(oembed.html).toContain(`/embed/${SUCCESSOR}/`);
    for (const ext of ['svg', 'csv'])
      expect(readFileSync(join(outDir, 'charts', `${RETIRED_CHART.id}.${ext}`), 'utf8')).toBe(
        readFileSync(join(outDir, 'charts', `${SUCCESSOR}.${ext}`), 'utf8'),
      );
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(
      `/embed/${RETIRED_CHART.id}/ /embed/${SUCCESSOR}/ 301`,
    );
  });
});
