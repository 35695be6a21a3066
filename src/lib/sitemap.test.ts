import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pagePaths, robotsTxt, sitemapXml } from './sitemap.ts';

const modules = {
  './index.astro': {},
  './search.astro': {},
  './404.astro': {},
  './reports/index.astro': {},
  './reports/[id].astro': { getStaticPaths: () => [{ params: { id: 'b' } }, { params: { id: 'a' } }] },
  './indicators/_Series.astro': {},
  './embed/[id].astro': { getStaticPaths: () => [{ params: { id: 'chart' } }] },
};

describe('pagePaths', () => {
  it('lists every page file, dynamic ones through getStaticPaths; parts (_), embeds and the 404 page left out', () => {
    expect(pagePaths(modules)).toEqual(['/', '/reports/', '/reports/a/', '/reports/b/', '/search/']);
  });

  it('refuses a dynamic page that cannot say its paths', () => {
    expect(() => pagePaths({ './themes/[id].astro': {} })).toThrow(/themes\/\[id\]\.astro.*getStaticPaths/);
  });
});

describe('sitemapXml and robotsTxt', () => {
  it('writes absolute, escaped addresses a sitemap reader parses, and robots.txt names the sitemap', () => {
    const xml = sitemapXml(['/', '/q&a/', '/报告/'], 'https://atlas.example.org');
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\n/, ''));
    const locs = [...document.querySelectorAll('loc')].map((l) => l.textContent);
    expect(locs).toEqual([
      'https://atlas.example.org/',
      'https://atlas.example.org/q&a/',
      'https://atlas.example.org/%E6%8A%A5%E5%91%8A/',
    ]);
    expect(xml).toContain('&amp;');
    expect(robotsTxt('https://atlas.example.org')).toMatch(/^Sitemap: https:\/\/atlas\.example\.org\/sitemap\.xml$/m);
  });
});
