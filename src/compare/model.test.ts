// The comparison model against the real corpus: shares and instrument counts
// agree with the dataset, absence means no sentence on the theme, figures are
// aligned exactly once, sections cut where the documents switch.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import { tagThemes } from '../pipeline/themes/tag.ts';
import type { Dataset } from '../pipeline/types.ts';
import { compareReports } from './from-dataset.ts';
import { reportCompareData } from './data.ts';
import { columnOf } from './columns.ts';
import { CURATED } from './curated.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset(REPOSITORY_DIRS);
});

const ids = () => ds.reports.map((r) => r.meta.id);

describe('emphasis and instruments agree with the dataset', () => {
  it('a full-report column has the report page theme shares', () => {
    const c = compareReports(ds, ids());
    expect(c.columns).toHaveLength(ds.reports.length);
    c.columns.forEach((col, i) => {
      for (const row of c.emphasis.rows) {
        const expected = ds.reportThemes.find((t) => t.report === col.meta.id && t.theme === row.theme.id)?.share ?? 0;
        expect(row.shares[i]).toBeCloseTo(expected, 10);
      }
    });
    expect(c.emphasis.max).toBe(Math.max(...ds.reportThemes.map((t) => t.share)));
  });

  it('instrument mentions and examples are the dataset counts', () => {
    const c = compareReports(ds, ids());
    c.columns.forEach((col, i) => {
      for (const row of c.instruments) {
        const expected = ds.reportInstruments.find(
          (x) => x.report === col.meta.id && x.instrument === row.instrument.id,
        );
        expect(row.cells[i]?.mentions).toBe(expected?.mentions ?? 0);
        expect(row.cells[i]?.example?.n ?? null).toBe(expected?.example_sentence ?? null);
      }
    });
  });

  it('instrument rows run supply, environment, demand', () => {
    const sides = compareReports(ds, ids().slice(0, 2)).instruments.map((r) => r.instrument.side);
    expect(sides.indexOf('environment')).toBeGreaterThan(sides.lastIndexOf('supply'));
    expect(sides.indexOf('demand')).toBeGreaterThan(sides.lastIndexOf('environment'));
    expect(sides).toHaveLength(ds.instruments.length);
  });
});

describe('themes side by side', () => {
  it('a cell is absent exactly when no body sentence of the report names the theme or counts a figure of it', () => {
    const c = compareReports(ds, [
      'xianju-2024-h1-summary-h2-plan',
      'suzhou-2024-law-enforcement-plan',
      'ningbo-2012-summary',
    ]);
    c.columns.forEach((col, i) => {
      const headingParas = new Set(
        ds.paragraphs.filter((p) => p.report === col.meta.id && p.kind === 'heading').map((p) => p.n),
      );
      const body = ds.sentences.filter((s) => s.report === col.meta.id && !headingParas.has(s.paragraph));
      for (const row of c.themes) {
        const mentions = body.filter(
          (s) =>
            tagThemes(s.text, ds.themes).some((h) => h.theme === row.theme.id) ||
            (ds.index.seriesFiguresByReport.get(col.meta.id) ?? []).some(
              (f) => f.sentence_n === s.n && f.theme === row.theme.id,
            ),
        );
        expect(row.cells[i]?.absent).toBe(mentions.length === 0);
        expect(row.cells[i]?.sentences.map((s) => s.sentence.n)).toEqual(mentions.map((s) => s.n));
      }
    });
    // The corpus has both: some themes absent somewhere, some present.
    const cells = c.themes.flatMap((r) => r.cells);
    expect(cells.some((x) => x.absent)).toBe(true);
    expect(cells.some((x) => !x.absent)).toBe(true);
  });

  it('key figures are figures of the row theme, at most three, in text order', () => {
    const c = compareReports(ds, ['ningbo-2012-summary', 'anqing-2011-summary']);
    for (const row of c.themes) {
      for (const cell of row.cells) {
        expect(cell.keyFigures.length).toBeLessThanOrEqual(3);
        for (const f of cell.keyFigures) expect(f.theme).toBe(row.theme.id);
        const ns = cell.keyFigures.map((f) => f.n);
        expect([...ns].sort((a, b) => a - b)).toEqual(ns);
      }
    }
  });

  it('marks absences in reports with missing text', () => {
    const gaps = (id: string) => ds.paragraphs.filter((p) => p.report === id && p.kind === 'gap').length;
    const withGap = ids().find((id) => gaps(id) > 0)!;
    expect(withGap).toBeDefined();
    expect(gaps('xianju-2024-h1-summary-h2-plan')).toBe(0);
    const c = compareReports(ds, [withGap, 'xianju-2024-h1-summary-h2-plan']);
    expect(c.caveats.some((x) => x.zh.includes('缺失'))).toBe(true);
    for (const row of c.themes) {
      expect(row.cells.map((cell) => cell.gapCaveat)).toEqual([true, false]);
    }
  });
});

describe('figures aligned', () => {
  it('every verified series value of the selection sits in exactly one cell, in its own column; nothing else does', () => {
    const sel = ['ningbo-2012-summary', 'anqing-2011-summary', 'liupanshui-2010-summary'];
    const c = compareReports(ds, sel);
    sel.forEach((id, i) => {
      const linked = (ds.index.seriesFiguresByReport.get(id) ?? [])
        .filter((f) => f.indicator)
        .map((f) => f.n)
        .sort((a, b) => a - b);
      const placed = c.figures.rows.flatMap((r) => (r.cells[i] ?? []).map((f) => f.n)).sort((a, b) => a - b);
      expect(placed).toEqual(linked);
      expect(placed.length).toBeGreaterThan(0);
    });
    for (const r of c.figures.rows)
      for (const cell of r.cells)
        for (const f of cell) expect([f.indicator, f.series]).toEqual([r.indicator.id, r.series]);
    const present = c.figures.rows.map((r) => r.present);
    expect([...present].sort((a, b) => b - a)).toEqual(present);
  });

  it('2024 plans: a stock target and a target of new certifications are never one row or one scale', () => {
    const curated = CURATED.find((x) => x.slug === '2024-plans')!;
    const c = compareReports(ds, curated.selections);
    const rowOf = (raw: string) =>
      c.figures.rows.find((r) =>
        r.cells.some((cell) => cell.some((f) => f.raw === raw && f.indicator === 'high_tech_enterprises')),
      );
    expect(rowOf('1576家以上')).toBeDefined();
    expect(rowOf('16家')).toBeDefined();
    expect(rowOf('1576家以上')).not.toBe(rowOf('16家'));
    expect(rowOf('1576家以上')!.measure.zh).toContain('存量');
    expect(rowOf('16家')!.measure.zh).toContain('新增');
    for (const g of c.figures.charts)
      expect(new Set(g.bars.map((b) => b.figure.series)).size, `${g.indicator.zh} ${g.measure.zh}`).toBe(1);
  });

  it('chart groups hold one series and unit, at least two columns, no masked figure', () => {
    const c = compareReports(ds, ids());
    expect(c.figures.charts.length).toBeGreaterThan(0);
    for (const g of c.figures.charts) {
      expect(new Set(g.bars.map((b) => b.col)).size).toBeGreaterThanOrEqual(2);
      for (const b of g.bars) {
        expect(b.figure.series).toBe(g.series);
        expect(b.figure.unit_norm).toBe(g.unit);
        expect(b.figure.kind).toBe(g.kind);
        expect(b.figure.masked).toBe(false);
        expect(b.figure.value_norm).not.toBeNull();
      }
      expect(g.max).toBe(Math.max(...g.bars.map((b) => b.figure.value_norm!)));
    }
  });

  it('figure offsets inside the sentence point at the figure text', () => {
    for (const id of ids()) {
      const d = reportCompareData(ds, id);
      for (const f of d.figures) {
        const s = d.sentences.find((x) => x.n === f.s)!;
        expect(f.at).toBeGreaterThanOrEqual(0);
        const original = ds.figures.find((x) => x.report === id && x.n === f.n)!;
        const body = ds.reports.find((r) => r.meta.id === id)!.body;
        expect(s.text.slice(f.at, f.at + f.len)).toBe(body.slice(original.start, original.end));
      }
    }
  });
});

describe('section columns', () => {
  it('仙居 second-half plan: only the text after 二、下阶段工作计划, labelled as such', () => {
    const id = 'xianju-2024-h1-summary-h2-plan';
    const body = ds.reports.find((r) => r.meta.id === id)!.body;
    const cut = body.indexOf('二、下阶段工作计划');
    const col = columnOf(reportCompareData(ds, id), 'plan');
    expect(col.key).toBe(`${id}:plan`);
    expect(col.label.zh).toBe('仙居县 2024 下半年计划');
    const expected = ds.sentences.filter((s) => s.report === id && s.start >= cut).map((s) => s.n);
    expect(col.sentences.map((s) => s.n)).toEqual(expected);
    const figs = (ds.index.seriesFiguresByReport.get(id) ?? []).filter((f) => f.start >= cut).map((f) => f.n);
    expect(col.figures.map((f) => f.n)).toEqual(figs);
  });
});
