// Series on charts: what decides which values may share a scale, a column or
// a pair, and the words that say on the chart what each value counts. The
// series itself is the pipeline's (indicator × measure × scope × kind × unit
// family, src/pipeline/figures/series.ts); this adds the chart-side names.
import type { Dataset, Figure } from '../pipeline/types.ts';
import { measureLabel, scopeLabel, unitFamily } from '../pipeline/figures/series.ts';
import { defaultVocabulary } from '../pipeline/figures/measures.ts';
import { FIGURE_KINDS, KIND_STYLE } from './palette.ts';
import type { Bilingual } from './types.ts';
import { indicatorName } from './labels.ts';

type SeriesFields = Pick<Figure, 'id' | 'series' | 'indicator' | 'measure' | 'scope' | 'kind' | 'unit'>;

/** The figure's series; a figure without one (no indicator) is a series of its own and compares with nothing. */
export function seriesOf(f: Pick<Figure, 'id' | 'series'>): string {
  return f.series ?? `~figure:${f.id}`;
}

/** Same indicator, measure, scope and unit family: a target and a result of this key may be read against each other. */
export function pairKey(f: SeriesFields): string | null {
  if (f.series === null || f.indicator === null) return null;
  const parts = f.series.split('|');
  // series = indicator|measure|scope|kind|unitFamily; the pair drops the kind.
  return parts.length === 5 ? [parts[0], parts[1], parts[2], parts[4]].join('|') : `${f.indicator}|${f.measure ?? '-'}|${f.scope ?? '-'}|${unitFamily(f.unit)}`;
}

/** The measure already says the kind (增长 is growth, 通过率 a share); an achieved figure needs no word; 目标 is never implied. */
function kindImplied(kind: string, measure: string | null): boolean {
  return kind === 'actual' || kind === measure || (kind === 'share' && measure === 'rate');
}

function kindWord(f: Pick<Figure, 'kind' | 'measure'>): Bilingual | null {
  return kindImplied(f.kind, f.measure) ? null : KIND_STYLE[f.kind].label;
}

/** The scope when it splits the series (全市 in a city's report is the same as no scope). */
function seriesScope(f: Pick<Figure, 'scope' | 'series'>): string | null {
  const parts = f.series?.split('|');
  const scope = parts?.length === 5 ? parts[2] : f.scope;
  return scope && scope !== '-' ? scope : null;
}

/** A measure's name without its gloss: 存量（累计/有效） → 存量, stock (total held) → stock. */
const short = (name: string) => name.replace(/\s*[（(].*$/u, '') || name;

/** What a value counts, without the indicator: "省级 新增（新认定） · 目标"; `brief` drops the glosses ("省级 新增 · 目标"). */
export function measureText(f: Pick<Figure, 'measure' | 'scope' | 'kind' | 'series'>, brief = false): Bilingual {
  const full = measureLabel(f.measure);
  const m = brief ? { zh: short(full.zh), en: short(full.en) } : full;
  const scope = scopeLabel(seriesScope(f));
  const kind = kindWord(f);
  return {
    zh: [scope ? `${scope.zh} ${m.zh}` : m.zh, kind?.zh].filter(Boolean).join(' · '),
    en: [scope ? `${scope.en} ${m.en}` : m.en, kind?.en.toLowerCase()].filter(Boolean).join(' · '),
  };
}

/** The units a list of figures is written in (normalised), e.g. 家 or 万元. */
export function unitsOf(figures: Pick<Figure, 'unit_norm'>[]): string {
  return [...new Set(figures.map((f) => f.unit_norm).filter(Boolean))].join('/');
}

/** The measure with its unit: "存量（累计/有效）（家）". */
export function measureHeader(f: Pick<Figure, 'measure' | 'scope' | 'kind' | 'series'>, units: string): Bilingual {
  const m = measureText(f);
  return units ? { zh: `${m.zh}（${units}）`, en: `${m.en} (${units})` } : m;
}

/** The whole series name: "高新技术企业 · 存量（累计/有效）". */
export function seriesTitle(ds: Dataset, f: Pick<Figure, 'indicator' | 'measure' | 'scope' | 'kind' | 'series'>): Bilingual {
  const name = f.indicator ? indicatorName(ds, f.indicator) : { zh: '未归类', en: 'Unclassified' };
  const m = measureText(f);
  return { zh: `${name.zh} · ${m.zh}`, en: `${name.en} · ${m.en}` };
}

/** A slug of the series for chart ids, from its meaning: `stock`, `new-provincial`, `new-target`, `rate-share`. */
export function seriesSlug(f: SeriesFields): string {
  const parts = (f.series ?? '').split('|');
  const [measure, scope, kind] = parts.length === 5 ? [parts[1], parts[2], parts[3]] : [f.measure ?? '-', f.scope ?? '-', f.kind];
  return [measure === '-' ? 'unspecified' : measure, scope === '-' ? null : scope, kindImplied(kind, measure === '-' ? null : measure) ? null : kind]
    .filter((p): p is string => p !== null)
    .join('-')
    .replace(/_/g, '-');
}

/** Order of series on a page: results before targets before growth, shares and ranks, then the vocabulary's order of measures. */
export function seriesOrder(f: Pick<Figure, 'kind' | 'measure'>): number {
  const m = defaultVocabulary().measures.findIndex((d) => d.id === f.measure);
  return FIGURE_KINDS.indexOf(f.kind) * 1000 + (m < 0 ? 999 : m);
}

/** The units a series is written in, for its header; a rank's 名 is no unit. */
export function seriesUnits(figures: Pick<Figure, 'unit_norm' | 'kind' | 'measure'>[]): string {
  return unitsOf(figures.filter((f) => f.kind !== 'rank' && f.measure !== 'rank'));
}
