// Plan against result: targets set beside results of the same series (one
// indicator, measure, scope and unit family: a target of new certifications
// beside the new certifications achieved, never beside the stock or another
// programme). Within one report that holds both (兖州: 2022 results and 2023
// targets; 仙居: first-half results and second-half targets), and across two
// reports of one region when a plan's year is the year a summary reports on.
// A target with no result of its series says so.
import { columnAt, regionName, type Column } from './columns.ts';
import type { Bilingual, CompareFigure, CompareMeta, Section, VocabEntry } from './types.ts';

/** A figure whose value the source shows (not redacted). */
const shown = (f: CompareFigure) => !f.masked;

export interface PlanResultRow {
  indicator: VocabEntry;
  /** indicator|measure|scope|unitFamily, shared by every figure of the row. */
  pair: string;
  /** What the row counts: 新增（新认定）, 省级 存量（累计/有效）. */
  measure: Bilingual;
  targets: CompareFigure[];
  results: CompareFigure[];
  /** Targets and results of one series, each side with a value the source shows: they can be read against each other. */
  comparable: boolean;
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

/** A figure's pair key; an older record without one pairs by indicator and unit family only when nothing better is known. */
const pairOf = (f: CompareFigure): string | null =>
  f.pair ?? (f.indicator ? `${f.indicator}|-|-|${f.unit_norm}` : null);

export function pairRows(
  targets: CompareFigure[],
  results: CompareFigure[],
  indicators: VocabEntry[],
): PlanResultRow[] {
  const order = new Map(indicators.map((d, i) => [d.id, i]));
  const first = new Map<string, CompareFigure>();
  for (const f of [...results, ...targets]) {
    const key = pairOf(f);
    if (key && !first.has(key)) first.set(key, f);
  }
  const rows = [...first].map(([pair, f]) => {
    const id = f.indicator as string;
    const t = targets.filter((x) => pairOf(x) === pair);
    const r = results.filter((x) => pairOf(x) === pair);
    return {
      indicator: indicators.find((d) => d.id === id) ?? { id, zh: id, en: id },
      pair,
      measure: f.pair_label ?? { zh: '', en: '' },
      targets: t,
      results: r,
      // A redacted figure has no value to read against: a pair is comparable only with a value on each side.
      comparable: t.some(shown) && r.some(shown),
    };
  });
  const rank = (row: PlanResultRow) =>
    row.comparable ? 0 : row.targets.length && row.results.length ? 1 : row.targets.length ? 2 : 3;
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (order.get(a.indicator.id) ?? 1e9) - (order.get(b.indicator.id) ?? 1e9) ||
      a.pair.localeCompare(b.pair),
  );
}

function block(
  kind: PlanResultBlock['kind'],
  cols: Column[],
  planCol: number,
  resultCol: number,
  planPart: CompareFigure[],
  resultPart: CompareFigure[],
  indicators: VocabEntry[],
): PlanResultBlock {
  const targets = planPart.filter(isTarget);
  const results = resultPart.filter((f) => !isTarget(f));
  const p = columnAt(cols, planCol);
  const r = columnAt(cols, resultCol);
  const region = regionName(p.meta);
  const within = kind === 'within';
  const planLabel = within
    ? {
        zh: `${p.meta.period === 'H1+H2' ? '下半年' : `${planYear(p.meta)}年`}目标`,
        en: `${p.meta.period === 'H1+H2' ? 'Second-half' : planYear(p.meta)} targets`,
      }
    : { zh: `${p.label.zh} 目标`, en: `${p.label.en} targets` };
  const resultLabel = within
    ? {
        zh: `${p.meta.period === 'H1+H2' ? '上半年' : `${resultYear(p.meta)}年`}实绩`,
        en: `${p.meta.period === 'H1+H2' ? 'First-half' : resultYear(p.meta)} results`,
      }
    : { zh: `${r.label.zh} 实绩`, en: `${r.label.en} results` };
  return {
    kind,
    planCol,
    resultCol,
    title: within
      ? {
          zh: `${region}：${resultLabel.zh}与${planLabel.zh}`,
          en: `${region}: ${resultLabel.en} and ${planLabel.en.charAt(0).toLowerCase()}${planLabel.en.slice(1)}`,
        }
      : { zh: `${region}：计划与其后的总结`, en: `${region}: a plan and the later summary` },
    planLabel,
    resultLabel,
    rows: pairRows(targets, results, indicators),
    unlinked: {
      targets: targets.filter((f) => !f.indicator).length,
      results: results.filter((f) => !f.indicator).length,
    },
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
  // A reader meets first the block with the most pairs that can be read against each other.
  const comparable = (b: PlanResultBlock) => b.rows.filter((r) => r.comparable).length;
  return blocks
    .map((b, i) => ({ b, i }))
    .sort((x, y) => comparable(y.b) - comparable(x.b) || x.i - y.i)
    .map((x) => x.b);
}
