// Plan against result: targets set beside results for the same indicator.
// Within one report that holds both (兖州: 2022 results and 2023 targets;
// 仙居: first-half results and second-half targets), and across two reports of
// one region when a plan's year is the year a summary reports on.
import { regionName, type Column } from './columns.ts';
import type { Bilingual, CompareFigure, CompareMeta, Section, VocabEntry } from './types.ts';

export interface PlanResultRow {
  indicator: VocabEntry;
  targets: CompareFigure[];
  results: CompareFigure[];
  /** A target and a result share a unit, so they can be read against each other. */
  sameUnit: boolean;
}

export interface PlanResultBlock {
  kind: 'within' | 'across';
  planCol: number;
  resultCol: number;
  title: Bilingual;
  planLabel: Bilingual;
  resultLabel: Bilingual;
  rows: PlanResultRow[];
  /** Figures on either side not linked to an indicator, so not matched. */
  unlinked: { targets: number; results: number };
  /**
   * Figures left out because they are not what their side holds: promises
   * inside the results part (将获得…) and figures of the plan part that are no
   * target (a baseline such as 目前已有…).
   */
  setAside: { inResults: number; inPlan: number };
}

// A results column holds what was achieved, a targets column what was promised;
// the kind decides, not only the part of the report a figure stands in.
export const isTarget = (f: CompareFigure) => f.kind === 'target';

function sectionFigures(col: Column, section: Section): CompareFigure[] {
  const inSection = new Set(col.paragraphs.filter((p) => p.section === section).map((p) => p.n));
  const sentences = new Set(col.sentences.filter((s) => inSection.has(s.p)).map((s) => s.n));
  return col.figures.filter((f) => sentences.has(f.s));
}

function hasSection(col: Column, section: Section): boolean {
  return col.paragraphs.some((p) => p.section === section && p.kind !== 'heading');
}

/** The year a column's targets are for, when it has targets. */
export function planYear(meta: CompareMeta, col?: Column): number | null {
  if (col && !hasSection(col, 'plan')) return null;
  return meta.doc_type === 'summary' ? null : Math.max(...meta.years);
}

/** The year a column's results report on, when it has results. */
export function resultYear(meta: CompareMeta, col?: Column): number | null {
  if (col && !hasSection(col, 'result')) return null;
  return meta.doc_type === 'summary' || meta.doc_type === 'summary+plan' ? Math.min(...meta.years) : null;
}

export function pairRows(targets: CompareFigure[], results: CompareFigure[], indicators: VocabEntry[]): PlanResultRow[] {
  const order = new Map(indicators.map((d, i) => [d.id, i]));
  const ids = new Set([...targets, ...results].map((f) => f.indicator).filter((x): x is string => x !== null));
  const rows = [...ids].map((id) => {
    const t = targets.filter((f) => f.indicator === id);
    const r = results.filter((f) => f.indicator === id);
    const units = new Set(t.map((f) => f.unit_norm));
    return {
      indicator: indicators.find((d) => d.id === id) ?? { id, zh: id, en: id },
      targets: t,
      results: r,
      sameUnit: r.some((f) => units.has(f.unit_norm)),
    };
  });
  const rank = (row: PlanResultRow) => (row.targets.length && row.results.length ? 0 : row.targets.length ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || (order.get(a.indicator.id) ?? 1e9) - (order.get(b.indicator.id) ?? 1e9));
}

function block(kind: PlanResultBlock['kind'], cols: Column[], planCol: number, resultCol: number, planPart: CompareFigure[], resultPart: CompareFigure[], indicators: VocabEntry[]): PlanResultBlock {
  const targets = planPart.filter(isTarget);
  const results = resultPart.filter((f) => !isTarget(f));
  const p = cols[planCol];
  const r = cols[resultCol];
  const region = regionName(p.meta);
  const within = kind === 'within';
  const planLabel = within ? { zh: `${p.meta.period === 'H1+H2' ? '下半年' : `${planYear(p.meta)}年`}目标`, en: `${p.meta.period === 'H1+H2' ? 'Second-half' : planYear(p.meta)} targets` } : { zh: `${p.label.zh} 目标`, en: `${p.label.en} targets` };
  const resultLabel = within ? { zh: `${p.meta.period === 'H1+H2' ? '上半年' : `${resultYear(p.meta)}年`}实绩`, en: `${p.meta.period === 'H1+H2' ? 'First-half' : resultYear(p.meta)} results` } : { zh: `${r.label.zh} 实绩`, en: `${r.label.en} results` };
  return {
    kind,
    planCol,
    resultCol,
    title: within
      ? { zh: `${region}：${resultLabel.zh}与${planLabel.zh}`, en: `${region}: ${resultLabel.en} and ${planLabel.en.charAt(0).toLowerCase()}${planLabel.en.slice(1)}` }
      : { zh: `${region}：计划与其后的总结`, en: `${region}: a plan and the later summary` },
    planLabel,
    resultLabel,
    rows: pairRows(targets, results, indicators),
    unlinked: { targets: targets.filter((f) => !f.indicator).length, results: results.filter((f) => !f.indicator).length },
    setAside: { inResults: resultPart.length - results.length, inPlan: planPart.length - targets.length },
  };
}

export function planResultBlocks(columns: Column[], indicators: VocabEntry[]): PlanResultBlock[] {
  const blocks: PlanResultBlock[] = [];
  columns.forEach((c, i) => {
    if (c.section || c.meta.doc_type !== 'summary+plan') return;
    if (!hasSection(c, 'plan') || !hasSection(c, 'result')) return;
    blocks.push(block('within', columns, i, i, sectionFigures(c, 'plan'), sectionFigures(c, 'result'), indicators));
  });
  columns.forEach((p, i) => {
    const py = planYear(p.meta, p);
    if (py === null || !p.meta.code) return;
    columns.forEach((r, j) => {
      if (r.meta.id === p.meta.id || r.meta.code !== p.meta.code) return;
      if (resultYear(r.meta, r) !== py) return;
      blocks.push(block('across', columns, i, j, sectionFigures(p, 'plan'), sectionFigures(r, 'result'), indicators));
    });
  });
  return blocks;
}
