// How much one aggregate chart shows. A chart with a row per report or per
// region is read on a phone and embedded in articles: at 10,000 reports a
// row per report would be a 250,000-pixel SVG. Past these limits a chart
// shows the most recent (or largest) part and says how much it leaves out;
// the complete data stays in /data/*.csv.
import type { Report } from '../pipeline/types.ts';

/** Rows of reports in the home heatmap and a theme's bar chart. */
export const MAX_REPORT_ROWS = 30;
/** Rows of regions in an indicator's dot table, and the lines they may take (a year with three figures takes three). */
export const MAX_REGION_ROWS = 30;
export const MAX_DOT_LINES = 80;
/** Reports named in one row of a data table (the province map's 报告 column); the rest are counted. */
export const MAX_NAMED_REPORTS = 10;
/** Reports stacked in one year of the timeline before it counts instead of drawing a dot per report. */
export const MAX_TIMELINE_STACK = 20;

/** Newest first, then by id: one stable order for every "most recent" cut. */
export function newestFirst(a: Report, b: Report): number {
  return b.meta.year - a.meta.year || a.meta.id.localeCompare(b.meta.id);
}

/** Both languages of "showing k of n" for subtitles and alt text; empty when nothing is left out. */
export function shownOf(shown: number, total: number, zhThing: string, enThing: string): { zh: string; en: string } {
  if (shown >= total) return { zh: '', en: '' };
  return {
    zh: `仅显示${shown}${zhThing}（共${total}${zhThing}），完整数据见“数据下载”。`,
    en: `Showing ${shown} of ${total} ${enThing}; the complete data is under Download data.`,
  };
}
