// Bad input, built for real. The corpus check's verdict on every broken
// fixture (file, line, field) is unit-tested in tests/corpus/bad-input.test.ts;
// here one broken fixture proves the wiring: `astro build` runs that check and
// stops with its message before writing a page. The fixtures that must build
// (hostile HTML, masked-only, traditional, CRLF+BOM, 1 MB) build together,
// lose nothing and execute nothing. Builds use private caches
// (tests/reliability/isolated-build.ts).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/integrations/unsafe-html.ts';
import { BUILD_CASES, FAIL_CASES, LARGE_ID, caseDir, expectedLocation } from '../reliability/bad-cases.ts';
import { buildSite, type BuildResult } from '../reliability/isolated-build.ts';
import { fixtureSite, type FixtureSite } from '../reliability/fixture-site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The broken fixture built for real: a missing required field, the commonest curator slip. */
const WIRING_CASE = FAIL_CASES.find((c) => c.name === 'missing-title')!;

describe('bad input stops the real build', () => {
  const c = WIRING_CASE;
  let result: BuildResult;
  beforeAll(async () => {
    const contentDir = join(work, c.name, 'content');
    mkdirSync(contentDir, { recursive: true });
    for (const f of readdirSync(caseDir(c.name))) copyFileSync(join(caseDir(c.name), f), join(contentDir, f));
    result = await buildSite({ contentDir, outDir: join(work, c.name, 'dist'), timeoutMs: 120_000 });
  }, 180_000);

  it(`${c.name}: the build fails naming ${c.file}:${c.line} field "${c.field}", and writes no page`, () => {
    expect(result.ok, `the build succeeded:\n${result.output.slice(-2000)}`).toBe(false);
    expect(result.output).toMatch(expectedLocation(c));
    expect(result.output).toMatch(c.message);
    expect(existsSync(join(work, c.name, 'dist', 'reports')), 'no report pages are written').toBe(false);
    expect(result.output, 'no stack trace after the message').not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('bad input that must build', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await fixtureSite();
  }, 900_000);

  const page = (id: string) => readFileSync(join(site.outDir, 'reports', id, 'index.html'), 'utf8');

  it('builds, and the no-silent-loss check ran over every fixture report', () => {
    expect(site.build.ok, site.build.output.slice(-3000)).toBe(true);
    expect(site.build.output).toMatch(/no silent loss: \d+ paragraphs of \d+ reports/);
    for (const id of [...BUILD_CASES.flatMap((c) => c.ids), LARGE_ID]) {
      expect(existsSync(join(site.outDir, 'reports', id, 'index.html')), `${id} has a page`).toBe(true);
    }
  });

  it('shows hostile text and frontmatter as text: escaped, never as elements', () => {
    const html = page('html-in-text');
    const { document } = parseHTML(html);
    expect(findUnsafeMarkup(html).filter((u) => u.kind === 'code')).toEqual([]);
    const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '');
    expect(scripts.filter((t) => t.includes('alert'))).toEqual([]);
    expect(document.querySelectorAll('img[src="x"], iframe, b, style, svg[onload], p[onclick]').length).toBe(0);
    // The words arrive intact, as text.
    // The h1 is the derived title (region, year, type: the region must match data/regions.csv, so it is not
    // hostile); the hostile original title is shown beside it, as text.
    expect(document.querySelector('h1')?.textContent).toMatch(/^仙居县/);
    expect(document.querySelector('.original-title')?.textContent).toContain("<script>alert('title')</script>县科技局2024年工作总结</title><img src=x onerror=alert('title2')>");
    expect(document.querySelector('#p-0')?.textContent).toContain("<script>alert('body')</script>");
    expect(document.querySelector('#p-4')?.textContent).toContain('<p onclick="alert(\'p\')">段落</p>');
    // an entity written in the report is shown as written, not decoded
    expect(document.querySelector('#p-5')?.textContent).toContain('&lt;script&gt;');
    expect(document.title.startsWith(document.querySelector('h1')!.textContent!)).toBe(true);
  });

  it('keeps the masked figures masked and marks them', () => {
    const html = page('only-masked');
    expect(html).toContain('fig--masked');
    expect(html).not.toMatch(/申报高企\d/);
  });

  it('publishes the traditional text and the CRLF report with its gap marked', () => {
    expect(page('traditional')).toContain('緊緊圍繞');
    expect(page('crlf-bom')).toMatch(/class="gap-marker"/);
  });

  it('builds the 1 MB report into a first page and continuation pages that hold all of its text, each bounded', () => {
    const dir = join(site.outDir, 'reports', LARGE_ID);
    const pages = ['index.html', ...readdirSync(dir).filter((d) => /^\d+$/.test(d)).map((d) => join(d, 'index.html'))];
    expect(pages.length).toBeGreaterThan(2);
    const sizes = pages.map((p) => readFileSync(join(dir, p)).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(1_000_000);
    for (const size of sizes) expect(size).toBeLessThan(700_000);
    // Every continuation page is linked from the first, and the first hands its later anchors on.
    const first = readFileSync(join(dir, 'index.html'), 'utf8');
    for (let k = 2; k <= pages.length; k += 1) expect(first).toContain(`href="/reports/${LARGE_ID}/${k}/"`);
    expect(first).toMatch(/data-report-parts="\[\{&quot;href&quot;:&quot;\/reports\//);
  });
});
