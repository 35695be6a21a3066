// The unseen development set (tests/fixtures/unseen/): raw files never used to
// write the rules, run through the whole ingest and the extractor as a curator
// would, and scored on figures (precision, recall, kind, indicator, measure)
// and on the draft's metadata field by field.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ingestText } from '../ingest/ingest.ts';
import { META_FIELDS, parseGoldMeta, scoreMeta, type MetaField, type MetaScore } from './score-meta.ts';
import type { Figure } from '../../pipeline/types.ts';
import { sortedKind, type SortedKind } from '../../pipeline/figures/kind.ts';
import type { FigureLexicons } from '../../pipeline/lexicons.ts';
import { extractFigures } from '../../pipeline/figures/extract.ts';
import { completeRow } from './csv-rows.ts';

export const UNSEEN_COLUMNS = ['value', 'unit', 'kind', 'indicator', 'measure', 'masked', 'context'] as const;

export interface UnseenGoldFigure {
  value: number | null;
  unit: string;
  /** In the gold's terms: a target, or an actual count, growth, share or rank. */
  kind: SortedKind;
  indicator: string;
  measure: string;
  masked: boolean;
  context: string;
}

export interface UnseenCaseScore {
  name: string;
  gold: number;
  extracted: number;
  matched: number;
  kindCorrect: number;
  indicatorCorrect: number;
  /** Matched figures whose gold and extracted figure both carry a measure. */
  measureScored: number;
  measureCorrect: number;
  missed: UnseenGoldFigure[];
  spurious: Figure[];
  wrongKind: { gold: UnseenGoldFigure; figure: Figure }[];
  wrongIndicator: { gold: UnseenGoldFigure; figure: Figure }[];
  meta: MetaScore;
}

export function parseUnseenGold(text: string, file: string): UnseenGoldFigure[] {
  const parsed = Papa.parse<Partial<Record<string, string>>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== UNSEEN_COLUMNS.join(','))
    throw new Error(`${file}: header is "${header.join(',')}", expected "${UNSEEN_COLUMNS.join(',')}"`);
  return parsed.data.map((raw, i) => {
    const row = completeRow(raw, UNSEEN_COLUMNS, `${file} row ${i + 2}`);
    const masked = row.masked === 'true';
    const value = row.value === '' ? null : Number(row.value);
    if (!row.context) throw new Error(`${file} row ${i + 2}: empty context`);
    if (!masked && (value === null || Number.isNaN(value)))
      throw new Error(`${file} row ${i + 2}: a value is required unless masked`);
    return {
      value,
      unit: row.unit,
      kind: row.kind as SortedKind,
      indicator: row.indicator,
      measure: row.measure,
      masked,
      context: row.context,
    };
  });
}

function sameFigure(gold: UnseenGoldFigure, f: Figure): boolean {
  if (gold.unit !== f.unit || gold.masked !== f.masked) return false;
  if (gold.masked) return true;
  return (
    f.value !== null && gold.value !== null && Math.abs(f.value - gold.value) < 1e-9 * Math.max(1, Math.abs(gold.value))
  );
}

/** The measure an extractor gives, once figures carry one (the measures vocabulary). */
function measureOf(f: Figure): string | undefined {
  const m = (f as Figure & { measure?: unknown }).measure;
  return typeof m === 'string' ? m : undefined;
}

/** Matches gold rows to figures lying inside their context; a context not in the body is a miss (the cleaning lost it). */
export function scoreFigures(body: string, gold: UnseenGoldFigure[], figures: readonly Figure[]) {
  const used = new Set<Figure>();
  const missed: UnseenGoldFigure[] = [];
  const wrongKind: UnseenCaseScore['wrongKind'] = [];
  const wrongIndicator: UnseenCaseScore['wrongIndicator'] = [];
  let kindCorrect = 0;
  let indicatorCorrect = 0;
  let measureScored = 0;
  let measureCorrect = 0;
  for (const row of gold) {
    const spans: number[] = [];
    for (let i = body.indexOf(row.context); i >= 0; i = body.indexOf(row.context, i + 1)) spans.push(i);
    const match = figures.find(
      (f) => !used.has(f) && sameFigure(row, f) && spans.some((s) => f.start >= s && f.start < s + row.context.length),
    );
    if (!match) {
      missed.push(row);
      continue;
    }
    used.add(match);
    if (sortedKind(match) === row.kind) kindCorrect += 1;
    else wrongKind.push({ gold: row, figure: match });
    if ((match.indicator ?? '') === row.indicator) indicatorCorrect += 1;
    else wrongIndicator.push({ gold: row, figure: match });
    const measure = measureOf(match);
    if (measure !== undefined && row.measure !== '') {
      measureScored += 1;
      if (measure === row.measure) measureCorrect += 1;
    }
  }
  return {
    matched: used.size,
    kindCorrect,
    indicatorCorrect,
    measureScored,
    measureCorrect,
    missed,
    spurious: figures.filter((f) => !used.has(f)),
    wrongKind,
    wrongIndicator,
  };
}

export function unseenCaseNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function evaluateUnseenCase(dir: string, name: string, lexicons: FigureLexicons): UnseenCaseScore {
  const raw = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const gold = parseUnseenGold(readFileSync(join(dir, `${name}.figures.csv`), 'utf8'), `${name}.figures.csv`);
  const goldMeta = parseGoldMeta(readFileSync(join(dir, `${name}.meta.json`), 'utf8'), `${name}.meta.json`);
  const [draft] = ingestText(raw, `${name}.txt`).drafts;
  if (!draft) throw new Error(`${name}.txt: the ingest finds no report in it`);
  const figures = extractFigures(draft.body, name, lexicons, { docType: draft.meta.doc_type });
  return {
    name,
    gold: gold.length,
    extracted: figures.length,
    ...scoreFigures(draft.body, gold, figures),
    meta: scoreMeta(draft, goldMeta),
  };
}

export function evaluateUnseen(dir: string, lexicons: FigureLexicons): UnseenCaseScore[] {
  return unseenCaseNames(dir).map((name) => evaluateUnseenCase(dir, name, lexicons));
}

export interface UnseenTotals {
  cases: number;
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  kind: number;
  indicator: number;
  /** null until the extractor gives measures. */
  measure: number | null;
  metadata: number;
  metaFields: Record<MetaField, number>;
  regionsNamed: number;
  regionsFound: number;
  wrongRegions: number;
  placeholderYearsReliable: number;
  chromeLeft: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function unseenTotals(scores: UnseenCaseScore[]): UnseenTotals {
  const sum = (f: (s: UnseenCaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const [gold, extracted, matched] = [sum((s) => s.gold), sum((s) => s.extracted), sum((s) => s.matched)];
  const metaFields = Object.fromEntries(
    META_FIELDS.map((k) => [
      k,
      ratio(
        sum((s) => Number(s.meta.fields[k])),
        scores.length,
      ),
    ]),
  ) as Record<MetaField, number>;
  const measureScored = sum((s) => s.measureScored);
  return {
    cases: scores.length,
    gold,
    extracted,
    matched,
    precision: ratio(matched, extracted),
    recall: ratio(matched, gold),
    kind: ratio(
      sum((s) => s.kindCorrect),
      matched,
    ),
    indicator: ratio(
      sum((s) => s.indicatorCorrect),
      matched,
    ),
    measure: measureScored ? sum((s) => s.measureCorrect) / measureScored : null,
    metadata: ratio(
      sum((s) => META_FIELDS.filter((k) => s.meta.fields[k]).length),
      scores.length * META_FIELDS.length,
    ),
    metaFields,
    regionsNamed: scores.filter((s) => s.meta.regionFound !== null).length,
    regionsFound: scores.filter((s) => s.meta.regionFound === true).length,
    wrongRegions: scores.filter((s) => s.meta.wrongRegion).length,
    placeholderYearsReliable: scores.filter((s) => s.meta.placeholderReliable).length,
    chromeLeft: scores.filter((s) => s.meta.chromeLeft.length > 0).length,
  };
}
