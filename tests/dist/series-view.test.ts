// Every series view of the built site (dist/, the real corpus): its page reads
// without script (one drawing per chart, the whole table), its CSV holds
// exactly its verified figures with their sentences and absolute permalinks,
// its README names the series, version and licence, its citation records
// name the data version; and since no region has two years yet, every view,
// indicator page and home say so and no chart title promises years.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { allSeries, seriesView, widestSeries } from '../../src/lib/series-view.ts';
import { CURATED } from '../../src/compare/curated.ts';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
const ds = loadDataset(REPOSITORY_DIRS);
const series = allSeries(ds);
const first = present(series[0], 'a series');
const [, version] = present(
  /数据版本 dataset version (\S+)/.exec(read(`/data/series/${first.indicator}/${first.slug}.README.txt`)),
  'the version in a series README',
);

describe('series views', () => {
  it('there is one per series of verified figures', () => {
    expect(series.length).toBeGreaterThan(20);
    for (const s of series) {
      expect(existsSync(`${DIST}/indicators/${s.indicator}/${s.slug}/index.html`), s.key).toBe(true);
      for (const f of s.figures) expect(f.review, f.id).toBe('verified');
    }
  });

  it.each(series.map((s) => [`${s.indicator}/${s.slug}`, s] as const))(
    '%s reads without script: one drawing per chart, a row per figure, its counts in words',
    (_id, s) => {
      const { document } = parseHTML(read(`/indicators/${s.indicator}/${s.slug}/index.html`));
      for (const plot of document.querySelectorAll('.atlas-figure__plot[data-widths]'))
        expect(plot.querySelectorAll(':scope > .atlas-figure__svg svg').length).toBe(1);
      const rows = [...document.querySelectorAll('tr[data-region]')];
      expect(rows).toHaveLength(s.figures.length);
      const links = rows.map((tr) => tr.querySelector('a')?.getAttribute('href'));
      expect(links.sort()).toEqual(s.figures.map((f) => `/reports/${f.report}/#f-${f.n}`).sort());
      const view = seriesView(ds, s);
      expect(document.getElementById('what-it-shows')?.textContent).toContain(`${view.years.regions} 个地区`);
      // A picker entry per region of the series.
      expect(document.querySelectorAll('input[data-region]').length).toBe(view.regions.length);
    },
  );

  it('each full CSV holds exactly its figures, with sentence, absolute permalink, verified state and version', () => {
    for (const s of series) {
      const text = read(`/data/series/${s.indicator}/${s.slug}.csv`);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      expect(rows.map((r) => r.figure).sort(), s.key).toEqual(s.figures.map((f) => f.id).sort());
      for (const r of rows) {
        const f = s.figures.find((x) => x.id === r.figure)!;
        expect(r.permalink).toMatch(new RegExp(`^https?://[^/]+/reports/${f.report}/#f-${f.n}$`));
        expect(r.sentence).toBe(f.sentence);
        expect(r.review).toBe('verified');
        expect(r.series).toBe(s.key);
        expect(r.dataset_version).toBe(version);
        expect(r.masked === 'true' ? r.value : 'ok').toBe(r.masked === 'true' ? '' : 'ok');
      }
    }
  });

  it('each README names the series, its filters, the data version and the licence', () => {
    for (const s of series) {
      const readme = read(`/data/series/${s.indicator}/${s.slug}.README.txt`);
      expect(readme).toContain(`key: ${s.key}`);
      expect(readme).toContain(`dataset version ${version}`);
      expect(readme).toMatch(/review = verified/);
      expect(readme).toMatch(/CC BY 4\.0/);
    }
  });
});

describe('citations of what the atlas compiled', () => {
  const s = present(widestSeries(ds)[0], 'a series reaching regions');
  const comparison = present(CURATED[0], 'a curated comparison').slug;
  const chart = s.chartId;
  it.each([
    ['series', `${s.indicator}/${s.slug}`, `/indicators/${s.indicator}/${s.slug}/`],
    ['indicators', s.indicator, `/indicators/${s.indicator}/`],
    // A chart is cited at the page it stands on: a series' chart at its view.
    ['charts', chart, `/indicators/${s.indicator}/${s.slug}/`],
    ['compare', comparison, `/compare/${comparison}/`],
  ])('/cite/%s/%s as BibTeX, RIS and CSL-JSON, naming the data version and the page', (kind, id, page) => {
    const bib = read(`/cite/${kind}/${id}.bib`);
    expect(bib).toMatch(/^@(misc|dataset)\{/);
    expect(bib).toContain(`version = {${version}}`);
    const ris = read(`/cite/${kind}/${id}.ris`);
    expect(ris).toMatch(/^TY {2}- DATA$/m);
    expect(ris).toMatch(/^ER {2}- $/m);
    const [csl] = JSON.parse(read(`/cite/${kind}/${id}.json`)) as [{ URL: string; version: string }];
    expect(csl.version).toBe(version);
    expect(new URL(csl.URL).pathname).toBe(page);
  });

  it('a comparison and an indicator page offer theirs; each chart links its record', () => {
    const compare = read(`/compare/${comparison}/index.html`);
    expect(compare).toContain(`/cite/compare/${comparison}.bib`);
    expect(compare).toMatch(/\[DS\/OL\]/);
    expect(read(`/indicators/${s.indicator}/index.html`)).toContain(`/cite/indicators/${s.indicator}.bib`);
    const { document } = parseHTML(read(`/indicators/${s.indicator}/${s.slug}/index.html`));
    const toolbar = document.querySelector(`figure[data-chart-id="${chart}"] .atlas-figure__toolbar`);
    expect(toolbar?.querySelector(`a[href="/cite/charts/${chart}.bib"]`)).not.toBeNull();
  });

  it('the series view offers its citation (GB/T 7714 and English) and links the records', () => {
    const html = read(`/indicators/${s.indicator}/${s.slug}/index.html`);
    expect(html).toContain(`/cite/series/${s.indicator}/${s.slug}.bib`);
    expect(html).toMatch(/\[DS\/OL\]/);
    expect(html).toContain(version);
  });
});

describe('what the real corpus can show', () => {
  it('no series has two years for one region, and every view, indicator page and home say so', () => {
    expect(series.filter((s) => seriesView(ds, s).years.multiYearRegions > 0)).toEqual([]);
    for (const s of series)
      expect(read(`/indicators/${s.indicator}/${s.slug}/index.html`)).toContain('没有一个地区有两年的数字');
    for (const id of new Set(series.map((s) => s.indicator)))
      expect(read(`/indicators/${id}/index.html`)).toContain('目前没有一个系列有同一地区两个年份的数字');
    expect(read('/index.html')).toContain('目前没有一个系列有同一地区两个年份的数字');
  });

  it('no series chart, on its view or its SVG, promises years', () => {
    for (const s of series.filter((x) => x.drawable)) {
      const svg = read(`/charts/${s.chartId}.svg`);
      const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
      expect(title, s.chartId).not.toMatch(/历年|各年/);
      const { document } = parseHTML(read(`/indicators/${s.indicator}/${s.slug}/index.html`));
      expect(document.querySelector('.atlas-figure__title')?.textContent, s.chartId).not.toMatch(/历年|各年/);
    }
  });

  it('home leads with a results chart: the series reaching most regions, linked to its view', () => {
    const { document } = parseHTML(read('/index.html'));
    const lead = present(widestSeries(ds)[0], 'a series reaching regions');
    const firstFigure = document.querySelector('main figure[data-chart-id]');
    expect(firstFigure?.getAttribute('data-chart-id')).toBe(lead.chartId);
    expect(document.querySelector(`a[href="/indicators/${lead.indicator}/${lead.slug}/"]`)).not.toBeNull();
  });
});
