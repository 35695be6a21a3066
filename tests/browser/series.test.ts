// Series charts as a reader sees them, in Chromium: on series views and
// a report page, at phone and desktop widths, the chart shown says what each
// group counts, and no value text overlaps another or runs off the chart.
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, openPage } from '../helpers/browser.ts';
import { serveBuiltSite } from '../helpers/site.ts';

const site = serveBuiltSite();

const PAGES = [
  '/indicators/high_tech_enterprises/stock/',
  '/indicators/high_tech_enterprises/rate/',
  '/reports/xinyi-2023-summary/',
  '/regions/330200/',
];

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('series charts at %s width', (_name, viewport) => {
  it.each(PAGES)('%s: value labels neither overlap nor leave the chart', async (path) => {
    const { page, context } = await openPage(site.browser, viewport);
    await page.goto(site.url + path, { waitUntil: 'load' });
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      // The renderings charts.css shows (one per figure); texts of marks, headers and values.
      const svgs = [...document.querySelectorAll('svg.atlas-chart')].filter((s) => s.getBoundingClientRect().width > 0);
      for (const svg of svgs) {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].filter(
          (t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width > 0,
        );
        const rects = texts.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
        for (const { text, r } of rects)
          if (r.left < box.left - 1 || r.right > box.right + 1)
            out.push(`${svg.getAttribute('data-chart')}: “${text}” runs off the chart`);
        for (const [i, first] of rects.entries()) {
          for (const second of rects.slice(i + 1)) {
            const [a, b] = [first.r, second.r];
            const overlap =
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
            if (overlap) out.push(`${svg.getAttribute('data-chart')}: “${first.text}” overlaps “${second.text}”`);
          }
        }
      }
      return { charts: svgs.length, out };
    });
    expect(problems.charts).toBeGreaterThan(0);
    expect(problems.out).toEqual([]);
    await context.close();
  });
});
