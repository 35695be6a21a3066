// Every page type, at phone and desktop widths, in Debian Chromium: content
// present, no console errors, no horizontal overflow on a phone, keyboard
// reachable, and no serious or critical axe-core violation.
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, openPage } from '../helpers/browser.ts';
import { serveBuiltSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/axe.ts';

const site = serveBuiltSite();

// One page of each type, with a text each must show.
const PAGES: [string, string][] = [
  ['/', '各地科技局'],
  ['/reports/', '全部报告'],
  ['/reports/xinyi-2023-summary/', '揭榜挂帅'],
  ['/reports/liupanshui-2010-summary/', '六盘水'],
  ['/regions/', '地区'],
  ['/regions/320381/', '新沂市'],
  ['/indicators/', '指标'],
  ['/indicators/high_tech_enterprises/', '高新技术企业'],
  ['/themes/', '主题'],
  ['/themes/rural/', '科技特派员'],
  ['/methodology/', '准确率'],
  ['/data/', 'figures.csv'],
];

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('every page type at %s width', (_name, viewport) => {
  it.each(PAGES)('%s shows its content without console errors', async (path, text) => {
    const { page, context, errors } = await openPage(site.browser, viewport);
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('main').innerText()).toContain(text);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  it.each(PAGES)('%s has no serious or critical axe violation', async (path) => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the keyboard reaches the skip link first, then the navigation and search', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(site.url + '/reports/xinyi-2023-summary/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('跳到正文');
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(
          () =>
            `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim().slice(0, 8)}`,
        ),
      );
    }
    expect(stops.some((s) => s.startsWith('INPUT:site-q'))).toBe(true);
    await context.close();
  });

  it('a figure shows its indicator and kind when focused', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(site.url + '/reports/xinyi-2023-summary/');
    const fig = page.locator('a.fig').first();
    await fig.focus();
    const described = await fig.getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    const description = await page.locator(`[id="${described}"]`).textContent();
    expect(description).toMatch(/·/);
    // Sighted readers see the same words in a tooltip, on focus and on hover.
    const tooltip = page.locator('.report-text .atlas-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(description);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.locator('a.fig').nth(3).hover();
    await expect.poll(() => tooltip.textContent()).toBe(await page.locator('a.fig').nth(3).getAttribute('data-tip'));
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a report page shows its text, figures and charts', async () => {
    const { page, context } = await openPage(site.browser, PHONE, { javaScriptEnabled: false });
    await page.goto(site.url + '/reports/xianju-2024-h1-summary-h2-plan/');
    expect(await page.locator('.report-text p').count()).toBeGreaterThan(5);
    expect(await page.locator('a.fig').count()).toBeGreaterThan(10);
    expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
    await context.close();
  });
});
