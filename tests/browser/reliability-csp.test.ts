// The Content-Security-Policy in a real browser: one page of every kind,
// served with the headers of dist/_headers, loads and runs its scripts
// without a single CSP violation or console error about the policy.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openAllDetails } from '../helpers/browser.ts';
import { loadHeaderRules, serveWithHeaders } from '../reliability/headers.ts';
import { visitPage } from '../reliability/page-visit.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';

/** The first built page under a section, e.g. /reports/<first id>/. */
function first(section: string): string {
  const dir = join(DIST, section);
  const sub = readdirSync(dir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')),
  );
  if (!sub.length) throw new Error(`${dir}: no pages`);
  return `/${section}/${sub.map((d) => d.name).sort()[0]}/`;
}

/** A chart SVG download opened at its own address (its inline stylesheet is allowed by hash). */
function firstSvg(): string {
  return `/charts/${
    readdirSync(join(DIST, 'charts'))
      .filter((f) => f.endsWith('.svg'))
      .sort()[0]
  }`;
}

const PAGES = () => [
  '/',
  '/reports/',
  first('reports'),
  '/regions/',
  first('regions'),
  '/indicators/',
  first('indicators'),
  '/themes/',
  first('themes'),
  '/compare/',
  '/compare/?r=xinyi-2023-summary,xianju-2024-h1-summary-h2-plan',
  first('compare'),
  '/search/?q=高新技术企业',
  first('embed'),
  '/methodology/',
  '/data/',
  '/404.html',
  firstSvg(),
];

describe(`no CSP violation on any kind of page (${DIST})`, () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveWithHeaders(DIST, loadHeaderRules());
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  for (const path of PAGES()) {
    it(path, async () => {
      const v = await visitPage(browser, `${site.url}${path}`, openAllDetails);
      expect(v.violations, 'securitypolicyviolation events').toEqual([]);
      expect(v.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    });
  }
});
