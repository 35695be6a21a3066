// The columns of a comparison: each selected report, cut down to the selected
// section when one is named (仙居's second-half plan is the part after
// 二、下阶段工作计划), with a short label that tells the columns apart.
import { UNKNOWN_REGION, yearSpan } from '../words/report-words.ts';
import type {
  Bilingual,
  CompareFigure,
  CompareMeta,
  CompareParagraph,
  CompareSentence,
  ReportCompareData,
  Section,
  Selection,
} from './types.ts';

export interface Column {
  /** `<id>` or `<id>:<section>`, unique within a comparison. */
  key: string;
  meta: CompareMeta;
  section?: Section;
  label: Bilingual;
  paragraphs: CompareParagraph[];
  sentences: CompareSentence[];
  figures: CompareFigure[];
}

/**
 * The column a cell, bar or block points at. Every row of a comparison is built
 * from its columns, so a missing one is a fault in the model, named here.
 */
export function columnAt(columns: readonly Column[], i: number): Column {
  const col = columns[i];
  if (!col) throw new Error(`comparison: no column ${i} of ${columns.length}`);
  return col;
}

export const SECTION_LABELS: Record<Section, Bilingual> = {
  result: { zh: '总结部分', en: 'results part' },
  plan: { zh: '计划部分', en: 'plan part' },
  problems: { zh: '问题部分', en: 'problems part' },
};

const HALF_PLAN: Record<string, Bilingual> = {
  'H1+H2': { zh: '下半年计划', en: 'second-half plan' },
};
const HALF_RESULT: Record<string, Bilingual> = {
  'H1+H2': { zh: '上半年总结', en: 'first-half results' },
};

function sectionLabel(meta: CompareMeta, section: Section): Bilingual {
  if (section === 'plan') return HALF_PLAN[meta.period] ?? SECTION_LABELS.plan;
  if (section === 'result') return HALF_RESULT[meta.period] ?? SECTION_LABELS.result;
  return SECTION_LABELS[section];
}

/** The region as a reader should see it: an unidentified region is said to be so. */
export function regionName(meta: CompareMeta): string {
  return meta.region_basis === 'unknown' || !meta.region ? UNKNOWN_REGION.zh : meta.region;
}

function baseLabel(meta: CompareMeta): Bilingual {
  const region = regionName(meta);
  return {
    zh: `${region} ${yearSpan(meta)}`,
    en: `${meta.region_basis === 'unknown' || !meta.region ? UNKNOWN_REGION.en : region} ${yearSpan(meta, 'en')}`,
  };
}

export function columnOf(data: ReportCompareData, section?: Section): Column {
  const base = baseLabel(data.meta);
  const key = section ? `${data.meta.id}:${section}` : data.meta.id;
  if (!section)
    return {
      key,
      meta: data.meta,
      label: base,
      paragraphs: data.paragraphs,
      sentences: data.sentences,
      figures: data.figures,
    };
  const kept = new Set(data.paragraphs.filter((p) => p.section === section).map((p) => p.n));
  const sentences = data.sentences.filter((s) => kept.has(s.p));
  const sentenceSet = new Set(sentences.map((s) => s.n));
  const extra = sectionLabel(data.meta, section);
  return {
    key,
    meta: data.meta,
    section,
    label: { zh: `${base.zh} ${extra.zh}`, en: `${base.en} ${extra.en}` },
    paragraphs: data.paragraphs.filter((p) => kept.has(p.n)),
    sentences,
    figures: data.figures.filter((f) => sentenceSet.has(f.s)),
  };
}

/**
 * Columns for the selections, in order, skipping repeats. Reports not in
 * `data` are skipped (the caller reports unknown ids). Same-looking labels
 * get their document type appended so no two columns read alike.
 */
export function columnsFor(selections: Selection[], data: Map<string, ReportCompareData>): Column[] {
  const seen = new Set<string>();
  const columns: Column[] = [];
  for (const sel of selections) {
    const d = data.get(sel.id);
    if (!d) continue;
    const col = columnOf(d, sel.section);
    if (seen.has(col.key)) continue;
    seen.add(col.key);
    columns.push(col);
  }
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.label.zh, (counts.get(c.label.zh) ?? 0) + 1);
  return columns.map((c) =>
    (counts.get(c.label.zh) ?? 0) > 1
      ? { ...c, label: { zh: `${c.label.zh}（${c.meta.title}）`, en: `${c.label.en} (${c.meta.id})` } }
      : c,
  );
}
