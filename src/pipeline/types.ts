// The dataset's record types: what the pipeline produces and pages, charts,
// search and the CSV/JSON downloads read. Plain data, no behaviour.
import type { ReportMeta } from './schema.ts';
import type { Lexicons } from './lexicons.ts';
import type { Release } from './release.ts';
import type { PublishedRecord } from './published.ts';
import type { CurationDecision } from './curation/decisions.ts';
import type { Disagreement } from './curation/apply.ts';
import type { SourceFile } from './sources.ts';

/** Inline markers the ingest writes into curated text (see ARCHITECTURE.md). */
export const GAP_MARK = '「原文此处缺失」';
/** A garbled run kept verbatim: 「乱码：…」 */
export const GARBLED_OPEN = '「乱码：';
export const GARBLED_CLOSE = '」';

export type ParagraphKind = 'heading' | 'text' | 'gap';

export interface Sentence {
  report: string;
  /** Index within the report, from 0; the page anchor is #s-<n>. */
  n: number;
  paragraph: number;
  /** Character offsets in the report body (the Markdown after frontmatter). */
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  report: string;
  /** Index within the report, from 0; the page anchor is #p-<n>. */
  n: number;
  kind: ParagraphKind;
  /** Heading level 1-3 for headings (一、 = 1, （一） = 2, 1. = 3). */
  level?: number;
  text: string;
  start: number;
  end: number;
}

import type { FigureKind, MeasureRule } from '../core/codes.ts';
export type { FigureKind };

export interface Figure {
  /** `<report>-f<n>`; the page anchor is #f-<n>. */
  id: string;
  report: string;
  n: number;
  paragraph: number;
  sentence_n: number;
  /** The sentence quoted: whole up to 300 characters, else 300 around the figure with … (figures/context.ts MAX_QUOTE); sentence_n names it whole. */
  sentence: string;
  /** Offsets of the figure's own text (number + unit) in the report body. */
  start: number;
  end: number;
  /** The figure as written, e.g. `4.8万余家`, `**家`. */
  raw: string;
  value: number | null;
  /** The lower end of a range written as such (3—5项: 3, and value 5); absent for a single value. */
  value_low?: number | null;
  /** As written: 万/亿 stay in the unit (1.2万家, 5630万, 1.6万亿); a bracketed alternative too (人（次）). */
  unit: string;
  /** Money normalised to 万元, a count written with 万/亿 to its base unit (1.2万家 = 12000 家); other units copy value/unit. */
  value_norm: number | null;
  unit_norm: string;
  /** Achieved or promised (target); whether it is a growth, a share or a rank is its measure. */
  kind: FigureKind;
  /** 余 多 以上 近 超 约 … as written. */
  qualifier: string;
  /** 新增 新认定 累计 有效 存续 申报 … */
  subject_qualifier: string;
  /** 1-5月, 上半年, 全年 … when stated. */
  period: string;
  masked: boolean;
  /** For a rank: what was ranked, the indicator's level or its growth (增速全市第一); part of its series. */
  rank_of?: 'level' | 'growth';
  /** For a rank: among whom (nation, province, city, region, sub_provincial, world, named:<place>); part of its series; absent when unsaid. */
  rank_among?: string;
  indicator: string | null;
  /** The words the figure counts, e.g. 高新技术企业. */
  label: string;
  theme: string | null;
  /** What exactly the figure counts: a measure id of data/measures.csv (stock, new, applied, rate …). */
  measure: string | null;
  /** The words of the sentence that decided the measure; empty when nothing did (a plain default). */
  measure_basis: string[];
  /** How the measure was decided: a cue word; the unit (倍, 百分点); `clause`: carried by the sentence's structure (the verb of the list the figure continues, the whole a 其中 part breaks down), its basis the words that decided there; or 'default': a default or a weak rule (达到), listed by `npm run review`. */
  measure_rule: MeasureRule;
  /** Where it was counted, when stated: a scope id of data/scopes.csv (above_scale, provincial …). */
  scope: string | null;
  /** `indicator|measure|scope|kind|unitFamily` (src/pipeline/figures/series.ts); null without an indicator. */
  series: string | null;
  /** verified: a curator checked every label (data/curation.csv); machine: the rules' first pass, not yet checked (待核对). */
  review: 'verified' | 'machine';
  /** False for a verified figure that is not its series' value (a part of a whole, one programme among several): off charts, comparisons and cards. */
  in_series: boolean;
  /** The id of the figure this one states again (the same fact): a second source of that figure, not a value of its own. */
  same_as: string | null;
  /** The places a duplicate states this same fact again: their #f-<n> and sentences. */
  also: { n: number; sentence_n: number }[];
  /** The curator's note and the date of the decision, for a figure a curator decided. */
  curation?: { note: string; reviewed: string };
}

export interface ThemeHit {
  theme: string;
  keywords: string[];
}

export interface InstrumentHit {
  instrument: string;
  keywords: string[];
}

export interface Report {
  meta: ReportMeta;
  body: string;
  /** Repo-relative path of the curated file, for error messages and "edit" links. */
  file: string;
  /** Line of the file on which the body starts, so a body offset maps to a file line. */
  bodyLine?: number;
}

export type { ReportMeta };

/** Share of a report's text (characters) on a theme. */
export interface ReportTheme {
  report: string;
  theme: string;
  chars: number;
  share: number;
  paragraphs: number;
}

/** Count of sentences per policy instrument in a report, with one example. */
export interface ReportInstrument {
  report: string;
  instrument: string;
  mentions: number;
  example_sentence: number;
}

export interface Region {
  code: string;
  name_zh: string;
  name_en: string;
  level: 'province' | 'city' | 'district' | 'county';
  province: string;
  city: string;
}

export interface IndicatorDef {
  id: string;
  name_zh: string;
  name_en: string;
  /** count, money, percent, people (it counts persons: 人, 名, 人次), several joined by |. */
  unit_family: string;
  synonyms: string[];
  theme: string;
  /** One line saying what it counts (zh, en); data/indicators.csv gives both for every indicator. */
  definition_zh?: string;
  definition_en?: string;
}

/** A measure of data/measures.csv: what exactly a figure counts. */
export interface MeasureDef {
  id: string;
  applies_to: string[];
  name_zh: string;
  name_en: string;
  definition_zh: string;
  definition_en: string;
  /** Words that decide this measure; empty for a default. */
  cues: string[];
}

/** A scope of data/scopes.csv: where a figure was counted. */
export interface ScopeDef {
  id: string;
  name_zh: string;
  name_en: string;
  definition_zh?: string;
  definition_en: string;
  /** false: the same as an unstated scope (全市 in a city's report), so it does not split a series. */
  in_series: boolean;
  cues: string[];
}

export interface ThemeDef {
  id: string;
  zh: string;
  en: string;
  keywords: string[];
}

export interface InstrumentDef {
  id: string;
  side: 'supply' | 'environment' | 'demand';
  zh: string;
  en: string;
  keywords: string[];
}

/**
 * Everything the site is built from, assembled once by src/pipeline/dataset.ts
 * (`loadDataset({ contentDir, dataDir })`) and frozen: the lexicons it was
 * classified with, the corpus and what was derived from it, and the indexes
 * every consumer looks things up in (no consumer builds its own). Paragraph
 * and sentence theme and instrument hits are keyed `<report>#<n>`.
 */
export interface Dataset extends Lexicons {
  readonly reports: readonly Report[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly figures: readonly Figure[];
  readonly paragraphThemes: ReadonlyMap<string, ThemeHit[]>;
  readonly sentenceInstruments: ReadonlyMap<string, InstrumentHit[]>;
  readonly reportThemes: readonly ReportTheme[];
  readonly reportInstruments: readonly ReportInstrument[];
  /** The curator's decisions (data/curation.csv), one per decided figure. */
  readonly reviews: readonly CurationDecision[];
  /** Verified figures the current rules would label otherwise (or no longer find): for review and the evaluation. */
  readonly disagreements: readonly Disagreement[];
  /** The data releases of the data folder's CHANGELOG.md, newest first: the dataset's version and "data as of" date. */
  readonly releases: readonly Release[];
  /** Every chart id and figure anchor the site has published (data/published/): figures are numbered from it. */
  readonly published: PublishedRecord;
  /** The raw sources folder's files, each with the name it is published under (src/pipeline/sources.ts). */
  readonly sources: readonly SourceFile[];
  /** Lookups by key, built once with the dataset (src/pipeline/dataset-index.ts). */
  readonly index: DatasetIndex;
}

/** The dataset's lookups: lists keep the dataset's order; a key with nothing under it is absent. */
export interface DatasetIndex {
  readonly reportById: ReadonlyMap<string, Report>;
  readonly regionByCode: ReadonlyMap<string, Region>;
  /** Reports with a region code, by code. */
  readonly reportsByRegion: ReadonlyMap<string, readonly Report[]>;
  readonly reportsByYear: ReadonlyMap<number, readonly Report[]>;
  readonly figuresByReport: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresByIndicator: ReadonlyMap<string, readonly Figure[]>;
  /** Figures that count in their series (verified, the series' value, not a duplicate: figures/series.ts countsInSeries), by report. */
  readonly seriesFiguresByReport: ReadonlyMap<string, readonly Figure[]>;
  /** The same, by indicator. */
  readonly seriesFiguresByIndicator: ReadonlyMap<string, readonly Figure[]>;
  readonly paragraphsByReport: ReadonlyMap<string, readonly Paragraph[]>;
  readonly sentencesByReport: ReadonlyMap<string, readonly Sentence[]>;
  readonly themesByReport: ReadonlyMap<string, readonly ReportTheme[]>;
}
