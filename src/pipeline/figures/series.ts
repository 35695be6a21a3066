// Series: the unit of comparison. Only figures of one series (indicator ×
// measure × scope × kind × unit family) share a scale, a column or a pair.
// Labels for charts read the vocabulary in data/measures.csv and scopes.csv.
import type { Figure } from '../types.ts';
import type { SeriesLexicons } from '../lexicons.ts';
import { unitFamily as familyOfUnit } from './units.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

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

export function measureLabel(id: string | null, vocab: SeriesLexicons): Bilingual {
  const m = id ? vocab.measures.find((d) => d.id === id) : undefined;
  return m ? { zh: m.name_zh, en: m.name_en } : { zh: '未定', en: 'unspecified' };
}

export function scopeLabel(id: string | null, vocab: SeriesLexicons): Bilingual | null {
  const s = id ? vocab.scopes.find((d) => d.id === id) : undefined;
  return s ? { zh: s.name_zh, en: s.name_en } : null;
}

/** A short on-chart label of what a value counts: "省级 新增（新认定） provincial-level new (added or certified)". */
export function seriesLabel(f: Pick<Figure, 'measure' | 'scope'>, vocab: SeriesLexicons): string {
  const m = measureLabel(f.measure, vocab);
  const scope = f.scope && seriesScope(f.scope, vocab) !== '-' ? scopeLabel(f.scope, vocab) : null;
  const zh = scope ? `${scope.zh} ${m.zh}` : m.zh;
  const en = scope ? `${scope.en} ${m.en}` : m.en;
  return `${zh} ${en}`;
}
