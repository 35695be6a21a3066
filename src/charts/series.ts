// Series on charts: what decides which values may share a scale, a column or
// a pair, and the words that say on the chart what each value counts. The
// series itself is the pipeline's (indicator × measure × scope × kind × unit
// family, src/pipeline/figures/series.ts); this adds the chart-side names.
import type { Dataset, Figure } from '../pipeline/types.ts';
import type { Bilingual } from '../core/bilingual.ts';
import { kindImplied, measureText, seriesTitle as seriesTitleWords, type SeriesNames } from '../words/series-words.ts';
import { FIGURE_KINDS } from './palette.ts';
import { indicatorName } from './labels.ts';

type SeriesFields = Pick<Figure, 'series' | 'measure' | 'scope' | 'kind'>;

/** The figure's series; a figure without one (no indicator) is a series of its own and compares with nothing. */
export function seriesOf(f: Pick<Figure, 'id' | 'series'>): string {
  return f.series ?? `~figure:${f.id}`;
}

/** The units a list of figures is written in (normalised), e.g. 家 or 万元. */
export function unitsOf(figures: Pick<Figure, 'unit_norm'>[]): string {
  return [...new Set(figures.map((f) => f.unit_norm).filter(Boolean))].join('/');
}

/** The measure with its unit: "存量（累计/有效）（家）". */
export function measureHeader(
  f: Pick<Figure, 'measure' | 'scope' | 'kind' | 'series'>,
  units: string,
  names: SeriesNames,
): Bilingual {
  const m = measureText(f, names);
  return units ? { zh: `${m.zh}（${units}）`, en: `${m.en} (${units})` } : m;
}

/** The whole series name: "高新技术企业 · 存量（累计/有效）". */
export function seriesTitle(
  ds: Dataset,
  f: Pick<Figure, 'indicator' | 'measure' | 'scope' | 'kind' | 'series'>,
): Bilingual {
  return seriesTitleWords(f.indicator ? indicatorName(ds, f.indicator) : null, f, ds);
}

/**
 * A slug of the series for chart ids, from its meaning: `stock`,
 * `new-provincial`, `new-target`, `rate`. `full` names every part (kind and
 * unit family too), for two series the short slug does not tell apart.
 */
export function seriesSlug(f: SeriesFields, full = false): string {
  const parts = (f.series ?? '').split('|');
  // A series key's parts (indicator|measure|scope|kind|family), or the figure's own fields without one.
  const [, measure = f.measure ?? '-', scope = f.scope ?? '-', kind = f.kind, family = 'other'] =
    parts.length === 5 ? parts : [];
  // In full, only a kind the measure names itself (增长 growth) goes unsaid.
  const showKind = full ? kind !== measure : !kindImplied(kind, measure === '-' ? null : measure);
  return [
    measure === '-' ? 'unspecified' : measure,
    scope === '-' ? null : scope,
    showKind ? kind : null,
    full ? family : null,
  ]
    .filter((p): p is string => p !== null)
    .join('-')
    .replace(/_/g, '-');
}

/** Order of series on a page: results before targets before growth, shares and ranks, then the vocabulary's order of measures. */
export function seriesOrder(ds: Pick<Dataset, 'measures'>, f: Pick<Figure, 'kind' | 'measure'>): number {
  const m = ds.measures.findIndex((d) => d.id === f.measure);
  // By measure, then a result before its target: 新增 and 新增 · 目标 sit together.
  return (m < 0 ? 999 : m) * 10 + FIGURE_KINDS.indexOf(f.kind);
}

/** The units a series is written in, for its header; a rank's 名 is no unit. */
export function seriesUnits(figures: Pick<Figure, 'unit_norm' | 'kind' | 'measure'>[]): string {
  return unitsOf(figures.filter((f) => f.measure !== 'rank'));
}
