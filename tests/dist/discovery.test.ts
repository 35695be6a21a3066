// What tells search engines and dataset search the site and its data exist:
// robots.txt names the sitemap; the sitemap lists every indexable page built
// (and nothing that is not one); /data/ carries a schema.org Dataset that a
// JSON-LD processor (jsonld.js) expands to the Dataset's name, licence,
// coverage, version and every download; indicator pages a Dataset part of
// it; embed pages a CreativeWork based on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import jsonld from 'jsonld';
import { DIST } from '../helpers/site.ts';
import { TABLES } from '../../src/pipeline/export/tables.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { present } from '../helpers/present.ts';

const release = present(loadDataset(REPOSITORY_DIRS).releases[0], 'a release in data/CHANGELOG.md');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });

/**
 * schema.org's context, offline: its vocabulary and the properties whose
 * values are addresses. jsonld.js fetches nothing; everything else is the
 * processor's own work.
 */
const SCHEMA_CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    url: { '@type': '@id' },
    contentUrl: { '@type': '@id' },
    license: { '@type': '@id' },
    image: { '@type': '@id' },
  },
};
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network: ${url}`);
  return { contextUrl: null, documentUrl: url, document: SCHEMA_CONTEXT };
};

const S = (name: string) => `https://schema.org/${name}`;
type Node = Record<string, { '@value'?: unknown; '@id'?: string }[] & unknown>;
const values = (node: Node, prop: string) =>
  ((node[S(prop)] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map((v) => v['@value'] ?? v['@id'] ?? v);

async function structuredData(page: string): Promise<Node[]> {
  const { document } = parseHTML(read(page));
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
  const expanded = await Promise.all(
    blocks.map((b) => jsonld.expand(JSON.parse(b.textContent ?? ''), { documentLoader })),
  );
  return expanded.flat() as Node[];
}

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt names the sitemap by its absolute address', () => {
    const robots = read('robots.txt');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(new URL(present(sitemap, 'a Sitemap line in robots.txt')).pathname).toBe('/sitemap.xml');
  });

  it('the sitemap lists every indexable page built, and only those', () => {
    const { document } = parseHTML(read('sitemap.xml').replace(/^<\?xml[^>]*>\s*/, ''));
    expect(document.querySelector('urlset')?.getAttribute('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const listed = [...document.querySelectorAll('url > loc')].map((l) => decodeURI(new URL(l.textContent!).pathname));
    for (const path of listed) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    const indexable = htmlFiles(DIST)
      .filter((f) => !/<meta name="robots" content="noindex/.test(readFileSync(f, 'utf8')))
      .map((f) => `/${f.slice(DIST.length + 1).replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual(indexable.sort());
    expect(listed.length).toBeGreaterThan(50);
  });
});

describe('schema.org structured data', () => {
  it('/data/ is a Dataset with name, description, licence, creator, coverage, version and every download', async () => {
    const [first, ...rest] = await structuredData('data/index.html');
    expect(rest).toEqual([]);
    const dataset = present(first, 'structured data on /data/');
    expect(dataset['@type']).toEqual([S('Dataset')]);
    expect(values(dataset, 'name')[0]).toMatch(/Regional S&T Policy Atlas/);
    expect(String(values(dataset, 'description')[0]).length).toBeGreaterThan(50);
    expect(values(dataset, 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(values(dataset, 'version')).toEqual([release.version]);
    expect(values(dataset, 'temporalCoverage')[0]).toMatch(/^\d{4}\/\d{4}$/);
    expect(dataset[S('spatialCoverage')]).toBeTruthy();
    expect((dataset[S('creator')] as Node[])[0]?.['@type']).toEqual([S('Organization')]);
    const downloads = (dataset[S('distribution')] as Node[]).map((d) => ({
      type: d['@type'],
      url: values(d, 'contentUrl')[0] as string,
      format: values(d, 'encodingFormat')[0],
    }));
    for (const t of TABLES)
      for (const ext of ['csv', 'json', 'xlsx']) {
        const d = downloads.find((x) => new URL(x.url).pathname === `/data/${t.name}.${ext}`);
        expect(d, `${t.name}.${ext}`).toBeTruthy();
        expect(d?.type).toEqual([S('DataDownload')]);
        expect(existsSync(join(DIST, 'data', `${t.name}.${ext}`))).toBe(true);
      }
    expect(downloads.some((d) => d.url.endsWith('/data/datapackage.json'))).toBe(true);
  });

  it('an indicator page is a Dataset, part of the whole, with its charts’ data as downloads', async () => {
    const dataset = present(
      (await structuredData('indicators/high_tech_enterprises/index.html'))[0],
      'structured data on an indicator page',
    );
    expect(dataset['@type']).toEqual([S('Dataset')]);
    expect(values(dataset, 'variableMeasured')[0]).toMatch(/高新技术企业/);
    const whole = present((dataset[S('isPartOf')] as { '@id': string }[])[0], 'the Dataset it is part of');
    expect(new URL(whole['@id']).pathname).toBe('/data/');
    const csvs = (dataset[S('distribution')] as Node[]).map((d) => new URL(values(d, 'contentUrl')[0] as string).pathname);
    expect(csvs).toContain('/charts/indicator-high_tech_enterprises-dots.csv');
    for (const path of csvs) expect(existsSync(join(DIST, path)), path).toBe(true);
  });

  it('an embed page is a CreativeWork based on the dataset, with its SVG and CSV', async () => {
    const embed = present(
      readdirSync(join(DIST, 'embed')).find((n) => n.startsWith('indicator-')),
      'an indicator embed in dist/embed',
    );
    const work = present((await structuredData(`embed/${embed}/index.html`))[0], `structured data on embed ${embed}`);
    expect(work['@type']).toEqual([S('CreativeWork')]);
    const files = (work[S('encoding')] as Node[]).map((e) => new URL(values(e, 'contentUrl')[0] as string).pathname);
    expect(files).toEqual([`/charts/${embed}.svg`, `/charts/${embed}.csv`]);
    expect(values(work, 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
  });
});
