// Phones: at 320 px no page scrolls sideways, no chart value is cut short
// ("79.6…"), and no table breaks inside a word or a number ("Ach/ieve/d",
// "实/际/完/成" one character a line).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite } from '../helpers/site.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';

const site = serveBuiltSite();
const ds = loadDataset(REPOSITORY_DIRS);
const used = [...new Set(ds.figures.map((f) => f.indicator).filter(Boolean))] as string[];
const PAGES = [
  '/',
  ...ds.reports.map((r) => `/reports/${r.meta.id}/`),
  ...used.map((id) => `/indicators/${id}/`),
  // Series views: the widest, a rate and a rank (their charts and tables differ most).
  '/indicators/high_tech_enterprises/stock/',
  '/indicators/high_tech_enterprises/rate/',
  '/indicators/high_tech_enterprises/rank/',
  '/themes/enterprise/',
  `/regions/${ds.reports.find((r) => r.meta.region.code)!.meta.region.code}/`,
  '/compare/2024-plans/',
  '/compare/plan-vs-result/',
  '/data/',
  '/sources/',
  '/methodology/',
  '/reports/',
  '/regions/',
];

/**
 * Values drawn on chart marks (not axis ticks) that are cut short: a value
 * text is the figure as written, optionally followed by "　" or " · " and
 * what it counts; the words after the value may be shortened, the value never.
 */
const cutValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.atlas-chart g[aria-hidden="true"] text')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => {
        const [value = ''] = (t.textContent ?? '').split(/　| · /);
        return value;
      })
      .filter((value) => /\d/.test(value) && value.endsWith('…')),
  );

/** Words and numbers in table cells laid out over more than one line, and cells too narrow for two characters. */
const brokenCells = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
      if (cell.getClientRects().length === 0) continue;
      // Visually hidden headers (stacked tables keep them for screen readers) are not laid out for reading.
      let hidden = false;
      for (let el: Element | null = cell; el; el = el.parentElement)
        if (getComputedStyle(el).clipPath !== 'none') hidden = true;
      if (hidden) continue;
      const size = parseFloat(getComputedStyle(cell).fontSize);
      const text = (cell.textContent ?? '').trim();
      if (
        Array.from(text).length >= 3 &&
        cell.clientWidth -
          parseFloat(getComputedStyle(cell).paddingLeft) -
          parseFloat(getComputedStyle(cell).paddingRight) <
          1.9 * size
      ) {
        out.push(`too narrow: ${text.slice(0, 20)}`);
        continue;
      }
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(/[A-Za-z]{2,}|\d[\d.,]*%?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`split: ${m[0]} in ${text.slice(0, 30)}`);
        }
      }
    }
    return out;
  });

describe('at 320 px', () => {
  it('no page scrolls sideways, no chart value is cut, no table breaks a word or number', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.url}${path}`);
      // Open every disclosure, so data tables are laid out too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > 320) problems.push(`${path}: page is ${wide}px wide`);
      for (const v of await cutValues(page)) problems.push(`${path}: chart value cut: ${v}`);
      for (const c of await brokenCells(page)) problems.push(`${path}: ${c}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
