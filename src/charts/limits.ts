// How much one aggregate chart shows. A chart with a row per report or per
// region is read on a phone and embedded in articles: at 10,000 reports a
// row per report would be a 250,000-pixel SVG. Past these limits a chart
// shows the most recent (or largest) part and says how much it leaves out;
// the complete data stays in /data/*.csv.
import type { Figure, Report } from '../pipeline/types.ts';
import { seriesOf } from './series.ts';

/** Rows of reports in the home heatmap and a theme's bar chart. */
export const MAX_REPORT_ROWS = 30;
/** Rows of regions in an indicator's dot table, and the lines they may take (a year with three figures takes three). */
export const MAX_REGION_ROWS = 30;
export const MAX_DOT_LINES = 80;
/**
 * Rows of series in a region's dot table, and their lines: one report can
 * hold 70 series (宁波's does), so a region keeps them all until many reports
 * of one year stack its cells.
 */
export const REGION_SERIES_LIMITS = { rows: 100, lines: 150, figures: 120 };
/** Reports named in one row of a data table (the province map's 报告 column); the rest are counted. */
export const MAX_NAMED_REPORTS = 10;
/** Reports stacked in one year of the timeline before it counts instead of drawing a dot per report. */
export const MAX_TIMELINE_STACK = 20;
/**
 * Figures drawn in one cell of a dot table (a row, a series, a year): one
 * report can hold thousands of figures of one series (a table pasted as one
 * paragraph), which would make one row thousands of lines and an embed of
 * megabytes. The cell keeps its first figures in text order and the chart says
 * how many it leaves out.
 */
export const MAX_CELL_FIGURES = 6;
/**
 * Figures one chart draws at most (a report's, a region's, an indicator's and
 * a series' chart): a drawn figure weighs about 3 KB on a page or an embed
 * (its mark, tooltip and data-table row), so an embed stays under 600 KB
 * however many figures one report or region holds. The newest are drawn; the
 * chart says how many it leaves out, the CSV download holds them all.
 */
export const MAX_CHART_FIGURES = 120;
/** Figures a report's own charts (its figures, its targets) draw at most: both sit on the report's first page. */
export const MAX_REPORT_CHART_FIGURES = 80;
/** Reports in the home page's theme heatmap (a row of 13 theme cells each). */
export const MAX_HEATMAP_ROWS = 20;

/** The `max` newest figures (by year, then report and text order), in their given order. */
export function newestFigures(
  figures: readonly Figure[],
  yearOf: (f: Figure) => number,
  max = MAX_CHART_FIGURES,
): Figure[] {
  if (figures.length <= max) return [...figures];
  const chosen = new Set(
    [...figures]
      .sort((a, b) => yearOf(b) - yearOf(a) || a.report.localeCompare(b.report) || a.start - b.start)
      .slice(0, max),
  );
  return figures.filter((f) => chosen.has(f));
}

/**
 * At most `max` figures per cell (row key, series, year), the first in report
 * and text order; `dropped` counts the rest.
 */
export function capCells(
  figures: readonly Figure[],
  keyOf: (f: Figure) => string,
  yearOf: (f: Figure) => number,
  max = MAX_CELL_FIGURES,
): { kept: Figure[]; dropped: number } {
  const ordered = [...figures].sort((a, b) => a.report.localeCompare(b.report) || a.start - b.start);
  const count = new Map<string, number>();
  const keep = new Set<Figure>();
  for (const f of ordered) {
    const cell = `${keyOf(f)}\u0000${seriesOf(f)}\u0000${yearOf(f)}`;
    const n = count.get(cell) ?? 0;
    count.set(cell, n + 1);
    if (n < max) keep.add(f);
  }
  return { kept: figures.filter((f) => keep.has(f)), dropped: figures.length - keep.size };
}

/** Both languages of "n of the total figures are drawn"; empty when all are. */
export function drawnNote(drawn: number, total: number): { zh: string; en: string } {
  if (drawn >= total) return { zh: '', en: '' };
  return {
    zh: `共${total}个数字，画出${drawn}个（每格至多${MAX_CELL_FIGURES}个、全图至多${MAX_CHART_FIGURES}个，最新的优先），完整数据见“数据下载”。`,
    en: `${drawn} of ${total} figures are drawn (at most ${MAX_CELL_FIGURES} a cell and ${MAX_CHART_FIGURES} a chart, newest first); the complete data is under Download data.`,
  };
}

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

/**
 * The rows of a dot table with a value, whose latest figure is most recent
 * (then with most figures): at most `limits.rows`, and no more than
 * `limits.lines` lines drawn (in each series a row takes as many lines as its
 * fullest year holds figures). Rows are regions on an indicator's chart
 * (MAX_REGION_ROWS, MAX_DOT_LINES), series on a region's (REGION_SERIES_LIMITS).
 */
export function latestRows(
  figures: readonly Figure[],
  keyOf: (f: Figure) => string,
  yearOf: (f: Figure) => number,
  limits: { rows: number; lines: number; figures?: number } = { rows: MAX_REGION_ROWS, lines: MAX_DOT_LINES },
): Set<string> {
  // perCell: figures per (series, year); a region takes, in each series, as many lines as its fullest year.
  const stats = new Map<string, { latest: number; count: number; valued: boolean; perCell: Map<string, number> }>();
  for (const f of figures) {
    const key = keyOf(f);
    const year = yearOf(f);
    const s = stats.get(key) ?? { latest: -Infinity, count: 0, valued: false, perCell: new Map<string, number>() };
    s.latest = Math.max(s.latest, year);
    s.count += 1;
    s.valued ||= !f.masked;
    const cell = `${seriesOf(f)}\u0000${year}`;
    s.perCell.set(cell, (s.perCell.get(cell) ?? 0) + 1);
    stats.set(key, s);
  }
  const linesOf = (perCell: Map<string, number>) => {
    const perSeries = new Map<string, number>();
    for (const [cell, n] of perCell) {
      const series = cell.slice(0, cell.indexOf('\u0000'));
      perSeries.set(series, Math.max(perSeries.get(series) ?? 0, n));
    }
    return [...perSeries.values()].reduce((a, b) => a + b, 0);
  };
  // Rows with a value first: a row of redacted blocks alone says least.
  const ranked = [...stats].sort(
    ([ka, a], [kb, b]) =>
      Number(b.valued) - Number(a.valued) || b.latest - a.latest || b.count - a.count || ka.localeCompare(kb),
  );
  const shown = new Set<string>();
  let lines = 0;
  let count = 0;
  const maxFigures = limits.figures ?? Infinity;
  for (const [key, s] of ranked) {
    const need = linesOf(s.perCell);
    if (shown.size >= limits.rows || (shown.size > 0 && (lines + need > limits.lines || count + s.count > maxFigures)))
      break;
    shown.add(key);
    lines += need;
    count += s.count;
  }
  return shown;
}
