import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, assert, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../pipeline/dataset.ts';
import { FIGURE_COLUMNS, figureRows, toCsv } from '../pipeline/export/index.ts';
import { segmentParagraph } from '../lib/segments.ts';
import type { Dataset } from '../pipeline/types.ts';
import { findSilentLoss, formatLosses } from './silent-loss.ts';
import { lexiconsOnly } from '../../tests/helpers/data-dir.ts';

const FILE = `---
id: mini
title: 县科技局2024年工作总结
region:
  code: "331024"
  name: 仙居县
  province: 浙江省
  city: 台州市
  level: county
region_basis: stated
years:
  - 2024
year: 2024
period: year
doc_type: summary
issuer: 仙居县科技局
source:
  raw_file: fixture.txt
---
## 一、工作开展情况

全年新认定高新技术企业30家，争取上级资金2500万元。

「原文此处缺失」

申报高企**家，「乱码：確??萍」其余正常。
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A report page shaped like ReportText.astro renders it. */
function renderPage(ds: Dataset): string {
  const parts = ds.paragraphs.map((p) => {
    if (p.kind === 'gap')
      return `<p id="p-${p.n}" class="gap-marker">原文此处缺失 <span class="en">Text missing</span></p>`;
    const inner = segmentParagraph(p, ds.figures)
      .map((s) =>
        s.type === 'figure'
          ? `<a id="f-${s.figure.n}" href="#f-${s.figure.n}">${esc(s.text)}</a><span id="fd-${s.figure.n}" hidden>tip</span>`
          : s.type === 'masked'
            ? `<span class="masked">${esc(s.text)}<span class="visually-hidden">（原文隐去）</span></span>`
            : s.type === 'garbled'
              ? `<span class="garbled"><span class="visually-hidden">乱码：</span>${esc(s.text)}</span>`
              : esc(s.text),
      )
      .join('');
    const tag = p.kind === 'heading' ? 'h3' : 'p';
    return `<${tag} id="p-${p.n}">${inner}<a class="para-link" href="#p-${p.n}">¶</a></${tag}>`;
  });
  return `<!doctype html><html><body><main>${parts.join('\n')}</main></body></html>`;
}

/** The published permalinks are absolute, on the site's address. */
const SITE = 'https://atlas.example.org';

describe('findSilentLoss', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-loss-'));
  const content = join(root, 'content');
  const out = join(root, 'dist');
  mkdirSync(content);
  writeFileSync(join(content, 'mini.md'), FILE);
  const ds = loadDataset({ contentDir: content, dataDir: lexiconsOnly() });
  const page = join(out, 'reports', 'mini', 'index.html');
  const csv = join(out, 'data', 'figures.csv');
  const write = (html: string, rows = toCsv(figureRows(ds, SITE), FIGURE_COLUMNS)) => {
    writeFileSync(page, html);
    writeFileSync(csv, rows);
  };
  beforeEach(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'reports', 'mini'), { recursive: true });
    mkdirSync(join(out, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds nothing lost on a faithful page', () => {
    expect(ds.figures.length).toBeGreaterThanOrEqual(3);
    write(renderPage(ds));
    const r = findSilentLoss(out, content);
    expect(formatLosses(r.losses)).toBe('');
    expect(r).toMatchObject({ reports: 1, paragraphs: 4, figures: ds.figures.length });
  });

  it('names the file, line and paragraph when a paragraph is missing', () => {
    write(renderPage(ds).replace(/<p id="p-1">[\s\S]*?<\/p>/, ''));
    const [loss, ...rest] = findSilentLoss(out, content).losses;
    expect(loss).toMatchObject({ what: 'paragraph #p-1', line: 22, detail: 'no element with this id' });
    expect(resolve(loss?.file ?? '')).toBe(join(content, 'mini.md'));
    // its figures went with it
    expect(rest.map((l) => l.what)).toEqual(ds.figures.filter((f) => f.paragraph === 1).map((f) => `figure #f-${f.n}`));
  });

  it('catches one changed or dropped character', () => {
    write(renderPage(ds).replace('其余正常', '其余'));
    const losses = findSilentLoss(out, content).losses;
    expect(losses).toHaveLength(1);
    expect(losses[0]?.what).toBe('paragraph #p-3');
    expect(losses[0]?.detail).toMatch(/first difference/);
  });

  it('catches a figure whose anchor is gone or whose words differ', () => {
    const [f] = ds.figures;
    assert(f, 'the fixture has a figure');
    write(renderPage(ds).replace(`id="f-${f.n}"`, 'id="elsewhere"'));
    expect(findSilentLoss(out, content).losses.map((l) => l.what)).toEqual([`figure #f-${f.n}`]);
    write(renderPage(ds).replace(`>${f.raw}</a>`, '>99家</a>'));
    expect(findSilentLoss(out, content).losses.some((l) => l.what === `figure #f-${f.n}`)).toBe(true);
  });

  it('checks the figures.csv rows against the report text and reports a missing figures.csv', () => {
    const rows = figureRows(ds, SITE).map((r, i) => (i === 0 ? { ...r, raw: '31家' } : r));
    write(renderPage(ds), toCsv(rows, FIGURE_COLUMNS));
    expect(findSilentLoss(out, content).losses[0]?.detail).toMatch(/figures\.csv says "31家"/);
    rmSync(csv);
    expect(findSilentLoss(out, content).losses[0]?.detail).toMatch(/was not built/);
  });

  it('checks values, not only words: a row publishing another number than its words state is a loss', () => {
    const rows = figureRows(ds, SITE).map((r, i) => (i === 0 ? { ...r, value: 0 } : r));
    write(renderPage(ds), toCsv(rows, FIGURE_COLUMNS));
    expect(findSilentLoss(out, content).losses.map((l) => l.detail)).toEqual([
      `figures.csv publishes the value 0 for "30家", which states 30`,
    ]);
    write(renderPage(ds));
    expect(findSilentLoss(out, content).losses).toEqual([]);
  });

  it('reports a report page that was never built', () => {
    write(renderPage(ds));
    rmSync(page);
    expect(findSilentLoss(out, content).losses.map((l) => l.what)).toEqual(['page']);
  });
});
