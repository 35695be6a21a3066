// Link integrity of the built site (scripts/check-links.ts): no internal
// link, asset or #anchor in dist/ points at nothing. The checker is first
// shown to catch each kind of break on a small made-up site.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken, pageUrlPath } from '../../scripts/check-links.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';

describe('the link checker', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `<!doctype html><html><head><link rel="canonical" href="https://atlas.example/${path.replace(/index\.html$/, '')}"></head><body>${html}</body></html>`);
  };
  page('index.html', `<a href="/reports/a/#p-1">ok</a> <a href="reports/a/">relative ok</a> <a href="/reports/a/#p-9">bad anchor</a>
    <a href="/reports/b/">missing page</a> <img src="/img/x.png"> <a href="/reports/a">no slash</a> <a href="#top">top</a>
    <a href="https://elsewhere.example/x/">external</a> <a href="https://atlas.example/reports/a/#p-1">own absolute</a>
    <a href="https://atlas.example/gone/">own absolute, gone</a> <a href="mailto:x@y.z">mail</a> <a href="#here">self</a><span id="here"></span>
    <form action="/search/"></form> <script type="module" src="/_astro/a.js"></script> <a href="/data/figures.csv">csv</a>`);
  page('reports/a/index.html', `<p id="p-1">text</p><a href="../../#here">up</a><a href="/reports/a/?r=x,y#p-1">query</a>`);
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'a.js'), '');
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'figures.csv'), 'id\n');

  it('maps built files to the paths they are served at', () => {
    expect(pageUrlPath('index.html')).toBe('/');
    expect(pageUrlPath('reports/a/index.html')).toBe('/reports/a/');
    expect(pageUrlPath('404.html')).toBe('/404.html');
  });

  it('finds each kind of broken link and nothing else', () => {
    const r = checkLinks(root);
    expect(r.pages).toBe(2);
    expect(r.broken.map((b) => `${b.page} ${b.url} (${b.reason})`).sort()).toEqual([
      'index.html /img/x.png (no img/x.png in the build)',
      'index.html /reports/a (a folder addressed without its trailing slash)',
      'index.html /reports/a/#p-9 (no element with id "p-9" in reports/a/index.html)',
      'index.html /reports/b/ (no reports/b/index.html in the build)',
      'index.html /search/ (no search/index.html in the build)',
      'index.html https://atlas.example/gone/ (no gone/index.html in the build)',
    ]);
  });
});

describe('the link checker on a report over several pages, and below a base path', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-links-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `<!doctype html><html><body>${html}</body></html>`);
  };
  // The first page hands #p-300 and #f-7 on to page 2 (src/lib/report-parts.ts); page 2 has #p-300 only.
  const map = JSON.stringify([{ href: '/atlas/reports/r/2/', p: [[300, 300]], s: [], f: [[7, 7]] }]).replace(/"/g, '&quot;');
  write('reports/r/index.html', `<p id="p-0">a</p><div data-report-parts="${map}" hidden></div>`);
  write('reports/r/2/index.html', `<p id="p-300">b</p>`);
  write('index.html', `<a href="/atlas/reports/r/#p-0">1</a><a href="/atlas/reports/r/#p-300">2</a><a href="/atlas/reports/r/#f-7">3</a><a href="/reports/r/">4</a>`);

  it('follows a first page’s hand-on map to the page that must hold the anchor', () => {
    const r = checkLinks(root, '/atlas/');
    expect(r.broken.map((b) => `${b.url} (${b.reason})`).sort()).toEqual([
      "/atlas/reports/r/#f-7 (no element with id \"f-7\" in reports/r/index.html)",
      "/reports/r/ (outside the site's base path /atlas/)",
    ]);
  });

  it('maps built files below the base path', () => {
    expect(pageUrlPath('reports/r/2/index.html', '/atlas/')).toBe('/atlas/reports/r/2/');
  });
});

describe(`links in the built site (${DIST})`, () => {
  it('has no broken internal link or anchor', () => {
    const r = checkLinks(DIST);
    expect(r.pages, 'the site was not built').toBeGreaterThan(10);
    expect(r.broken, `${r.broken.length} broken:\n${formatBroken(r.broken)}`).toEqual([]);
  });
});
