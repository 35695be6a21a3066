// Scoring the extractor against hand-annotated gold figures
// (tests/fixtures/gold/<report>.csv: value,unit,kind,masked,context, and in
// files annotated for it indicator,measure: empty indicator = none). A gold
// row is found in the body by its verbatim context; an extracted figure
// matches it when it lies inside that context with the same value and unit
// (masked: same unit, both masked). Each figure matches at most one row.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Figure } from '../../pipeline/types.ts';
import { sortedKind, type SortedKind } from '../../pipeline/figures/kind.ts';
import { completeRow } from './csv-rows.ts';

export const GOLD_COLUMNS = ['value', 'unit', 'kind', 'masked', 'context'] as const;
/** A gold file may also say, for every figure, its indicator and measure. */
export const GOLD_SERIES_COLUMNS = [...GOLD_COLUMNS, 'indicator', 'measure'] as const;

export interface GoldFigure {
  value: number | null;
  unit: string;
  /** In the gold's terms: a target, or an actual count, growth, share or rank. */
  kind: SortedKind;
  masked: boolean;
  context: string;
  /** Set in files annotated with indicator and measure; null = the figure counts no indicator. */
  indicator?: string | null;
  measure?: string;
}

export interface ReportScore {
  report: string;
  gold: number;
  extracted: number;
  matched: number;
  kindCorrect: number;
  precision: number;
  recall: number;
  kindAccuracy: number;
  /** Gold rows no extracted figure matched. */
  missed: GoldFigure[];
  /** Extracted figures matching no gold row. */
  spurious: Figure[];
  /** Matched figures whose kind differs from the gold kind. */
  wrongKind: { gold: GoldFigure; figure: Figure }[];
  /** Matched figures whose gold row gives an indicator and measure (0 when the file has none). */
  seriesAnnotated: number;
  indicatorCorrect: number;
  measureCorrect: number;
  indicatorAccuracy: number | null;
  measureAccuracy: number | null;
  wrongIndicator: { gold: GoldFigure; figure: Figure }[];
  wrongMeasure: { gold: GoldFigure; figure: Figure }[];
}

export function parseGold(text: string, file: string): GoldFigure[] {
  const parsed = Papa.parse<Partial<Record<string, string>>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const header = parsed.meta.fields ?? [];
  const annotated = header.join(',') === GOLD_SERIES_COLUMNS.join(',');
  if (!annotated && header.join(',') !== GOLD_COLUMNS.join(',')) {
    throw new Error(
      `${file}: header is "${header.join(',')}", expected "${GOLD_COLUMNS.join(',')}" or "${GOLD_SERIES_COLUMNS.join(',')}"`,
    );
  }
  return parsed.data.map((raw, i) => {
    const row = completeRow(raw, GOLD_COLUMNS, `${file} row ${i + 2}`);
    const masked = row.masked === 'true';
    const value = row.value === '' ? null : Number(row.value);
    if (!row.context) throw new Error(`${file} row ${i + 2}: empty context`);
    if (!masked && (value === null || Number.isNaN(value)))
      throw new Error(`${file} row ${i + 2}: a value is required unless masked`);
    const figure: GoldFigure = { value, unit: row.unit, kind: row.kind as SortedKind, masked, context: row.context };
    if (!annotated) return figure;
    if (!raw.measure)
      throw new Error(`${file} row ${i + 2}: empty measure (every figure of an annotated file has one)`);
    return { ...figure, indicator: raw.indicator || null, measure: raw.measure };
  });
}

export function loadGold(path: string): GoldFigure[] {
  return parseGold(readFileSync(path, 'utf8'), path);
}

function sameFigure(gold: GoldFigure, figure: Figure): boolean {
  if (gold.unit !== figure.unit || gold.masked !== figure.masked) return false;
  if (gold.masked) return true;
  return (
    figure.value !== null &&
    gold.value !== null &&
    Math.abs(figure.value - gold.value) < 1e-9 * Math.max(1, Math.abs(gold.value))
  );
}

/** Offsets of every occurrence of the gold row's context in the body. */
function contextSpans(body: string, context: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = body.indexOf(context); i >= 0; i = body.indexOf(context, i + 1))
    spans.push({ start: i, end: i + context.length });
  return spans;
}

export function scoreReport(report: string, body: string, gold: GoldFigure[], figures: readonly Figure[]): ReportScore {
  const used = new Set<Figure>();
  const missed: GoldFigure[] = [];
  const wrongKind: ReportScore['wrongKind'] = [];
  const wrongIndicator: ReportScore['wrongIndicator'] = [];
  const wrongMeasure: ReportScore['wrongMeasure'] = [];
  let kindCorrect = 0;
  let seriesAnnotated = 0;
  let indicatorCorrect = 0;
  let measureCorrect = 0;
  for (const row of gold) {
    const spans = contextSpans(body, row.context);
    if (spans.length === 0) throw new Error(`gold ${report}: context "${row.context}" is not in the report body`);
    // The figure's number must sit inside the context (its unit may run past it: 5630万).
    const match = figures.find(
      (f) => !used.has(f) && sameFigure(row, f) && spans.some((s) => f.start >= s.start && f.start < s.end),
    );
    if (!match) {
      missed.push(row);
      continue;
    }
    used.add(match);
    if (sortedKind(match) === row.kind) kindCorrect += 1;
    else wrongKind.push({ gold: row, figure: match });
    if (row.measure === undefined) continue;
    seriesAnnotated += 1;
    if (match.indicator === row.indicator) indicatorCorrect += 1;
    else wrongIndicator.push({ gold: row, figure: match });
    if (match.measure === row.measure) measureCorrect += 1;
    else wrongMeasure.push({ gold: row, figure: match });
  }
  const matched = used.size;
  return {
    report,
    gold: gold.length,
    extracted: figures.length,
    matched,
    kindCorrect,
    precision: figures.length ? matched / figures.length : 1,
    recall: gold.length ? matched / gold.length : 1,
    kindAccuracy: matched ? kindCorrect / matched : 1,
    missed,
    spurious: figures.filter((f) => !used.has(f)),
    wrongKind,
    seriesAnnotated,
    indicatorCorrect,
    measureCorrect,
    indicatorAccuracy: seriesAnnotated ? indicatorCorrect / seriesAnnotated : null,
    measureAccuracy: seriesAnnotated ? measureCorrect / seriesAnnotated : null,
    wrongIndicator,
    wrongMeasure,
  };
}

export type OverallScore = Pick<
  ReportScore,
  | 'gold'
  | 'extracted'
  | 'matched'
  | 'kindCorrect'
  | 'precision'
  | 'recall'
  | 'kindAccuracy'
  | 'seriesAnnotated'
  | 'indicatorCorrect'
  | 'measureCorrect'
  | 'indicatorAccuracy'
  | 'measureAccuracy'
>;

/** Micro-averaged totals over several reports; indicator and measure over the annotated files only. */
export function overallScore(scores: ReportScore[]): OverallScore {
  type Counted =
    'gold' | 'extracted' | 'matched' | 'kindCorrect' | 'seriesAnnotated' | 'indicatorCorrect' | 'measureCorrect';
  const sum = (k: Counted) => scores.reduce((n, s) => n + s[k], 0);
  const [gold, extracted, matched, kindCorrect] = [sum('gold'), sum('extracted'), sum('matched'), sum('kindCorrect')];
  const [seriesAnnotated, indicatorCorrect, measureCorrect] = [
    sum('seriesAnnotated'),
    sum('indicatorCorrect'),
    sum('measureCorrect'),
  ];
  return {
    gold,
    extracted,
    matched,
    kindCorrect,
    precision: extracted ? matched / extracted : 1,
    recall: gold ? matched / gold : 1,
    kindAccuracy: matched ? kindCorrect / matched : 1,
    seriesAnnotated,
    indicatorCorrect,
    measureCorrect,
    indicatorAccuracy: seriesAnnotated ? indicatorCorrect / seriesAnnotated : null,
    measureAccuracy: seriesAnnotated ? measureCorrect / seriesAnnotated : null,
  };
}
