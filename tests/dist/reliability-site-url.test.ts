// Inputs the build reads besides the corpus, through a real `astro build`:
// SITE_URL with a path is kept in every absolute address and becomes the
// base of every link (one build of the real corpus at https://example.org/atlas/);
// a SITE_URL that is no http(s) address, a FIFO among the raw sources and a
// malformed changelog heading each stop the build at once in one line, with
// no stack trace (each fails before any page is built).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../reliability/isolated-build.ts';
import { checkLinks, formatBroken } from '../../scripts/check-links.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real corpus (and raw sources) in a folder of its own; returns its reports folder. */
function realCorpus(name: string): string {
  const contentDir = join(work, name, 'reports');
  mkdirSync(contentDir, { recursive: true });
  for (const f of readdirSync('content/reports')) copyFileSync(join('content/reports', f), join(contentDir, f));
  cpSync('content/sources', join(work, name, 'sources'), { recursive: true });
  return contentDir;
}

/** Failed in one line naming `what`, before any page, with no stack trace. */
function expectOneLineRefusal(r: BuildResult, what: RegExp, outDir: string): void {
  expect(r.ok, r.output.slice(-2000)).toBe(false);
  expect(r.output).toMatch(what);
  expect(r.output, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(existsSync(join(outDir, 'reports'))).toBe(false);
}

describe('SITE_URL with a path: https://example.org/atlas/', () => {
  const dist = join(work, 'atlas-dist');
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite({ contentDir: realCorpus('atlas'), outDir: dist, env: { SITE_URL: 'https://example.org/atlas/' } });
  }, 300_000);
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const page = 'reports/xinyi-2023-summary/index.html';

  it('builds', () => expect(build.ok, build.output.slice(-3000)).toBe(true));

  it('keeps the path in canonical links, og:url, cards and oEmbed links', () => {
    const html = read(page);
    expect(html).toContain('<link rel="canonical" href="https://example.org/atlas/reports/xinyi-2023-summary/">');
    expect(html).toContain('property="og:url" content="https://example.org/atlas/reports/xinyi-2023-summary/"');
    expect(html).toContain('content="https://example.org/atlas/cards/reports/xinyi-2023-summary.png"');
    expect(html).toMatch(/json\+oembed" href="https:\/\/example\.org\/atlas\/oembed\/[^"]+\.json"/);
    expect(html).not.toMatch(/https:\/\/example\.org\/(?!atlas\/)/);
  });

  it('keeps it in oEmbed entries, embed snippets, citations and the data package', () => {
    const oembed = JSON.parse(read(`oembed/${readdirSync(join(dist, 'oembed'))[0]}`)) as { html: string; provider_url: string };
    expect(oembed.provider_url).toBe('https://example.org/atlas/');
    expect(oembed.html).toMatch(/src="https:\/\/example\.org\/atlas\/embed\/[^"]+\/"/);
    expect(oembed.html).toContain('src="https://example.org/atlas/embed.js"');
    expect(read('cite/xinyi-2023-summary.bib')).toContain('url = {https://example.org/atlas/reports/xinyi-2023-summary/}');
    expect(JSON.parse(read('data/datapackage.json')).homepage).toBe('https://example.org/atlas/data/');
  });

  it('links every page, asset and anchor below the path, none broken', () => {
    expect(read(page)).toMatch(/src="\/atlas\/_astro\/[^"]+\.js"/);
    const r = checkLinks(dist, '/atlas/');
    expect(r.links).toBeGreaterThan(1000);
    expect(r.broken, formatBroken(r.broken)).toEqual([]);
  });

  it('writes _headers rules for the paths below it', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/^\/atlas\/reports\/\*$/m);
    expect(headers).toMatch(/^\/atlas\/embed\/\*$/m);
    expect(headers).not.toMatch(/^\/reports\/\*$/m);
  });
});

describe('inputs that stop the build at once, in one line', () => {
  it.each([
    ['javascript:alert(document.domain)', /SITE_URL: "javascript:alert\(document\.domain\)" is a javascript: address, not http\(s\)/],
    ['https://user:pw@example.org/', /SITE_URL: "https:\/\/user:pw@example\.org\/" holds a user name or password/],
  ])('SITE_URL=%s', async (site, message) => {
    const outDir = join(work, `bad-site-${site.length}`);
    const r = await buildSite({ contentDir: 'content/reports', outDir, env: { SITE_URL: site }, timeoutMs: 120_000 });
    expectOneLineRefusal(r, message, outDir);
  }, 180_000);

  it('a FIFO among the raw sources (the build never opens it)', async () => {
    const contentDir = realCorpus('fifo');
    if (spawnSync('mkfifo', [join(work, 'fifo', 'sources', 'stuck.html')]).status !== 0) return;
    const outDir = join(work, 'fifo-dist');
    const r = await buildSite({ contentDir, outDir, timeoutMs: 120_000 });
    expectOneLineRefusal(r, /sources\/stuck\.html:1: a FIFO \(named pipe\), not a file/, outDir);
  }, 180_000);

  it('a malformed changelog heading', async () => {
    const dataDir = join(work, 'data-bad-changelog');
    cpSync('data', dataDir, { recursive: true });
    const changelog = join(dataDir, 'CHANGELOG.md');
    const text = readFileSync(changelog, 'utf8');
    // The first release's heading, wherever later releases have pushed it.
    const line = text.split('\n').indexOf('## 1.0.0 — 2026-12-01') + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(changelog, text.replace('## 1.0.0 — 2026-12-01', '## 1.0.0 2026-12-01'));
    const outDir = join(work, 'changelog-dist');
    const r = await buildSite({ contentDir: 'content/reports', dataDir, outDir, timeoutMs: 120_000 });
    expectOneLineRefusal(r, new RegExp(`CHANGELOG\\.md:${line}: field "heading": a release heading reads`), outDir);
  }, 180_000);
});
