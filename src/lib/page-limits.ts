// How much one aggregate page lists in full. Theme and indicator pages
// gather from every report; at 10,000 reports listing everything would make
// pages of tens of megabytes. Past these limits a page lists the most recent
// part, counts the rest and points to the complete data (/data/*.csv).
export const MAX_THEME_SECTIONS = 20;
export const MAX_LISTED_LINKS = 100;
export const MAX_TABLE_FIGURES = 200;
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
