// The built compare pages and data (dist/): per-report compare data for every
// report and nothing else, curated pages and CSVs that match the model, the
// security rules (no inline scripts, no style attributes) and the size budget
// of the compare script.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { CURATED } from '../../src/compare/curated.ts';
import { compareReports } from '../../src/compare/from-dataset.ts';
import { reportCompareData } from '../../src/compare/data.ts';
import type { Vocabulary } from '../../src/compare/types.ts';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const ds = loadDataset(REPOSITORY_DIRS);
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');

describe('compare data', () => {
  it('the vocabulary names every theme, instrument and indicator, and no report', () => {
    const vocab = JSON.parse(read('/compare-data/meta/vocabulary.json')) as Vocabulary;
    expect(vocab.themes.map((t) => t.id)).toEqual(ds.themes.map((t) => t.id));
    expect(vocab.instruments).toHaveLength(ds.instruments.length);
    expect(vocab.indicators.map((i) => i.id)).toEqual(ds.indicators.map((i) => i.id));
    expect(Object.keys(vocab).sort()).toEqual(['indicators', 'instruments', 'themes']);
    // No list of every report is published for the picker any more: it grew with the corpus.
    expect(existsSync(`${DIST}/compare-data/index.json`)).toBe(false);
  });

  it('each report has its data file, equal to the model input', () => {
    const files = readdirSync(`${DIST}/compare-data`).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(ds.reports.map((r) => `${r.meta.id}.json`).sort());
    for (const r of ds.reports) {
      const served = JSON.parse(read(`/compare-data/${r.meta.id}.json`));
      expect(served).toEqual(JSON.parse(JSON.stringify(reportCompareData(ds, r.meta.id))));
    }
  });
});

describe('curated comparisons', () => {
  it.each(CURATED.map((c) => [c.slug, c] as const))('%s: page and CSV match the model', (slug, curated) => {
    const html = read(`/compare/${slug}/index.html`);
    const c = compareReports(ds, curated.selections);
    for (const col of c.columns) expect(html).toContain(`>${col.label.zh}</strong>`);
    expect(html.match(/<details class="cmp-cell">/g)?.length ?? 0).toBe(c.themes.flatMap((r) => r.cells).filter((x) => !x.absent).length);
    expect(html.match(/class="cmp-absent"/g)?.length ?? 0).toBeGreaterThanOrEqual(c.themes.flatMap((r) => r.cells).filter((x) => x.absent).length);
    const csv = Papa.parse<Record<string, string>>(read(`/compare/${slug}.csv`), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data.filter((r) => r.table === 'figures')).toHaveLength(c.figures.rows.reduce((n, r) => n + r.cells.flat().length, 0));
  });

  it.each(CURATED.map((c) => c.slug))('%s: every sentence and figure link lands on an anchor of its report page', (slug) => {
    const html = read(`/compare/${slug}/index.html`);
    const links = [...html.matchAll(/href="\/reports\/([a-z0-9-]+)\/#([sf]-\d+)"/g)];
    expect(links.length).toBeGreaterThan(20);
    const pages = new Map<string, string>();
    for (const [, id = '', anchor = ''] of links) {
      const page = pages.get(id) ?? read(`/reports/${id}/index.html`);
      pages.set(id, page);
      expect(page.includes(`id="${anchor}"`), `${id}#${anchor}`).toBe(true);
    }
  });

  it('the home page links every curated comparison', () => {
    const home = read('/index.html');
    for (const c of CURATED) expect(home).toContain(`href="/compare/${c.slug}/"`);
  });
});

describe('security and budget', () => {
  const pages = ['/compare/index.html', ...CURATED.map((c) => `/compare/${c.slug}/index.html`)];

  it.each(pages)('%s has no inline script, no style attribute, no inline handler', (path) => {
    const html = read(path);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/_astro\/[^"]+\.js"/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('the compare page script is under 30 KB gzipped, with its imports', () => {
    const html = read('/compare/index.html');
    const src = present(html.match(/<script type="module" src="(\/_astro\/[^"]+\.js)"/)?.[1], 'the compare page script');
    // The entry and the chunks it imports, transitively.
    const seen = new Set<string>();
    const queue = [src];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const code = read(file);
      for (const [, chunk = ''] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(`/_astro/${chunk.slice(2)}`);
    }
    const gz = [...seen].reduce((n, f) => n + gzipSync(read(f)).length, 0);
    expect(gz).toBeGreaterThan(1000);
    expect(gz).toBeLessThan(30 * 1024);
  });

  it('the compare script never writes HTML from strings', () => {
    for (const f of ['compare.ts', 'compare-enhance.ts', 'compare-picker.ts', 'compare-static.ts']) {
      const code = readFileSync(`src/browser/${f}`, 'utf8');
      expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    expect(existsSync(`${DIST}/compare/index.html`)).toBe(true);
  });
});
