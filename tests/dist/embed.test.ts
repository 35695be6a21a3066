// The built site (dist/) has, for every chart, an embed page, an oEmbed
// entry, SVG and CSV downloads and a snippet on the page that holds it; the
// pages holding charts announce their first chart's oEmbed.
import { hostScript } from '../../src/embed/host-script.ts';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { allCharts, homeCharts, regionCharts, reportCharts, themeCharts } from '../../src/lib/charts.ts';
import { widestSeries } from '../../src/lib/series-view.ts';
import { themeOverrideCss } from '../../src/embed/theme-css.ts';
import { isResizeMessage } from '../../src/embed/message.ts';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const ds = loadDataset(REPOSITORY_DIRS);
const charts = allCharts(ds);
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
const doc = (path: string) => parseHTML(read(path)).document;
/** Text of a <textarea> as a browser gives it (linkedom leaves its entities encoded). */
const fieldText = (el: Element | null) =>
  (el?.textContent ?? '').replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
const csp = (d: Document) => d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

describe('every chart has its embed artefacts', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s', (id, def) => {
    for (const path of [`/embed/${id}/index.html`, `/oembed/${id}.json`, `/charts/${id}.svg`, `/charts/${id}.csv`]) {
      expect(existsSync(`${DIST}${path}`), path).toBe(true);
    }
    const oembed = JSON.parse(read(`/oembed/${id}.json`));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: def.title.zh, width: 640 });
    expect(oembed.height).toBeGreaterThanOrEqual(50);
    expect(isResizeMessage({ type: 'atlas:resize', chart: id, height: oembed.height })).toBe(true);
    const iframe = parseHTML(`<body>${oembed.html}</body>`).document.querySelector('iframe')!;
    expect(new URL(iframe.getAttribute('src')!).pathname).toBe(`/embed/${id}/`);
    expect(iframe.getAttribute('data-atlas-chart')).toBe(id);

    const csv = Papa.parse<Record<string, string>>(read(`/charts/${id}.csv`), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual([...def.columns.map((c) => c.key), 'source', 'licence', 'page']);
    expect(csv.data).toHaveLength(def.rows.length);

    const svg = read(`/charts/${id}.svg`);
    expect(svg).toContain('<title>');
    expect(svg).toMatch(/<desc>[^<]*CC BY 4\.0 · 区域科技政策图鉴/);
  });
});

describe('the embed page', () => {
  const id = 'indicator-high_tech_enterprises-dots';
  const def = charts.find((c) => c.id === id)!;
  const page = doc(`/embed/${id}/index.html`);

  it('is a zh-CN document with the site’s CSP, no inline script and no site chrome', () => {
    expect(page.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(csp(page)).toBe(csp(doc('/index.html')));
    // JSON-LD is a data block, not a script that runs.
    const scripts = [...page.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.getAttribute('src') && !s.textContent?.trim())).toBe(true);
    expect(page.querySelector('header, nav, footer, form')).toBeNull();
  });

  it('announces its oEmbed entry and carries the chart in both languages, Chinese shown', () => {
    const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(new URL(link.getAttribute('href')!).pathname).toBe(`/oembed/${id}.json`);
    const zh = page.querySelector('[data-embed-lang="zh"]')!;
    const en = page.querySelector('[data-embed-lang="en"]')!;
    expect(zh.hasAttribute('hidden')).toBe(false);
    expect(en.hasAttribute('hidden')).toBe(true);
    expect(zh.querySelector('h1')!.textContent).toBe(def.title.zh);
    expect(en.querySelector('h1')!.textContent).toBe(def.title.en);
  });

  it('credits the source with a link to the chart on its page, and has the data table', () => {
    const credit = page.querySelector('[data-embed-lang="zh"] .atlas-embed__credit')!;
    expect(credit.textContent).toContain(def.source.zh);
    expect(credit.querySelector('a.atlas-embed__credit-link')!.getAttribute('href')).toBe(`${def.page}#chart-${id}`);
    expect(page.querySelectorAll('[data-embed-lang="zh"] details table tbody tr')).toHaveLength(def.rows.length);
  });

  it('has no duplicate ids with both languages on one page', () => {
    const ids = [...page.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('loads the forced-theme stylesheet, generated from the palette', () => {
    expect(page.querySelector('link[rel="stylesheet"][href="/embed/theme.css"]')).not.toBeNull();
    expect(read('/embed/theme.css')).toBe(themeOverrideCss());
  });

  it('the host script ships as src/embed/host-resizer.ts bundles', async () => {
    expect(read('/embed.js')).toBe(await hostScript());
  });
});

describe('pages that hold charts', () => {
  const firstOf = (list: { id: string }[]) => list[0]?.id;
  const report = present(ds.reports[0], 'a report in the corpus').meta.id;
  const region = present(ds.reports.find((r) => r.meta.region.code)?.meta.region.code, 'a report with a region code');
  // An indicator page draws no chart (its series lead to their views, each with its chart): a series view stands for it.
  const series = present(widestSeries(ds)[0], 'a series with values');
  const theme = present(ds.themes[0], 'a theme in the lexicon').id;
  const pages: [string, string | undefined][] = [
    ['/', firstOf([...widestSeries(ds).map((s) => ({ id: s.chartId })), ...homeCharts(ds)])],
    [`/reports/${report}/`, firstOf(reportCharts(ds, report))],
    [`/regions/${region}/`, firstOf(regionCharts(ds, region))],
    [`/indicators/${series.indicator}/${series.slug}/`, series.chartId],
    [`/themes/${theme}/`, firstOf(themeCharts(ds, theme))],
  ];

  it.each(pages)('%s announces its first chart’s oEmbed and offers each chart’s embed code', (path, first) => {
    expect(first).toBeDefined();
    const page = doc(`${path}index.html`);
    const link = page.querySelector('link[type="application/json+oembed"]')!;
    expect(new URL(link.getAttribute('href')!, 'http://x').pathname).toBe(`/oembed/${first}.json`);
    for (const figure of page.querySelectorAll('figure[data-chart-id]')) {
      const id = figure.getAttribute('data-chart-id')!;
      const code = fieldText(figure.querySelector(`#chart-${id}-embed-code`));
      expect(code).toContain(`/embed/${id}/`);
      expect(code).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
      const plain = fieldText(figure.querySelector(`#chart-${id}-embed-plain`));
      // The same iframe; the fixed one, which no script resizes, at least as tall.
      const heightOf = (snippet: string) => Number(/height="(\d+)"/.exec(snippet)![1]);
      expect(plain.replace(/height="\d+"/, '')).toBe(code.slice(0, code.indexOf('<script')).replace(/height="\d+"/, ''));
      expect(heightOf(plain)).toBeGreaterThanOrEqual(heightOf(code));
      expect(plain).not.toContain('<script');
      expect(figure.querySelector(`a[href="/charts/${id}.svg"]`)).not.toBeNull();
      expect(figure.querySelector(`a[href="/charts/${id}.csv"]`)).not.toBeNull();
      expect(figure.querySelector('button[data-png]')!.getAttribute('data-png')).toBe(`/charts/${id}.svg`);
    }
  });
});
