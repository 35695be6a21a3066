// The comparison's data shapes. A report is reduced once, at build time, to a
// compact ReportCompareData (also served as /compare-data/<id>.json); the
// comparison model is computed from those alone, so the static pages and the
// browser build the very same view from the very same functions.
import type { FigureValue } from '../pipeline/figure-value.ts';
import type { ParagraphKind } from '../pipeline/types.ts';

import type { Bilingual } from '../core/bilingual.ts';
export type { Bilingual };

/** Where a paragraph sits in a report: what was done, what is promised, or problems. */
export type Section = 'result' | 'plan' | 'problems';

export interface CompareMeta {
  id: string;
  title: string;
  region: string;
  code: string | null;
  province: string;
  city: string;
  level: string | null;
  year: number;
  years: number[];
  period: string;
  doc_type: string;
  year_reliable: boolean;
  region_basis: string;
  /** Stretches of text missing in the source (truncated fragments). */
  gaps: number;
  /** Masked runs in the text (figures, places, names: **家, **区). */
  masked: number;
}

/** A weighted tag: `w` is the number of distinct keywords that fired. */
export interface WeightedTag {
  id: string;
  w: number;
}

export interface CompareParagraph {
  n: number;
  kind: ParagraphKind;
  level?: number;
  /** Visible characters (whitespace excluded), the unit of theme shares. */
  chars: number;
  themes: WeightedTag[];
  section: Section;
}

export interface CompareSentence {
  n: number;
  /** Paragraph index. */
  p: number;
  text: string;
  heading: boolean;
  themes: string[];
  instruments: WeightedTag[];
}

/** A figure in the comparison's data: what it says (FigureValue) and where in its sentence. */
export interface CompareFigure extends FigureValue {
  n: number;
  /** Sentence index. */
  s: number;
  /** Offset and length of the figure's text inside its sentence (-1 when not inside). */
  at: number;
  len: number;
  /** What exactly it counts: a measure id of data/measures.csv (stock, new, applied …); null when not decided. */
  measure: string | null;
  /** indicator|measure|scope|kind|unitFamily: only figures of one series are aligned in a row or share bars. */
  series: string | null;
  /** indicator|measure|scope|unitFamily: a target is set against a result of the same pair key only. */
  pair: string | null;
  /** The measure as read on the view: 存量（累计/有效）, 新增（新认定） · 目标. */
  measure_label: Bilingual;
  /** The same without the kind, for a target-and-result row: 新增（新认定）. */
  pair_label: Bilingual;
}

export interface ReportCompareData {
  meta: CompareMeta;
  paragraphs: CompareParagraph[];
  sentences: CompareSentence[];
  figures: CompareFigure[];
}

export interface VocabEntry extends Bilingual {
  id: string;
}

export interface InstrumentVocab extends VocabEntry {
  side: 'supply' | 'environment' | 'demand';
}

export interface Vocabulary {
  themes: VocabEntry[];
  instruments: InstrumentVocab[];
  indicators: VocabEntry[];
}

/** One column of a comparison: a report, or one section of it (e.g. 仙居's second-half plan). */
export interface Selection {
  id: string;
  section?: Section;
}
