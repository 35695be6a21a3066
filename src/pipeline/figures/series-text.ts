// The words that say what a value of a series counts, for every place that
// shows one (charts, the comparison, pages), and the key a target and a
// result must share to be set against each other. Built on the series key
// (src/pipeline/figures/series.ts) and the vocabulary's names.
import type { Figure } from '../types.ts';
import { KIND_LABELS } from '../../words/labels.ts';
import type { SeriesLexicons } from '../lexicons.ts';
import { measureLabel, scopeLabel, type Bilingual } from './series.ts';

/** A series key's parts: indicator|measure|scope|kind|unitFamily. */
function parts(series: string | null): string[] | null {
  const p = series?.split('|');
  return p?.length === 5 ? p : null;
}

/** Same indicator, measure, scope and unit family: a target and a result of one pair key may be read against each other (the pipeline's comparableKey). */
export function pairKey(f: Pick<Figure, 'series'>): string | null {
  const p = parts(f.series);
  return p ? [p[0], p[1], p[2], p[4]].join('|') : null;
}

/** The measure already says the kind (增长 is growth, 通过率 a share); an achieved figure needs no word; 目标 is never implied. */
export function kindImplied(kind: string, measure: string | null): boolean {
  return kind === 'actual' || kind === measure || (kind === 'share' && measure === 'rate');
}

/** The scope when it splits the series (全市 in a city's report is the same as no scope). */
export function seriesScope(f: Pick<Figure, 'scope' | 'series'>): string | null {
  const scope = parts(f.series)?.[2] ?? f.scope;
  return scope && scope !== '-' ? scope : null;
}

/** A measure's name without its gloss: 存量（累计/有效） → 存量, stock (total held) → stock. */
const short = (name: string) => name.replace(/\s*[（(].*$/u, '') || name;

/** What a value counts, without the indicator: "省级 新增（新认定） · 目标"; `brief` drops the glosses ("省级 新增 · 目标"). */
export function measureText(
  f: Pick<Figure, 'measure' | 'scope' | 'kind' | 'series'>,
  lexicons: SeriesLexicons,
  brief = false,
): Bilingual {
  const full = measureLabel(f.measure, lexicons);
  const m = brief ? { zh: short(full.zh), en: short(full.en) } : full;
  const scope = scopeLabel(seriesScope(f), lexicons);
  const kind = kindImplied(f.kind, f.measure) ? null : KIND_LABELS[f.kind];
  return {
    zh: [scope ? `${scope.zh} ${m.zh}` : m.zh, kind?.zh].filter(Boolean).join(' · '),
    en: [scope ? `${scope.en} ${m.en}` : m.en, kind?.en.toLowerCase()].filter(Boolean).join(' · '),
  };
}
