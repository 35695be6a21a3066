// A series view on the fixture site, where 新沂 has 2021–2023 and 宁波 约2012
// and 2014 (tests/reliability/multi-year.ts), in Chromium: without script the
// full series as a static chart, table and map; with script, picking two
// regions highlights their two lines, filters the table, writes the address
// and the displayed CSV; that address reproduces the view in a fresh browser
// and in the embed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, PHONE, settled } from '../helpers/browser.ts';
import { serveDir } from '../helpers/static-server.ts';
import { fixtureSite } from '../reliability/fixture-site.ts';
import { urls } from '../../src/core/urls.ts';

const VIEW = urls.series('high_tech_enterprises', 'stock');
const CHART = 'indicator-high_tech_enterprises-stock-dots';
const XINYI = '320381';
const NINGBO = '330200';
const ANQING = '340800';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  const built = await fixtureSite();
  if (!built.build.ok) throw new Error(`fixture site did not build:\n${built.build.output.slice(-3000)}`);
  site = await serveDir(built.outDir);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Regions whose marks in the shown chart are highlighted. */
const pickedInChart = (page: Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('svg.atlas-chart .atlas-region.is-picked')].map((g) =>
          [...g.classList].find((c) => /^atlas-region-\w+$/.test(c))!.slice('atlas-region-'.length),
        ),
      ),
    ].sort(),
  );
const visibleRows = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('tr[data-region]')]
      .filter((tr) => tr.offsetParent !== null)
      .map((tr) => tr.dataset.region),
  );

describe('the series view without script', () => {
  it('shows the whole series: a line per region with two years on a time scale, every row of the table, the map', async () => {
    const { page, context } = await openPage(browser, PHONE, { javaScriptEnabled: false });
    await page.goto(site.url + VIEW);
    const shown = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.getClientRects().length > 0).length;
      // The line of a region: the path of its stroked group, "M x,y L x,y …".
      const line = (key: string) =>
        [
          ...(
            document.querySelector(`svg.atlas-chart g[stroke].atlas-region-${key} path`)?.getAttribute('d') ?? ''
          ).matchAll(/[ML]([\d.]+),([\d.]+)/g),
        ].map((m) => Number(m[1]));
      return {
        charts: visible('#panel-chart svg.atlas-chart'),
        rows: visible('tr[data-region]'),
        map: visible('#panel-map svg'),
        picker: visible('.series-picker'),
        xinyi: line('320381'),
        ningbo: line('330200'),
        said: document.getElementById('what-it-shows')?.textContent ?? '',
      };
    });
    expect(shown.charts).toBe(1);
    expect(shown.rows).toBe(6);
    expect(shown.map).toBe(1);
    expect(shown.picker).toBe(0);
    // 新沂 2021, 2022, 2023: equal steps; 宁波 约2012 → 2014 two steps of a year, so twice as long as one of 新沂's.
    expect(shown.xinyi).toHaveLength(3);
    const [x2021 = NaN, x2022 = NaN, x2023 = NaN] = shown.xinyi;
    const step = x2022 - x2021;
    expect(step).toBeGreaterThan(0);
    expect(x2023 - x2022).toBeCloseTo(step, 1);
    expect(shown.ningbo).toHaveLength(2);
    const [n2012 = NaN, n2014 = NaN] = shown.ningbo;
    expect(n2014 - n2012).toBeCloseTo(2 * step, 1);
    expect(shown.said).toMatch(/2 个地区有两年或以上的数字/);
    await context.close();
  });
});

describe('picking regions', () => {
  it('two ticks highlight their two lines, filter the table and the displayed CSV, and write the address', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(site.url + VIEW);
    await settled(page);
    await page.waitForSelector('[data-series-view][data-ready]');
    expect(await pickedInChart(page)).toEqual([]);
    await page.check(`input[data-region="${XINYI}"]`);
    await page.check(`input[data-region="${NINGBO}"]`);
    expect(new URL(page.url()).search).toBe(`?region=${XINYI},${NINGBO}`);
    expect(await pickedInChart(page)).toEqual([XINYI, NINGBO].sort());
    // Both picked regions' lines are highlighted; 安庆's lone dot is not.
    const lines = await page.evaluate(
      () => document.querySelectorAll('svg.atlas-chart g[stroke].atlas-region.is-picked path').length,
    );
    expect(lines).toBe(2);
    await page.click('#tab-table');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('table');
    expect((await visibleRows(page)).sort()).toEqual([XINYI, XINYI, XINYI, NINGBO, NINGBO].sort());
    // The caption says how many rows the picked regions leave, not only the whole series' count.
    expect(await page.locator('.series-table caption').innerText()).toContain('所选地区 5 行');
    // The displayed CSV holds exactly the rows shown, each with its permalink and sentence.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-displayed-csv]')]);
    expect(download.suggestedFilename()).toBe('high_tech_enterprises-stock-displayed.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.region_code).sort()).toEqual([XINYI, XINYI, XINYI, NINGBO, NINGBO].sort());
    for (const r of rows) {
      expect(r.permalink).toMatch(/\/reports\/[a-z0-9-]+\/#f-\d+$/);
      expect(r.sentence?.length).toBeGreaterThan(5);
      expect(r.review).toBe('verified');
    }
    expect(rows.map((r) => r.year).sort()).toEqual(['2012', '2014', '2021', '2022', '2023']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a region by pinyin and by its English name', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(site.url + VIEW);
    await page.waitForSelector('[data-series-view][data-ready]');
    const listed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.series-picker li')]
          .filter((li) => !li.hidden)
          .map((li) => li.textContent?.trim().split(/\s/)[0]),
      );
    await page.fill('[data-region-find]', 'ningbo');
    expect(await listed()).toEqual(['宁波市']);
    await page.fill('[data-region-find]', 'Xinyi');
    expect(await listed()).toEqual(['新沂市']);
    const noneShown = () => page.locator('[data-find-none]').isVisible();
    expect(await noneShown()).toBe(false);
    // Words matching no region say so instead of leaving an empty list.
    await page.fill('[data-region-find]', 'zzz');
    expect(await listed()).toEqual([]);
    expect(await noneShown()).toBe(true);
    await page.fill('[data-region-find]', '');
    expect(await listed()).toHaveLength(3);
    expect(await noneShown()).toBe(false);
    await context.close();
  });
});

describe('the address reproduces the view', () => {
  it('in a fresh browser: the picks ticked, the tab open, only their rows', async () => {
    const { page, context } = await openPage(browser, PHONE);
    await page.goto(`${site.url}${VIEW}?region=${XINYI}&tab=table`);
    await page.waitForSelector('[data-series-view][data-ready]');
    const state = await page.evaluate(() => ({
      ticked: [...document.querySelectorAll<HTMLInputElement>('input[data-region]')]
        .filter((b) => b.checked)
        .map((b) => b.value),
      tab: document.querySelector('[role="tab"][aria-selected="true"]')?.id,
      chartHidden: document.getElementById('panel-chart')?.hidden,
    }));
    expect(state).toEqual({ ticked: [XINYI], tab: 'tab-table', chartHidden: true });
    expect(await visibleRows(page)).toEqual([XINYI, XINYI, XINYI]);
    // Back to the chart by keyboard: the tabs follow the arrow keys.
    await page.focus('#tab-table');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-chart');
    expect(new URL(page.url()).searchParams.get('tab')).toBeNull();
    expect(await pickedInChart(page)).toEqual([XINYI]);
    await context.close();
  });

  it('in the embed the view offers: the same regions highlighted', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site.url}${VIEW}?region=${XINYI},${ANQING}`);
    await page.waitForSelector('[data-series-view][data-ready]');
    const href = await page.getAttribute('[data-embed-view]', 'href');
    expect(href).toBe(`${urls.embed(CHART)}?region=${XINYI},${ANQING}`);
    await context.close();
    const fresh = await openPage(browser, PHONE);
    await fresh.page.goto(site.url + href);
    await settled(fresh.page);
    expect(await pickedInChart(fresh.page)).toEqual([XINYI, ANQING].sort());
    expect(
      await fresh.page.evaluate(() => document.querySelectorAll('.atlas-region:not(.is-picked)').length),
    ).toBeGreaterThan(0);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});
