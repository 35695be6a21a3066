// What a series is and how a value says what it counts, in both languages:
// the measure and scope names (from the lexicons passed in), a value's
// measure text ("省级 新增 · 目标"), a series' title, and the one sentence
// that explains what may be compared. Every chart, table, comparison and page
// takes these from here rather than spelling its own.
import type { Bilingual } from '../core/bilingual.ts';
import { KIND_LABELS } from './labels.ts';
import type { FigureKind } from '../core/codes.ts';

/** The parts of a series, as a reader is told them. */
export const SERIES_PARTS: Bilingual = {
  zh: '指标、口径（所计何物：存量、新增、申报、比率……）、范围、类型和单位类别',
  en: 'indicator, measure (what is counted: stock, new, applied, a rate …), scope, kind and unit family',
};

/** The rule every chart, column and pair follows, in one sentence. */
export const SERIES_RULE: Bilingual = {
  zh: `只有同一系列（${SERIES_PARTS.zh}都相同）的数字放在同一标尺上比较。`,
  en: `Only figures of one series (the same ${SERIES_PARTS.en}) share a scale, a column or a pair.`,
};

/** A name with its id, as the lexicons give them. */
export interface NamedEntry {
  id: string;
  name_zh: string;
  name_en: string;
}

/** What the series wording reads of the lexicons. */
export interface SeriesNames {
  measures: readonly NamedEntry[];
  scopes: readonly (NamedEntry & { in_series: boolean })[];
}

/** A measure's name: 新增（新认定）/ new (added or certified); 未定 when the figure has none. */
export function measureLabel(id: string | null, names: SeriesNames): Bilingual {
  const m = id ? names.measures.find((d) => d.id === id) : undefined;
  return m ? { zh: m.name_zh, en: m.name_en } : { zh: '未定', en: 'unspecified' };
}

export function scopeLabel(id: string | null, names: SeriesNames): Bilingual | null {
  const s = id ? names.scopes.find((d) => d.id === id) : undefined;
  return s ? { zh: s.name_zh, en: s.name_en } : null;
}

/** What the measure text reads of a figure. */
export interface MeasuredFigure {
  measure: string | null;
  scope: string | null;
  kind: FigureKind;
  /** `indicator|measure|scope|kind|unitFamily`; its scope part is `-` when the scope does not split the series. */
  series: string | null;
}

/** An achieved figure needs no word; 目标 is always said. */
export function kindImplied(kind: string, _measure?: string | null): boolean {
  return kind === 'actual';
}

/** The scope when it splits the series (全市 in a city's report is the same as no scope). */
export function seriesScope(f: Pick<MeasuredFigure, 'scope' | 'series'>): string | null {
  const parts = f.series?.split('|');
  const scope = parts?.length === 5 ? parts[2] : f.scope;
  return scope && scope !== '-' ? scope : null;
}

/** A measure's name without its gloss: 存量（累计/有效） → 存量, stock (total held) → stock. */
const short = (name: string) => name.replace(/\s*[（(].*$/u, '') || name;

/** What a value counts, without the indicator: "省级 新增（新认定） · 目标"; `brief` drops the glosses ("省级 新增 · 目标"). */
export function measureText(f: MeasuredFigure, names: SeriesNames, brief = false): Bilingual {
  const full = measureLabel(f.measure, names);
  const m = brief ? { zh: short(full.zh), en: short(full.en) } : full;
  const scope = scopeLabel(seriesScope(f), names);
  const kind = kindImplied(f.kind, f.measure) ? null : KIND_LABELS[f.kind];
  return {
    zh: [scope ? `${scope.zh} ${m.zh}` : m.zh, kind?.zh].filter(Boolean).join(' · '),
    en: [scope ? `${scope.en} ${m.en}` : m.en, kind?.en.toLowerCase()].filter(Boolean).join(' · '),
  };
}

/** The whole series name: "高新技术企业 · 存量（累计/有效）"; `indicator` is the indicator's name (未归类 without one). */
export function seriesTitle(indicator: Bilingual | null, f: MeasuredFigure, names: SeriesNames): Bilingual {
  const name = indicator ?? { zh: '未归类', en: 'Unclassified' };
  const m = measureText(f, names);
  return { zh: `${name.zh} · ${m.zh}`, en: `${name.en} · ${m.en}` };
}
