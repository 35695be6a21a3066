// The dataset's record types: what the pipeline produces and pages, charts,
// search and the CSV/JSON downloads read. Plain data, no behaviour.
import type { ReportMeta } from './schema.ts';

/** Inline markers the ingest writes into curated text (see ARCHITECTURE.md). */
export const GAP_MARK = '「原文此处缺失」';
/** A garbled run kept verbatim: 「乱码：…」 */
export const GARBLED_OPEN = '「乱码：';
export const GARBLED_CLOSE = '」';

export type ParagraphKind = 'heading' | 'text' | 'gap';

export interface Sentence {
  /** Index within the report, from 0. */
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

export type FigureKind = 'actual' | 'target' | 'growth' | 'share' | 'rank';

export interface Figure {
  /** `<report>-f<n>`; the page anchor is #f-<n>. */
  id: string;
  report: string;
  n: number;
  paragraph: number;
  sentence_n: number;
  sentence: string;
  /** Offsets of the figure's own text (number + unit) in the report body. */
  start: number;
  end: number;
  /** The figure as written, e.g. `4.8万余家`, `**家`. */
  raw: string;
  value: number | null;
  unit: string;
  /** Money normalised to 万元; other units copy value/unit. */
  value_norm: number | null;
  unit_norm: string;
  kind: FigureKind;
  /** 余 多 以上 近 超 约 … as written. */
  qualifier: string;
  /** 新增 新认定 累计 有效 存续 申报 … */
  subject_qualifier: string;
  /** 1-5月, 上半年, 全年 … when stated. */
  period: string;
  masked: boolean;
  indicator: string | null;
  /** The words the figure counts, e.g. 高新技术企业. */
  label: string;
  theme: string | null;
  /** Set when data/curation.csv corrected this figure. */
  curation?: { action: 'correct'; note: string };
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
}

export type { ReportMeta };
