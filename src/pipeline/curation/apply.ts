// Applies the curator's decisions to the extracted figures. A verified figure
// takes every label the curator recorded (whatever the rules now say); a
// rejected one leaves the dataset; a duplicate stays in its report as a
// second source of the figure it repeats, never a value of its own. A figure
// the curator verified but the rules no longer find is still published, from
// the decision and the text at its offset. Where the rules now disagree with a
// verified figure, the disagreement is listed (review and evaluation read it).
// A decision that matches nothing fails at its line of data/curation.csv.
import type { Figure } from '../types.ts';
import type { SeriesLexicons } from '../lexicons.ts';
import { TableError } from '../tables/read-table.ts';
import { seriesKey } from '../figures/series.ts';
import { normaliseMoney } from '../figures/units.ts';
import { indexAt, paragraphStarts, splitSentences } from '../figures/sentences.ts';
import { quotedSentence } from '../figures/context.ts';
import { LABEL_FIELDS, type CurationDecision, type FigureLabels } from './decisions.ts';

/** A verified figure whose labels the current rules would set otherwise. */
export interface Disagreement {
  figure: string;
  report: string;
  offset: number;
  /** Label → [what the rules now say, what the curator verified]. */
  fields: Partial<Record<keyof FigureLabels, [string, string]>>;
  /** The rules no longer find this figure at all (it is published from the decision). */
  missing: boolean;
}

const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The labels a figure carries now. */
export function labelsOf(f: Figure): FigureLabels {
  return {
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    indicator: f.indicator,
    measure: f.measure,
    scope: f.scope,
    period: f.period,
    rank_of: f.rank_of ?? null,
    rank_among: f.rank_among ?? null,
  };
}

/** Which labels differ between two sets, as [a, b] strings. */
export function differences(a: FigureLabels, b: FigureLabels): Partial<Record<keyof FigureLabels, [string, string]>> {
  const out: Partial<Record<keyof FigureLabels, [string, string]>> = {};
  for (const k of LABEL_FIELDS) if (show(a[k]) !== show(b[k])) out[k] = [show(a[k]), show(b[k])];
  return out;
}

const key = (report: string, offset: number) => `${report}@${offset}`;

/** Verified labels as figure fields: a rank's what and among whom stay absent when unsaid. */
function asFigureFields(
  labels: FigureLabels,
): Omit<FigureLabels, 'rank_of' | 'rank_among'> & Pick<Figure, 'rank_of' | 'rank_among'> {
  const { rank_of, rank_among, ...rest } = labels;
  return { ...rest, rank_of: rank_of ?? undefined, rank_among: rank_among ?? undefined };
}

function nearest(figures: readonly Figure[], report: string, offset: number): string {
  const starts = figures.filter((f) => f.report === report).map((f) => f.start);
  const near = starts
    .sort((a, b) => Math.abs(a - offset) - Math.abs(b - offset))
    .slice(0, 3)
    .sort((a, b) => a - b);
  return near.length ? ` (nearest figures start at ${near.join(', ')})` : ' (the report has no figures)';
}

/** A figure made from a verified decision where the rules find none: its text and sentence from the body. */
function decidedFigure(d: CurationDecision, body: string): Figure {
  const labels = d.labels as FigureLabels;
  const sentences = splitSentences(body);
  const sentence_n = indexAt(
    sentences.map((s) => s.start),
    d.offset,
  );
  // A report's body is never blank (the corpus reader refuses it), so it has a sentence.
  const sentence = sentences[sentence_n];
  if (!sentence) throw new Error(`${d.report}: no sentence holds offset ${d.offset}`);
  const end = d.offset + d.raw.length;
  return {
    id: '',
    report: d.report,
    n: -1,
    paragraph: indexAt(paragraphStarts(body), d.offset),
    sentence_n,
    sentence: quotedSentence(body, sentence, d.offset, end),
    start: d.offset,
    end,
    raw: d.raw,
    ...asFigureFields(labels),
    ...normaliseMoney(labels.value, labels.unit),
    qualifier: '',
    subject_qualifier: '',
    masked: labels.value === null,
    label: '',
    theme: null,
    measure_basis: [],
    measure_rule: 'default',
    series: null,
    review: 'machine',
    in_series: true,
    same_as: null,
    also: [],
  };
}

/**
 * The extracted figures with every figure a curator verified that the rules
 * no longer find added back, in reading order. A decision at an offset where
 * the text no longer reads as recorded fails at its line.
 */
export function withDecidedFigures(
  extracted: readonly Figure[],
  decisions: readonly CurationDecision[],
  bodies: ReadonlyMap<string, string>,
  file: string,
): { figures: Figure[]; missing: Set<string> } {
  const found = new Map(extracted.map((f) => [key(f.report, f.start), f]));
  const added: Figure[] = [];
  for (const d of decisions) {
    const body = bodies.get(d.report);
    if (body === undefined) throw new TableError(file, d.line, 'report', `no report "${d.report}" in the corpus`);
    const f = found.get(key(d.report, d.offset));
    if (f) {
      if (f.raw.charAt(0) !== d.raw.charAt(0))
        throw new TableError(
          file,
          d.line,
          'raw',
          `the figure at ${d.offset} reads "${f.raw}", not "${d.raw}": review it again`,
        );
      continue;
    }
    if (body.slice(d.offset, d.offset + d.raw.length) !== d.raw)
      throw new TableError(
        file,
        d.line,
        'offset',
        `${d.report} does not read "${d.raw}" at ${d.offset}${nearest(extracted, d.report, d.offset)}: the text changed; review it again`,
      );
    if (d.status === 'verified') added.push(decidedFigure(d, body));
  }
  const missing = new Set(added.map((f) => key(f.report, f.start)));
  if (added.length === 0) return { figures: [...extracted], missing };
  const order = new Map(extracted.map((f, i) => [f.report, i]));
  const figures = [...extracted, ...added].sort(
    (a, b) =>
      (order.get(a.report) ?? Infinity) - (order.get(b.report) ?? Infinity) ||
      a.report.localeCompare(b.report) ||
      a.start - b.start,
  );
  return { figures, missing };
}

export interface CurationResult {
  figures: Figure[];
  disagreements: Disagreement[];
}

/**
 * Applies decisions to numbered figures: verified labels, rejections and
 * duplicates (a duplicate's `same_as` is the id of the figure it repeats,
 * which lists it under `also`). Figures no curator has decided stay as the
 * rules made them, marked machine.
 */
export function applyDecisions(
  figures: readonly Figure[],
  decisions: readonly CurationDecision[],
  missing: ReadonlySet<string>,
  lex: SeriesLexicons,
  file: string,
): CurationResult {
  const byKey = new Map(decisions.map((d) => [key(d.report, d.offset), d]));
  const figureAt = new Map(figures.map((f) => [key(f.report, f.start), f]));
  const disagreements: Disagreement[] = [];
  const out: Figure[] = [];
  for (const f of figures) {
    const d = byKey.get(key(f.report, f.start));
    if (!d) {
      out.push(f);
      continue;
    }
    if (d.status === 'rejected') continue;
    if (d.status === 'duplicate') {
      const primary = figureAt.get(key(f.report, d.sameAs as number));
      const primaryDecision = byKey.get(key(f.report, d.sameAs as number));
      if (!primary || primaryDecision?.status === 'rejected' || primaryDecision?.status === 'duplicate')
        throw new TableError(
          file,
          d.line,
          'same_as',
          `no figure of ${f.report} to repeat at ${d.sameAs}${nearest(figures, f.report, d.sameAs as number)}`,
        );
      // The same fact says what the verified statement says: its labels, not the rules' reading of this sentence.
      const told = primaryDecision?.labels;
      const repeated: Figure = {
        ...f,
        ...(told ? { ...asFigureFields(told), value: f.value, unit: f.unit, value_low: f.value_low } : {}),
        same_as: primary.id,
        review: 'verified',
        in_series: false,
        curation: { note: d.note, reviewed: d.reviewed },
      };
      if (told) repeated.series = seriesKey(repeated, lex);
      out.push(repeated);
      continue;
    }
    const labels = d.labels as FigureLabels;
    const gone = missing.has(key(f.report, f.start));
    const fields = gone ? {} : differences(labelsOf(f), labels);
    if (gone || Object.keys(fields).length)
      disagreements.push({ figure: f.id, report: f.report, offset: f.start, fields, missing: gone });
    const verified: Figure = {
      ...f,
      ...asFigureFields(labels),
      ...normaliseMoney(labels.value, labels.unit),
      masked: labels.value === null,
      review: 'verified',
      in_series: d.inSeries,
      curation: { note: d.note, reviewed: d.reviewed },
    };
    verified.series = seriesKey(verified, lex);
    out.push(verified);
  }
  // A figure lists the places its duplicates state it again.
  const also = new Map<string, Figure[]>();
  for (const f of out) if (f.same_as) also.set(f.same_as, [...(also.get(f.same_as) ?? []), f]);
  const figuresOut = also.size
    ? out.map((f) => {
        const dups = also.get(f.id);
        return dups ? { ...f, also: dups.map((d) => ({ n: d.n, sentence_n: d.sentence_n })) } : f;
      })
    : out;
  return { figures: figuresOut, disagreements };
}
