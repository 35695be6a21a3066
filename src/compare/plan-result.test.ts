// Plan against result on the two reports that hold both (仙居, 兖州), and a
// plan/summary pair of one region across two reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import type { Dataset } from '../pipeline/types.ts';
import { compareReports } from './from-dataset.ts';
import { buildComparison, type Comparison } from './compare.ts';
import { columnAt } from './columns.ts';
import type { PlanResultBlock } from './plan-result.ts';
import { reportCompareData, vocabulary } from './data.ts';
import { withSections, headingSection } from './sections.ts';
import type { ReportCompareData } from './types.ts';
import { pairKey } from '../pipeline/figures/series.ts';
import { planResultView } from './view/plan-result-view.ts';
import { toHtml } from './view/html.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset(REPOSITORY_DIRS);
});

const XIANJU = 'xianju-2024-h1-summary-h2-plan';
const YANZHOU = 'yanzhou-2022-summary-2023-plan';

/** Body offset where a heading starts, found in the text itself. */
function headingAt(id: string, heading: string): number {
  const body = ds.reports.find((r) => r.meta.id === id)!.body;
  const at = body.indexOf(heading);
  expect(at).toBeGreaterThan(0);
  return at;
}

/** The comparison's first plan-against-result block, which the test is about. */
function firstBlock(c: Comparison): PlanResultBlock {
  const [block] = c.planResult;
  if (!block) throw new Error('the comparison has no plan-against-result block');
  return block;
}

describe('sections', () => {
  it('reads the switch from the top-level headings', () => {
    expect(headingSection('一、上阶段亮点工作')).toBe('result');
    expect(headingSection('二、下阶段工作计划')).toBe('plan');
    expect(headingSection('二、存在问题')).toBe('problems');
    expect(headingSection('三、2023年重点工作谋划')).toBe('plan');
    expect(headingSection('一、工作开展情况')).toBe('result');
  });

  it('whole-document types are one section; level-2 headings do not switch', () => {
    const ps = [
      { kind: 'text', text: '今年以来' },
      { kind: 'heading', level: 1, text: '二、下阶段工作计划' },
      { kind: 'heading', level: 2, text: '（一）工作情况回顾' },
      { kind: 'text', text: '确保' },
    ];
    expect(withSections(ps, 'summary').map(([, s]) => s)).toEqual(['result', 'result', 'result', 'result']);
    expect(withSections(ps, 'plan').map(([, s]) => s)).toEqual(['plan', 'plan', 'plan', 'plan']);
    expect(withSections(ps, 'summary+plan').map(([, s]) => s)).toEqual(['result', 'plan', 'plan', 'plan']);
  });
});

describe('within one report', () => {
  it('仙居: first-half results beside second-half targets, split at 二、下阶段工作计划', () => {
    const c = compareReports(ds, [XIANJU]);
    expect(c.planResult).toHaveLength(1);
    const block = firstBlock(c);
    expect(block.kind).toBe('within');
    expect(block.planLabel.zh).toBe('下半年目标');
    expect(block.resultLabel.zh).toBe('上半年实绩');
    const cut = headingAt(XIANJU, '二、下阶段工作计划');
    const figs = (ds.index.seriesFiguresByReport.get(XIANJU) ?? []).filter((f) => f.indicator);
    const startOf = new Map(figs.map((f) => [f.n, f.start]));
    const targets = block.rows.flatMap((r) => r.targets.map((f) => f.n)).sort((a, b) => a - b);
    const results = block.rows.flatMap((r) => r.results.map((f) => f.n)).sort((a, b) => a - b);
    expect(targets).toEqual(figs.filter((f) => f.start > cut && f.kind === 'target').map((f) => f.n));
    expect(results).toEqual(figs.filter((f) => f.start < cut && f.kind !== 'target').map((f) => f.n));
    for (const row of block.rows)
      for (const f of [...row.targets, ...row.results]) expect(f.indicator).toBe(row.indicator.id);
    // Matched rows (both sides) come first.
    const both = block.rows.map((r) => r.targets.length > 0 && r.results.length > 0);
    expect(both.indexOf(false) === -1 || both.slice(both.indexOf(false)).every((b) => !b)).toBe(true);
    expect(targets.every((n) => startOf.get(n)! > cut)).toBe(true);
  });

  it('仙居: a series (indicator, measure, scope, unit family) with a figure on each side is one matched row', () => {
    const block = firstBlock(compareReports(ds, [XIANJU]));
    const cut = headingAt(XIANJU, '二、下阶段工作计划');
    const figs = (ds.index.seriesFiguresByReport.get(XIANJU) ?? []).filter((f) => f.indicator);
    const before = new Set(figs.filter((f) => f.start < cut && f.kind !== 'target').map(pairKey));
    const after = new Set(figs.filter((f) => f.start > cut && f.kind === 'target').map(pairKey));
    const matched = [...after].filter((k) => before.has(k)).sort();
    expect(matched.length).toBeGreaterThan(0);
    expect(
      block.rows
        .filter((r) => r.comparable)
        .map((r) => r.pair)
        .sort(),
    ).toEqual(matched);
    for (const row of block.rows) for (const f of [...row.targets, ...row.results]) expect(f.pair).toBe(row.pair);
  });

  it('pairs a target only with a result of its own measure, and says where there is none', () => {
    const block = firstBlock(compareReports(ds, [XIANJU]));
    // 有研发活动的企业: a 70% share achieved, a growth target of 10%以上: not one series, so not a pair.
    const rd = block.rows.filter((r) => r.indicator.id === 'rd_active_firms');
    expect(rd.length).toBeGreaterThan(1);
    expect(rd.some((r) => r.comparable)).toBe(false);
    expect(rd.find((r) => r.targets.some((f) => f.raw === '10%以上'))?.results).toEqual([]);
    // New certifications of high-tech firms targeted; none reported in the first half: said, not paired with another measure.
    const hte = block.rows.find((r) => r.targets.some((f) => f.raw === '16家'))!;
    expect(hte.results).toEqual([]);
    const html = toHtml(planResultView([block], compareReports(ds, [XIANJU]).columns));
    expect(html).toContain('无可比结果 No comparable result');
    expect(html).not.toContain('同单位');
  });

  it('兖州: 2022 results (before 二、存在问题) beside 2023 targets (after 三、2023年重点工作谋划)', () => {
    const block = firstBlock(compareReports(ds, [YANZHOU]));
    expect(block.planLabel.zh).toBe('2023年目标');
    expect(block.resultLabel.zh).toBe('2022年实绩');
    const problems = headingAt(YANZHOU, '二、存在问题');
    const plan = headingAt(YANZHOU, '三、2023年重点工作谋划');
    const figs = new Map(ds.figures.filter((f) => f.report === YANZHOU).map((f) => [f.n, f]));
    const targets = block.rows.flatMap((r) => r.targets);
    const results = block.rows.flatMap((r) => r.results);
    expect(targets.length + results.length).toBeGreaterThan(0);
    for (const f of targets) expect(figs.get(f.n)!.start).toBeGreaterThan(plan);
    for (const f of results) expect(figs.get(f.n)!.start).toBeLessThan(problems);
  });

  it('results hold only achieved figures, targets only targets; the rest is counted, not shown', () => {
    // QA: 兖州 争取上级资金 showed "***万元 目标" (将获得最高***万元) under 2022年实绩.
    const c = compareReports(ds, [YANZHOU, XIANJU]);
    expect(c.planResult).toHaveLength(2);
    for (const b of c.planResult) {
      for (const row of b.rows) {
        for (const f of row.results) expect(f.kind, `${b.title.zh} ${row.indicator.zh} ${f.raw}`).not.toBe('target');
        for (const f of row.targets) expect(f.kind, `${b.title.zh} ${row.indicator.zh} ${f.raw}`).toBe('target');
      }
    }
    // Blocks are ordered by how many pairs they can compare, so each is found by its report's column.
    const blockOf = (id: string) => c.planResult.find((b) => columnAt(c.columns, b.planCol).meta.id === id)!;
    const funds = blockOf(YANZHOU)
      .rows.filter((r) => r.indicator.id === 'funds_won')
      .flatMap((r) => r.results);
    expect(funds.length).toBeGreaterThan(0);
    expect(funds.map((f) => f.kind)).not.toContain('target');
    // A promise standing among the results (将获得最高***万元 in 兖州, now verified as no series value) is set aside, never shown as a result.
    const promised = (ds.index.seriesFiguresByReport.get(XIANJU) ?? []).filter(
      (f) => f.kind === 'target' && f.start < headingAt(XIANJU, '二、下阶段工作计划'),
    );
    expect(blockOf(XIANJU).setAside.inResults).toBe(promised.length);
  });

  it('a plan-only or summary-only report has no block; a section column has none either', () => {
    expect(compareReports(ds, ['changsha-county-2024-plan', 'ningbo-2012-summary']).planResult).toEqual([]);
    expect(compareReports(ds, [{ id: XIANJU, section: 'plan' }]).planResult).toEqual([]);
  });
});

describe('across reports of one region', () => {
  function retarget(d: ReportCompareData, code: string, year: number, region: string): ReportCompareData {
    return { ...d, meta: { ...d.meta, code, region, year, years: [year] } };
  }

  it('pairs a plan for year Y with a summary of year Y in the same region, and only then', () => {
    const summary = reportCompareData(ds, 'xinyi-2023-summary');
    const plan = retarget(
      reportCompareData(ds, 'changsha-county-2024-plan'),
      summary.meta.code!,
      2023,
      summary.meta.region,
    );
    const vocab = vocabulary(ds);
    const data = new Map([
      [plan.meta.id, plan],
      [summary.meta.id, summary],
    ]);
    const c = buildComparison([{ id: plan.meta.id }, { id: summary.meta.id }], data, vocab);
    expect(c.planResult).toHaveLength(1);
    expect(c.planResult[0]).toMatchObject({ kind: 'across', planCol: 0, resultCol: 1 });
    const targets = firstBlock(c)
      .rows.flatMap((r) => r.targets.map((f) => f.n))
      .sort((a, b) => a - b);
    expect(targets).toEqual(
      plan.figures
        .filter((f) => f.indicator)
        .map((f) => f.n)
        .sort((a, b) => a - b),
    );

    const later = new Map([
      [plan.meta.id, retarget(plan, summary.meta.code!, 2024, summary.meta.region)],
      [summary.meta.id, summary],
    ]);
    expect(buildComparison([{ id: plan.meta.id }, { id: summary.meta.id }], later, vocab).planResult).toEqual([]);
    const elsewhere = new Map([
      [plan.meta.id, retarget(plan, '430121', 2023, '长沙县')],
      [summary.meta.id, summary],
    ]);
    expect(buildComparison([{ id: plan.meta.id }, { id: summary.meta.id }], elsewhere, vocab).planResult).toEqual([]);
  });
});
