// The reading and publishing layer in the built site: every page shares with
// a card, report pages open with their key figures and a distinct title,
// raw sources are published and linked, citations and data carry the
// version, and no chart made of masked figures only is published.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { displayTitle } from '../../src/words/report-words.ts';
import { present } from '../helpers/present.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const release = present(ds.releases[0], 'a release in data/CHANGELOG.md');
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
const meta = (page: string, attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(page)?.[1];

describe('sharing', () => {
  it('every page has og: and twitter: tags whose image is a PNG in dist', () => {
    const files = htmlFiles('dist');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const page = readFileSync(file, 'utf8');
      for (const name of ['og:title', 'og:image', 'og:url']) expect(meta(page, 'property', name), `${file} ${name}`).toBeTruthy();
      expect(meta(page, 'name', 'twitter:card'), file).toBe('summary_large_image');
      const image = new URL(meta(page, 'property', 'og:image')!).pathname;
      const png = readFileSync(join('dist', image));
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), `${file} → ${image}`).toBe('PNG');
    }
  });

  it('reports, indicators, comparisons and charts have cards of their own', () => {
    for (const r of ds.reports) expect(meta(html(`reports/${r.meta.id}`), 'property', 'og:image')).toContain(`/cards/reports/${r.meta.id}.png`);
    expect(meta(html('indicators/high_tech_enterprises'), 'property', 'og:image')).toContain('/cards/indicators/high_tech_enterprises.png');
    expect(meta(html('compare/2024-plans'), 'property', 'og:image')).toContain('/cards/compare/2024-plans.png');
    expect(meta(html('embed/home-timeline'), 'property', 'og:image')).toContain('/cards/charts/home-timeline.png');
  });
});

describe('report pages lead with their point', () => {
  it('title and h1 name region, year and type, the original title stays visible, and titles are distinct', () => {
    const titles = new Set<string>();
    for (const r of ds.reports) {
      const page = html(`reports/${r.meta.id}`);
      const title = displayTitle(r.meta);
      expect(page).toContain(`<h1>${title}</h1>`);
      expect(/<title>([^<]*)<\/title>/.exec(page)?.[1]?.startsWith(title)).toBe(true);
      expect(page).toContain(r.meta.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 10));
      titles.add(title);
    }
    expect(titles.size).toBe(ds.reports.length);
  });

  it('the key-figures block comes before the text and links only to figures of the page', () => {
    for (const r of ds.reports) {
      const page = html(`reports/${r.meta.id}`);
      const start = page.indexOf('id="key-h"');
      expect(start, r.meta.id).toBeGreaterThan(0);
      expect(start).toBeLessThan(page.indexOf('id="text-h"'));
      const block = page.slice(start, page.indexOf('</section>', start));
      for (const m of block.matchAll(/href="#(f-\d+)"/g)) expect(page, `${r.meta.id} #${m[1]}`).toContain(`id="${m[1]}"`);
      const masked = ds.figures.filter((f) => f.report === r.meta.id && f.masked).length;
      if (masked) expect(block).toContain(`原文隐去了 <span class="num">${masked}</span> 个数字`);
    }
  });
});

describe('verifiable sources', () => {
  it('every raw file is published byte for byte and linked from each report made from it', () => {
    for (const name of readdirSync('content/sources')) {
      expect(readFileSync(join('dist/sources', name)).equals(readFileSync(join('content/sources', name))), name).toBe(true);
    }
    for (const r of ds.reports) expect(html(`reports/${r.meta.id}`)).toContain(`href="/sources/${r.meta.source.raw_file}"`);
  });

  it('reports.csv carries site, author and source file, and every CSV its dataset version', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('dist/data/reports.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    const xinyi = rows.find((r) => r.id === 'xinyi-2023-summary')!;
    expect(xinyi.author).toBe('新沂融媒网');
    expect(xinyi.site).toContain('InvestCHN');
    for (const row of rows) {
      expect(new URL(present(row.source_file, `source_file of ${row.id}`)).pathname).toBe(`/sources/${row.raw_file}`);
      expect(row.dataset_version).toBe(release.version);
    }
    const pkg = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8'));
    expect(pkg.version).toBe(release.version);
    expect(pkg.created).toBe(`${release.date}T00:00:00Z`);
    for (const res of pkg.resources) expect(existsSync(join('dist/data', res.path)), res.path).toBe(true);
  });

  it('citations: BibTeX and RIS per report, linked from its page, naming the version', () => {
    for (const r of ds.reports) {
      const bib = readFileSync(`dist/cite/${r.meta.id}.bib`, 'utf8');
      expect(bib).toMatch(new RegExp(`^@misc\\{atlas-${r.meta.id},`));
      expect(bib).toContain(`data version ${release.version}`);
      expect(readFileSync(`dist/cite/${r.meta.id}.ris`, 'utf8')).toMatch(/^TY {2}- RPRT\r\n[\s\S]*ER {2}- \r\n$/);
      const page = html(`reports/${r.meta.id}`);
      expect(page).toContain(`href="/cite/${r.meta.id}.bib"`);
      expect(page).toContain(`href="/cite/${r.meta.id}.ris"`);
      expect(page).toContain('data-cite-template="paragraph-zh"');
      expect(page).toContain('data-cite-template="figure-en"');
    }
    // The news article is credited to its outlet, with the bureau as subject.
    expect(html('reports/xinyi-2023-summary')).toMatch(/新沂融媒网\. 新沂市科技局：[^<]*报道对象: 新沂市科技局/);
    // The estimated year reads 约.
    expect(html('reports/anqing-2011-summary')).toMatch(/\[EB\/OL\]\. 人人文库网, 约2011\[引用日期\]/);
  });
});

describe('charts worth embedding', () => {
  it('the all-masked targets chart of 兖州 is neither drawn nor offered', () => {
    expect(existsSync('dist/embed/report-yanzhou-2022-summary-2023-plan-targets/index.html')).toBe(false);
    expect(html('reports/yanzhou-2022-summary-2023-plan')).not.toContain('report-yanzhou-2022-summary-2023-plan-targets');
  });
});
