// The chart definition: one description of a chart, from which the page
// figure, the embed page, the SVG download and the CSV download are all made.
import type { PlotOptions } from '@observablehq/plot';

export type Lang = 'zh' | 'en';

import type { Bilingual } from '../core/bilingual.ts';
export type { Bilingual };

/** A data-table / CSV cell: plain values only, so rows serialise as they are. */
export type Cell = string | number | boolean | null;
export type ChartRow = Record<string, Cell>;

export interface ChartColumn {
  key: string;
  zh: string;
  en: string;
  /** How the data table shows the value (the CSV keeps it raw). */
  format?: 'percent';
}

export interface PlotOpts {
  lang: Lang;
  /** Outer width in pixels; the SVG scales from its viewBox. */
  width: number;
  /** Use the dark-mode fallback colours (standalone SVG/PNG only; pages switch by CSS). */
  dark?: boolean;
}

/** One entry of a chart's key: a colour token and, for point marks, a symbol. */
export interface LegendItem {
  label: Bilingual;
  /** Palette token name, e.g. `kind-actual` (see palette.ts). */
  color: string;
  symbol?: string;
  /** Drawn as the redacted (hatched) marker. */
  redacted?: boolean;
  /** Drawn as an outline only. */
  hollow?: boolean;
}

export interface ChartDef<Row extends ChartRow = ChartRow> {
  /** Stable, derived from meaning: `home-province-map`, `report-<id>-figures` … */
  id: string;
  kind: string;
  title: Bilingual;
  subtitle: Bilingual;
  source: Bilingual;
  alt: Bilingual;
  /** Href of the page the chart lives on. */
  page: string;
  /** For a chart of one series: its series key (what the published record keeps, to find a successor if the id retires). */
  series?: string;
  rows: Row[];
  /** The data table and CSV columns: exactly the data plotted. */
  columns: ChartColumn[];
  legend?: LegendItem[];
  /** Method syntax on purpose: a ChartDef<SpecificRow> is usable as a ChartDef. */
  plot(rows: Row[], opts: PlotOpts): PlotOptions;
}
