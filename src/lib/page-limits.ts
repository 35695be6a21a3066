// How much one aggregate page lists in full. Theme and indicator pages
// gather from every report; at 10,000 reports listing everything would make
// pages of tens of megabytes. Past these limits a page lists the most recent
// part, counts the rest and points to the complete data (/data/*.csv).
export const MAX_THEME_SECTIONS = 20;
export const MAX_LISTED_LINKS = 100;
export const MAX_TABLE_FIGURES = 200;
/** Figures listed per series on an indicator page (a series counts one thing). */
export const MAX_SERIES_FIGURES = 50;
/**
 * Series with a section of their own (definition, chart, table) on an indicator
 * page; a series takes about 150 KB. The others, those with fewest figures, get
 * a brief entry: definition, newest figures linked to their sentences, chart and CSV.
 */
export const MAX_SERIES_SECTIONS = 12;
/**
 * Figures the charts of one indicator page draw together (its overview and
 * its series sections, each chart at most MAX_CHART_FIGURES): a drawn figure
 * weighs about 3 KB, so past this a series gets a brief entry instead of a
 * section, and the page stays under its 2.5 MB budget however many figures
 * one region or report holds.
 */
export const MAX_PAGE_CHART_FIGURES = 480;
/** Newest figures a brief series entry links to; the rest are on its chart's page and in its CSV. */
export const MAX_BRIEF_FIGURES = 5;
/**
 * Passages a theme page quotes from one report, and characters it quotes of
 * one passage: one report can hold thousands of paragraphs on a theme, or one
 * of 200,000 characters; the rest is a link away on the report's page.
 */
export const MAX_THEME_PASSAGES = 12;
export const MAX_PASSAGE_CHARS = 1_500;

export interface Capped<T> {
  shown: T[];
  /** How many were left out. */
  more: number;
}

export function capped<T>(items: T[], max: number): Capped<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** The `max` items largest by `size` (the earlier of a tie), and the rest; each part keeps the items' order. */
export function largest<T>(items: T[], size: (item: T) => number, max: number): { kept: T[]; rest: T[] } {
  const chosen = new Set(
    items
      .map((item, i) => ({ item, i, n: size(item) }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, max)
      .map((x) => x.item),
  );
  return { kept: items.filter((x) => chosen.has(x)), rest: items.filter((x) => !chosen.has(x)) };
}
