// The search engine's data: what the index builder takes in (one record per
// report with its paragraphs), what it writes (manifest + binary files), and
// what a query returns. Plain data shared by Node (build) and the browser.
import type { MeasureCues, SynonymTable } from './synonyms.ts';

/** A paragraph as search sees it. `n` is the page anchor: /reports/<id>/#p-<n>. */
export interface SearchParagraph {
  n: number;
  text: string;
  /** Theme ids tagged on this paragraph. */
  themes: string[];
}

/** One report, ready for indexing. */
export interface SearchReport {
  id: string;
  /** The scraped title (原标题). */
  title: string;
  /** The title a reader can tell apart (displayTitle: 新沂市 2023年工作总结); results lead with it. */
  display_title?: string;
  /** Display name of the region, e.g. 浙江省台州市仙居县; '' when unknown. */
  region: string;
  /** GB/T 2260 code and short name (仙居县), for region suggestions; absent when unknown. */
  region_code?: string | null;
  region_name?: string;
  province: string | null;
  level: string | null;
  year: number;
  /** Every year a report covers, when more than one (2022–2023). */
  years?: number[];
  /** False when the year is the curator's estimate (the host site rewrote it); shown as 约2012. */
  year_reliable?: boolean;
  doc_type: string;
  /** English and pinyin forms of the region's names (Xinyi City, xinyi, xin yi, Xuzhou City…), searchable with the title. */
  names?: string[];
  /** Every name a reader may give the report's place: 新沂市, 新沂, 徐州市, 徐州, xinyi… (the picker's finder reads several as "any of"). */
  places?: string[];
  /** Figures the report holds per indicator id (ranks reports for a query naming the indicator). */
  figures?: Record<string, number>;
  /** Report-level themes (the report's main subjects) used by the theme filter. */
  themes: string[];
  paragraphs: SearchParagraph[];
}

export interface ThemeLabel {
  id: string;
  zh: string;
}

export interface IndicatorEntry {
  id: string;
  zh: string;
  synonyms: string[];
  /** The site has a page for it (it holds figures): only such an indicator is suggested as a link. */
  page: boolean;
}

export interface SearchCorpus {
  reports: SearchReport[];
  themes: ThemeLabel[];
  indicators: IndicatorEntry[];
  /** The measures lexicon's cues (data/measures.csv): 研发投入占GDP reads as R&D intensity. */
  measures?: MeasureCues[];
}

/** manifest.json: everything a query needs before it fetches shards. */
export interface Manifest {
  v: 1;
  /** Content hash of the corpus the index was built from. */
  hash: string;
  reports: number;
  /** Each report owns this many consecutive part ids: part 0 = title/region, 1.. = body. */
  partsPerReport: number;
  shards: number;
  facets: {
    provinces: string[];
    levels: string[];
    docTypes: string[];
    yearBase: number;
    themes: ThemeLabel[];
  };
  /** Synonym groups, normalised (高企 ↔ 高新技术企业, 研发 ↔ r&d). */
  synonyms: SynonymTable;
  indicators: IndicatorEntry[];
  /** Name of the traditional→simplified character map, loaded only when a query needs it. */
  t2s: string | null;
  /** Number of entity shards (e/<n>.json: regions and titles by character); 0 = none. */
  entityShards: number;
}

/** One report's facet values, as decoded from facets.bin (indices into manifest.facets). */
export interface ReportFacets {
  province: Uint8Array;
  level: Uint8Array;
  year: Uint8Array;
  docType: Uint8Array;
  /** Bit i set = report carries manifest.facets.themes[i] (themes.bin: absent until loaded). */
  themes?: Uint16Array;
  /** The first and last years the report covers (codes as `year`): a year filter finds it under each year between. */
  firstYear: Uint8Array;
  lastYear: Uint8Array;
}

/** A part file (p/<report>-<k>.json): the report's display fields and the part's paragraphs. */
export interface PartFile {
  id: string;
  title: string;
  /** The derived title (displayTitle), when the corpus gave one. */
  display?: string;
  region: string;
  year: number;
  years?: number[];
  year_reliable?: boolean;
  doc_type: string;
  /** The region's English and pinyin names, as indexed with the title line (in part 0's file only). */
  names?: string;
  /** [paragraph n, text] */
  paras: [number, string][];
}

export interface SearchFilters {
  province?: string;
  level?: string;
  year?: string;
  type?: string;
  theme?: string;
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Snippet {
  paragraph: number;
  segments: Segment[];
  /** The query phrase itself (or a synonym) occurs in this sentence. */
  exact: boolean;
}

/**
 * exact: every clause occurs as typed; synonym: every clause occurs, some only
 * as a synonym; all-terms: every clause's characters occur, not as one phrase;
 * near: a character off or words missing; partial: only some clauses, when no
 * report holds them all (near and partial are listed apart, never among matches).
 */
export type MatchTier = 'exact' | 'synonym' | 'all-terms' | 'near' | 'partial';

export interface ResultGroup {
  report: string;
  /** The derived title (region, years, type: displayTitle), marked where the query matches; the scraped one when none. */
  title: Segment[];
  /** The scraped title (原标题), marked. */
  original: Segment[];
  region: string;
  year: number;
  years?: number[];
  year_reliable?: boolean;
  doc_type: string;
  tier: MatchTier;
  /** For a partial match: the clauses (as typed) the report holds. */
  held?: string[];
  /** How many parts (≈ stretches of ~500 characters) of the report matched. */
  matchedParts: number;
  /** The report's best passages (one snippet per paragraph), best first. */
  snippets: Snippet[];
  /** Matching passages of this report not shown: how many (at least, unless `moreExact`). */
  more: number;
  moreExact: boolean;
  /** Report number in the index and its matched parts, best first: what expanding the group loads. */
  index: number;
  parts: number[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchResult {
  query: string;
  /** The query as searched: normalised, simplified, with synonyms. */
  searched: string[];
  /** Per clause as typed, what else was searched for it (synonyms, simplified form); clauses without any are left out. */
  expansions: { typed: string; also: string[] }[];
  notices: string[];
  /** How OR and exclusions were read, in words (科普 或 防震减灾，不含 地震); '' without operators. */
  reading: string;
  /** Reports holding every word that were left out because they hold an excluded one. */
  excluded: number;
  /** A spelling the reports use, for a typed word they never do (高新枝术企业 → 高新技术企业): the query with it. */
  didYouMean: { query: string; corrections: { typed: string; meant: string }[] } | null;
  /** Reports holding every query term (or a synonym's) within one stretch of text: exact and all-terms results. */
  total: number;
  /** Reports that only nearly match, or (when none holds every term) hold some terms: listed apart in `nearGroups`. */
  near: number;
  /** Reports after filters. */
  filtered: number;
  page: number;
  pageCount: number;
  /** One page of matching reports (exact, synonym and all-terms). */
  groups: ResultGroup[];
  /** Near matches, in their own block: on the last page of matches, or alone when nothing matches. */
  nearGroups: ResultGroup[];
  facets: Record<keyof SearchFilters, FacetCount[]>;
  /** The theme counts are left out: the theme column (themes.bin) was not loaded yet. */
  themesPending: boolean;
  /** Indicators whose name or synonym is close to the query (fuzzy). */
  indicators: IndicatorEntry[];
  /** Regions and report titles close to the query (fuzzy). */
  entities: { kind: 'region' | 'report'; key: string; name: string }[];
}
