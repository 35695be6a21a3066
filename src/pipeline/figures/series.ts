// Series: the unit of comparison. Only figures of one series (indicator ×
// measure × scope × kind × unit family) share a scale, a column or a pair.
// Labels for charts read the vocabulary in data/measures.csv and scopes.csv.
import type { Figure } from '../types.ts';
import type { SeriesLexicons } from '../lexicons.ts';
import { unitFamily as familyOfUnit } from './units.ts';

/** The unit family a figure's unit belongs to (count, money, percent, change …; `other` when unknown). */
export function unitFamily(unit: string): string {
  return familyOfUnit(unit) ?? 'other';
}

/** A scope that is the same as an unstated one (全市 in a city report) reads as '-' in a series key. */
function seriesScope(scope: string | null, vocab: SeriesLexicons): string {
  if (!scope) return '-';
  return vocab.scopes.find((s) => s.id === scope)?.in_series === false ? '-' : scope;
}

type SeriesFields = Pick<Figure, 'indicator' | 'measure' | 'scope' | 'kind' | 'unit' | 'rank_of' | 'rank_among'>;

/**
 * The scale part of a series key: the unit family, or for a rank what was
 * ranked and among whom (`growth-province`, `level-city`): ranks of a level
 * and of a growth, or among the city's districts and the province's cities,
 * are never one series.
 */
function scaleOf(f: Omit<SeriesFields, 'kind'>): string {
  if (f.measure !== 'rank' && !f.rank_of) return unitFamily(f.unit);
  const among = f.rank_among ?? 'unsaid';
  return `${f.rank_of ?? 'level'}-${among.startsWith('named:') ? `named${hashPlace(among)}` : among}`;
}

/** A short stable tag for a named place (named:绍兴), ASCII so series keys stay usable in ids. */
function hashPlace(text: string): string {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/** `${indicator}|${measure}|${scope}|${kind}|${scale}` (scale: unit family, or a rank's what and among whom), or null for a figure without indicator. */
export function seriesKey(f: SeriesFields, vocab: SeriesLexicons): string | null {
  if (!f.indicator) return null;
  return `${f.indicator}|${f.measure ?? '-'}|${seriesScope(f.scope, vocab)}|${f.kind}|${scaleOf(f)}`;
}

/**
 * The series a target is measured in, without its kind: a plan's target
 * pairs only with a result of the same indicator, measure, scope and unit
 * family (新增高企16家 with 新认定86家, never a growth target with a share).
 */
export function comparableKey(f: Omit<SeriesFields, 'kind'>, vocab: SeriesLexicons): string | null {
  if (!f.indicator) return null;
  return `${f.indicator}|${f.measure ?? '-'}|${seriesScope(f.scope, vocab)}|${scaleOf(f)}`;
}

/**
 * Whether a figure is a value of its series as the site publishes series:
 * verified by a curator, its series' value (not a part or one programme of
 * several), not a second statement of another figure, and in a series at
 * all. Series charts, comparisons, pairs, key figures, cards and embeds draw
 * these only; every figure stays in its report's text and table.
 */
export function countsInSeries(f: Pick<Figure, 'review' | 'in_series' | 'same_as' | 'series'>): boolean {
  return f.review === 'verified' && f.in_series && f.same_as === null && f.series !== null;
}

/** A series key's parts: indicator|measure|scope|kind|unitFamily. */
function keyParts(series: string | null): string[] | null {
  const p = series?.split('|');
  return p?.length === 5 ? p : null;
}

/** Same indicator, measure, scope and unit family (the series without its kind): a target and a result of one pair key may be read against each other. */
export function pairKey(f: Pick<Figure, 'series'>): string | null {
  const p = keyParts(f.series);
  return p ? [p[0], p[1], p[2], p[4]].join('|') : null;
}
