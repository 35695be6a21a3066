// Valid HTML on the built site: html-validate (the HTML standard's rules and
// the document-level ones) reports no error on a page of every kind; every
// page ends at </html> (a script after it is outside the document, which
// html-validate does not flag); no SVG element carries a font-variant value
// SVG does not define (Plot's tabular-nums, which the W3C checker rejects and
// html-validate does not check in SVG). The Nu checker needs Java, so it is
// not part of the suite.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { DIST } from '../helpers/site.ts';

const SVG_FONT_VARIANTS = ['normal', 'small-caps', 'inherit'];

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity is for scripts from other origins; the CSP allows only the site's own.
    'require-sri': 'off',
    // An embed renders its title in both languages, one hidden: two <h1>, one shown (HTML allows several).
    'heading-level': ['error', { allowMultipleH1: true }],
  },
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
const pages = htmlFiles(DIST);

/** The first built page under a folder (a report, a region …). */
const firstUnder = (folder: string) => pages.find((p) => p.startsWith(join(DIST, folder) + '/') && p !== join(DIST, folder, 'index.html'))!;

const SAMPLE: Record<string, string> = {
  home: join(DIST, 'index.html'),
  reports: join(DIST, 'reports/index.html'),
  // Every report page: their text varies most (headings at any level, masked runs, gaps).
  ...Object.fromEntries(
    pages
      .filter((p) => /\/reports\/[^/]+\/index\.html$/.test(p))
      .map((p) => [`report ${p.split('/').at(-2)}`, p]),
  ),
  regions: join(DIST, 'regions/index.html'),
  region: firstUnder('regions'),
  indicators: join(DIST, 'indicators/index.html'),
  indicator: join(DIST, 'indicators/high_tech_enterprises/index.html'),
  'series view': join(DIST, 'indicators/high_tech_enterprises/stock/index.html'),
  themes: join(DIST, 'themes/index.html'),
  theme: firstUnder('themes'),
  search: join(DIST, 'search/index.html'),
  compare: join(DIST, 'compare/index.html'),
  'curated comparison': firstUnder('compare'),
  methodology: join(DIST, 'methodology/index.html'),
  data: join(DIST, 'data/index.html'),
  sources: join(DIST, 'sources/index.html'),
  embed: firstUnder('embed'),
  '404': join(DIST, '404.html'),
};

describe('HTML validity', () => {
  for (const [kind, file] of Object.entries(SAMPLE)) {
    it(`${kind} (${file}): html-validate reports no error`, async () => {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(errors).toEqual([]);
    });
  }

  it('the validator, as configured, does report errors: a duplicate id, a skipped heading level', async () => {
    const bad = '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><h1>a</h1><h3 id="a">b</h3><p id="a"></p></body></html>';
    const rules = (await validator.validateString(bad)).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['heading-level', 'no-dup-id']));
  });

  it('every page ends with </html>: no script or markup after the document', () => {
    expect(pages.length).toBeGreaterThan(50);
    const trailing = pages.filter((p) => !/<\/html>\s*$/.test(readFileSync(p, 'utf8')));
    expect(trailing).toEqual([]);
  });

  it('no page sets a font-variant SVG does not define', () => {
    const wrong = pages.filter((p) =>
      [...readFileSync(p, 'utf8').matchAll(/\sfont-variant="([^"]*)"/g)].some(([, variant = '']) => !SVG_FONT_VARIANTS.includes(variant)),
    );
    expect(wrong).toEqual([]);
  });
});
