// The built site (dist/) against the dataset: every report has its page with
// its whole text, figures link to their sentences, masked figures stay
// redacted, inferred regions say so, and the open data matches.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
describe('report pages', () => {
  it('every report has a page', () => {
    expect(ds.reports.length).toBeGreaterThan(0);
    for (const r of ds.reports) expect(existsSync(`dist/reports/${r.meta.id}/index.html`), r.meta.id).toBe(true);
  });

  // That each paragraph and figure is on its page, the build checks itself (src/integrations/silent-loss.ts);
  // what it does not check is their order, which a reader and a citation rely on.
  it('paragraphs and figures appear in the order of the curated text', () => {
    for (const r of ds.reports) {
      const html = page(`/reports/${r.meta.id}/`);
      const paragraphs = [...html.matchAll(/ id="p-(\d+)"/g)].map((m) => Number(m[1]));
      expect(paragraphs.length, r.meta.id).toBeGreaterThan(0);
      expect(paragraphs, r.meta.id).toEqual([...paragraphs].sort((x, y) => x - y));
      const starts = new Map(ds.figures.filter((f) => f.report === r.meta.id).map((f) => [f.n, f.start]));
      const figures = [...html.matchAll(/<a id="f-(\d+)"/g)].map((m) => starts.get(Number(m[1])));
      expect(figures.every((s) => s !== undefined), `${r.meta.id}: an anchor with no figure`).toBe(true);
      expect(figures, r.meta.id).toEqual([...figures].sort((x, y) => x! - y!));
    }
  });

  it('masked figures are shown redacted, never with a number', () => {
    const html = page('/reports/yanzhou-2022-summary-2023-plan/');
    const masked = ds.figures.filter((f) => f.report === 'yanzhou-2022-summary-2023-plan' && f.masked);
    expect(masked.length).toBeGreaterThan(20);
    expect(masked.every((f) => f.value === null)).toBe(true);
    // Each masked figure links to its place, its * runs drawn as redaction blocks.
    for (const f of masked) expect(html, f.id).toMatch(new RegExp(`<a id="f-${f.n}"[^>]*class="fig fig--\\w+ fig--masked"[^>]*>[^<*]*<span class="fig__num">\\*+</span>`));
  });

  it('an inferred region is marked as inferred, with its evidence', () => {
    const html = page('/reports/changsha-county-2024-plan/');
    expect(html).toContain('推断');
    expect(html).toContain('推断依据');
    expect(html).toMatch(/松雅湖|黄花|三一/);
  });

  it('gaps in the source are marked on the page', () => {
    const gaps = ds.paragraphs.filter((p) => p.kind === 'gap');
    for (const g of gaps) expect(page(`/reports/${g.report}/`)).toContain('原文此处缺失');
  });
});

describe('open data', () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync('dist/data/figures.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('figures.csv has one row per figure, each with its sentence and permalink', () => {
    expect(rows).toHaveLength(ds.figures.length);
    for (const row of rows) {
      expect(row.sentence?.length).toBeGreaterThan(0);
      expect(row.permalink).toMatch(/^https?:\/\/[^/]+\/reports\/[a-z0-9-]+\/#f-\d+$/);
    }
  });

  it('holds the 新沂 high-tech enterprise figures and the 长沙县 target', () => {
    const xinyi = rows.filter((r) => r.report === 'xinyi-2023-summary');
    for (const v of ['108', '86', '79.63', '517']) expect(xinyi.some((r) => r.value === v), v).toBe(true);
    const cs = rows.filter((r) => r.report === 'changsha-county-2024-plan' && r.value === '310');
    expect(cs.map((r) => r.kind)).toContain('target');
  });

  it('reports.csv and the JSON twins exist', () => {
    expect(readFileSync('dist/data/reports.csv', 'utf8').split('\n')[0]).toContain('id');
    expect(JSON.parse(readFileSync('dist/data/figures.json', 'utf8'))).toHaveLength(ds.figures.length);
  });
});
