// A curator's decisions on figures (data/curation.csv), one row per figure,
// keyed by report and offset so a re-extraction keeps the review. A row
// records everything the curator verified — value, unit, kind, indicator,
// measure, scope, period, whether it is its series' value — so a later rule
// change never silently alters a verified figure; and what the machine had
// proposed when the curator decided (proposed_*), so its first pass can be
// scored against the verified corpus for as long as the record exists.
// Every row is validated against the lexicons and against the others: a bad
// row stops the build at `file:line: field "…": message`.
import { z } from 'zod';
import { FIGURE_KINDS } from '../../core/codes.ts';
import { readTable, TableError } from '../tables/read-table.ts';
import { invisibleOrControl } from '../text-checks.ts';
import { unitFamily } from '../figures/units.ts';
import type { Lexicons } from '../lexicons.ts';
import type { FigureKind } from '../types.ts';

export const REVIEW_STATUSES = ['verified', 'rejected', 'duplicate'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The labels a figure carries, as a curator verifies them or the machine proposes them. */
export interface FigureLabels {
  /** The number as written (null for a masked figure). */
  value: number | null;
  unit: string;
  kind: FigureKind;
  /** An indicator id of data/indicators.csv; null when the figure counts nothing the lexicon names. */
  indicator: string | null;
  measure: string | null;
  scope: string | null;
  /** The period the figure covers as the text states it (1-11月, 2023年); empty when it is the report's own. */
  period: string;
  /** For a rank: what was ranked, the level or its growth; null otherwise. */
  rank_of: 'level' | 'growth' | null;
  /** For a rank: among whom (nation, province, city, region, sub_provincial, world, named:<place>); null when unsaid or not a rank. */
  rank_among: string | null;
}

/** One decision of data/curation.csv. */
export interface CurationDecision {
  /** The line of the file the row is on. */
  line: number;
  report: string;
  /** Where the figure's text starts in the report body. */
  offset: number;
  /** The figure as written there when decided (a check that the text has not changed). */
  raw: string;
  /** verified: the labels below are the figure's; rejected: not a figure; duplicate: the same fact as the figure at `same_as`. */
  status: ReviewStatus;
  /** The verified labels (for a verified row). */
  labels: FigureLabels | null;
  /** Verified, but not its series' value (a part of a whole, one programme among several, not comparable): kept off charts, comparisons and cards. */
  inSeries: boolean;
  /** For a duplicate: the offset of the figure in the same report it repeats. */
  sameAs: number | null;
  note: string;
  /** What the machine proposed when the curator decided; null when the row was written by hand without it. */
  proposed: FigureLabels | null;
  /** ISO date of the decision. */
  reviewed: string;
}

/** The labels a decision records, in the file's column order (verified and proposed_*). */
export const LABEL_FIELDS = [
  'value',
  'unit',
  'kind',
  'indicator',
  'measure',
  'scope',
  'period',
  'rank_of',
  'rank_among',
] as const;
/** Among whom a rank was given, as the extractor names the fields of comparison (src/pipeline/figures/rank.ts). */
const RANK_AMONG = /^(?:nation|province|city|region|sub_provincial|world|named:[\u4e00-\u9fff]{1,8})$/;
export const CURATION_COLUMNS = [
  'report',
  'offset',
  'raw',
  'status',
  ...LABEL_FIELDS,
  'in_series',
  'same_as',
  'note',
  ...LABEL_FIELDS.map((f) => `proposed_${f}` as const),
  'reviewed',
] as const;

const text = z.string().refine((s) => !invisibleOrControl(s), { message: 'holds a control or invisible character' });
/** Decimal numbers only: 0x1F, 0b11 and 1e1 are not how a report writes a figure. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const rowSchema = z.object(Object.fromEntries(CURATION_COLUMNS.map((c) => [c, text])) as Record<string, typeof text>);

export type Row = Record<(typeof CURATION_COLUMNS)[number], string>;

/**
 * What the machine proposed (proposed_* columns): a record of the past, read
 * as written — the rules and lexicons may have changed since, and a wrong
 * proposal is the point of recording it. Only a value must read as a number.
 */
function proposedOf(row: Row, fail: (field: string, message: string) => Error): FigureLabels | null {
  const get = (f: (typeof LABEL_FIELDS)[number]) => row[`proposed_${f}` as keyof Row];
  if (LABEL_FIELDS.every((f) => get(f) === '')) return null;
  const value = get('value');
  if (value !== '' && !DECIMAL.test(value)) throw fail('proposed_value', `"${value}" is not a decimal number`);
  const id = (f: 'indicator' | 'measure' | 'scope') => (get(f) === '' ? null : get(f));
  return {
    value: value === '' ? null : Number(value),
    unit: get('unit'),
    kind: get('kind') as FigureKind,
    indicator: id('indicator'),
    measure: id('measure'),
    scope: id('scope'),
    period: get('period'),
    rank_of: (get('rank_of') || null) as FigureLabels['rank_of'],
    rank_among: get('rank_among') || null,
  };
}

/** The verified labels of a row, each checked against the lexicons; null when all are empty. */
function labelsOf(row: Row, prefix: '', fail: (field: string, message: string) => Error, lex: Lexicons) {
  const get = (f: (typeof LABEL_FIELDS)[number]) => row[`${prefix}${f}` as keyof Row];
  if (LABEL_FIELDS.every((f) => get(f) === '')) return null;
  const field = (f: string) => `${prefix}${f}`;
  const value = get('value');
  if (value !== '' && !DECIMAL.test(value))
    throw fail(field('value'), `"${value}" is not a decimal number (leave it empty for a masked figure)`);
  if (value.replace(/[^0-9]/g, '').replace(/^0+/, '').length > 15)
    throw fail(field('value'), `"${value}" has more than 15 significant digits; it cannot be published exactly`);
  const unit = get('unit');
  const kind = get('kind');
  if (!(FIGURE_KINDS as readonly string[]).includes(kind))
    throw fail(field('kind'), `"${kind}" is not a figure kind (${FIGURE_KINDS.join(', ')})`);
  const id = (f: 'indicator' | 'measure' | 'scope', list: readonly { id: string }[], file: string) => {
    const v = get(f);
    if (v !== '' && !list.some((d) => d.id === v)) throw fail(field(f), `"${v}" is not an id of data/${file}`);
    return v === '' ? null : v;
  };
  const measure = id('measure', lex.measures, 'measures.csv');
  const rankOf = get('rank_of');
  if (!['', 'level', 'growth'].includes(rankOf)) throw fail(field('rank_of'), `"${rankOf}" is not level or growth`);
  const rank_of = rankOf === '' ? null : (rankOf as 'level' | 'growth');
  const rankAmong = get('rank_among');
  if (rankAmong !== '' && !RANK_AMONG.test(rankAmong))
    throw fail(
      field('rank_among'),
      `"${rankAmong}" is not nation, province, city, region, sub_provincial, world or named:<place>`,
    );
  if ((rank_of || rankAmong) && measure !== 'rank')
    throw fail(field('rank_of'), 'only a rank says what was ranked and among whom');
  // A measure names what it applies to: a rate on 30家 or a rank on 814.37万元 would open a series that cannot exist.
  // A rank position is written 第3, 3名 or 前*位: its unit is no quantity (a rank of 814.37万元 is refused below).
  const rankPosition = measure === 'rank' && ['', '名', '位'].includes(unit);
  const family = rankPosition ? 'rank' : (unitFamily(unit) ?? 'other');
  const def = lex.measures.find((m) => m.id === measure);
  if (def && !def.applies_to.includes(family))
    throw fail(
      field('measure'),
      `"${measure}" applies to ${def.applies_to.join('/')} figures, not to ${family} (${unit || 'no unit'})`,
    );
  return {
    value: value === '' ? null : Number(value),
    unit,
    kind: kind as FigureKind,
    indicator: id('indicator', lex.indicators, 'indicators.csv'),
    measure,
    scope: id('scope', lex.scopes, 'scopes.csv'),
    period: get('period'),
    rank_of,
    rank_among: rankAmong === '' ? null : rankAmong,
  };
}

/** One row as a decision, checked as the build checks it (the review tool checks a row before it writes it). */
export function decisionOf(line: number, row: Row, file: string, lex: Lexicons): CurationDecision {
  const fail = (field: string, message: string) => new TableError(file, line, field, message);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.report)) throw fail('report', `"${row.report}" is not a report id`);
  if (!/^\d+$/.test(row.offset)) throw fail('offset', `"${row.offset}" is not a non-negative whole number`);
  if (row.raw === '') throw fail('raw', 'the figure as written is needed (a check that the text has not changed)');
  if (!(REVIEW_STATUSES as readonly string[]).includes(row.status))
    throw fail('status', `"${row.status}" is not one of ${REVIEW_STATUSES.join(', ')}`);
  const status = row.status as ReviewStatus;
  const labels = labelsOf(row, '', fail, lex);
  if (status === 'verified' && !labels) throw fail('kind', 'a verified row records the labels it verified');
  if (status !== 'verified' && labels) throw fail('value', `a ${status} row takes no labels`);
  if (!['yes', 'no', ''].includes(row.in_series)) throw fail('in_series', `"${row.in_series}" is not yes or no`);
  if (status !== 'verified' && row.in_series !== '') throw fail('in_series', `a ${status} row is in no series`);
  if (status === 'duplicate' && !/^\d+$/.test(row.same_as))
    throw fail('same_as', 'a duplicate names the offset of the figure it repeats');
  if (status !== 'duplicate' && row.same_as !== '') throw fail('same_as', 'only a duplicate names another figure');
  if (status !== 'verified' && row.note === '')
    throw fail('note', `say why (a ${status} row is published with its note)`);
  if (row.reviewed !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(row.reviewed))
    throw fail('reviewed', `"${row.reviewed}" is not a date (YYYY-MM-DD)`);
  return {
    line,
    report: row.report,
    offset: Number(row.offset),
    raw: row.raw,
    status,
    labels,
    inSeries: row.in_series !== 'no',
    sameAs: row.same_as === '' ? null : Number(row.same_as),
    note: row.note,
    proposed: proposedOf(row, fail),
    reviewed: row.reviewed,
  };
}

/** Every decision of the file, each checked against the lexicons; a figure decided twice fails at the second row. */
export function loadDecisions(file: string, lex: Lexicons): CurationDecision[] {
  const seen = new Map<string, number>();
  return readTable(file, rowSchema).map(({ line, row }) => {
    const d = decisionOf(line, row as Row, file, lex);
    const key = `${d.report}@${d.offset}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new TableError(file, line, 'offset', `${d.report} at ${d.offset} is already decided on line ${first}`);
    seen.set(key, line);
    return d;
  });
}
