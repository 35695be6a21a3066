// How much one aggregate page lists in full. Theme and indicator pages
// gather from every report; at 10,000 reports listing everything would make
// pages of tens of megabytes. Past these limits a page lists the most recent
// part, counts the rest and points to the complete data (/data/*.csv).
export const MAX_THEME_SECTIONS = 20;
export const MAX_LISTED_LINKS = 100;
export const MAX_TABLE_FIGURES = 200;
/** Figures listed per series on an indicator page (a series counts one thing; the vocabulary bounds how many an indicator has). */
export const MAX_SERIES_FIGURES = 50;

export interface Capped<T> {
  shown: T[];
  /** How many were left out. */
  more: number;
}

export function capped<T>(items: T[], max: number): Capped<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
