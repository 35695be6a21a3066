// Key-figure chips read on their own: as written in the source, a rank as a
// rank, and never a bare number without a unit (QA: "1名 1名 1名", "3").
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import type { Dataset } from '../pipeline/types.ts';
import { compareReports } from './from-dataset.ts';
import { figureText, leadIn } from './figure-text.ts';
import { comparisonView } from './view/comparison-view.ts';
import { toDom } from './view/dom.ts';
import type { CompareFigure } from './types.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset(REPOSITORY_DIRS);
});

const ALL = () => ds.reports.map((r) => r.meta.id);

/** Every key figure of the theme table with the text of its sentence. */
function keyChips(ids: string[]): { f: CompareFigure; text: string }[] {
  const c = compareReports(ds, ids);
  return c.themes.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const text = new Map(cell.sentences.map((s) => [s.sentence.n, s.sentence.text]));
      return cell.keyFigures.map((f) => ({ f, text: figureText(f, text.get(f.s)) }));
    }),
  );
}

describe('figureText', () => {
  it('takes the clause words before a figure', () => {
    const text = '研发费4.61亿元，占营收比重3.78%，全市排名3；';
    expect(leadIn(text, text.lastIndexOf('3'))).toBe('全市排名');
  });

  it('a rank written as a bare number takes the words that make it a rank', () => {
    const chips = keyChips(['xianju-2024-h1-summary-h2-plan']);
    const rank = chips.find((c) => c.f.measure === 'rank' && c.f.raw === '3')!;
    expect(rank.text).toBe('全市排名3');
  });

  it('ranks and amounts written in words stay as written', () => {
    const chips = keyChips(['xinyi-2023-summary', 'ningbo-2012-summary']);
    expect(chips.filter((c) => c.f.raw === '第一').map((c) => c.text)).toContain('第一');
    for (const c of chips) if (c.f.unit !== '' && c.f.unit !== '名') expect(c.text).toBe(c.f.raw);
  });

  it('counts of 1名 say whom they count', () => {
    const text = '各镇均明确1名科技助理、1名科技专员。';
    const at = (k: number) => text.indexOf('1名', k);
    const chip = (k: number, label: string) =>
      figureText({ raw: '1名', value: 1, unit: '名', kind: 'actual', label, at: at(k), len: 2 } as CompareFigure, text);
    expect([chip(0, '科技助理'), chip(at(0) + 1, '科技专员')]).toEqual(['1名科技助理', '1名科技专员']);
  });

  it('a number without a unit says what it counts', () => {
    const index = keyChips(['ningbo-2012-summary']).find((c) => c.f.raw === '364.85')!;
    expect(index.text).toBe('创新指数 364.85');
  });

  it('across the corpus: no chip is a bare number, every rank chip reads as a rank', () => {
    const chips = keyChips(ALL());
    expect(chips.length).toBeGreaterThan(50);
    for (const c of chips) {
      expect(c.text, c.f.raw).not.toMatch(/^[\d.,*]+$/);
      if (c.f.measure === 'rank') expect(c.text, c.f.raw).toMatch(/第|排|居|列|位|名/);
    }
  });
});

describe('the theme table chips', () => {
  it('show the chip text, with the figure named in the tooltip', () => {
    const c = compareReports(ds, ['xianju-2024-h1-summary-h2-plan', 'xinyi-2023-summary']);
    const root = toDom(comparisonView(c), parseHTML('<!doctype html><html><body></body></html>').document);
    const chips = [...root.querySelectorAll('.cmp-themes .cmp-keyfig')].map((el) => el.textContent);
    expect(chips).toContain('全市排名3');
    expect(chips).not.toContain('3');
    expect(chips).not.toContain('1名');
    const rank = [...root.querySelectorAll('.cmp-themes .cmp-keyfig--rank')].find(
      (el) => el.textContent === '全市排名3',
    )!;
    expect(rank.getAttribute('title')).toContain('排名 · 第3名');
  });
});
