// The published record (data/published/): every chart id and figure anchor
// the site has published, so an improved rule or a new report never breaks an
// embed or a citation already out in articles. Written by the release step
// (`npm run release`), read by every build:
//   charts.csv   id, status (live | retired), successor, series, title_zh, title_en, released
//   figures.csv  report, n, offset, raw: the #f-<n> each figure of a report keeps
// A figure keeps its number for as long as its text is at the same offset;
// a new figure takes the next free number of its report, so no anchor is reused.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readTable, TableError } from './tables/read-table.ts';
import type { Figure } from './types.ts';

export const CHART_STATUSES = ['live', 'retired'] as const;

/** A chart id the site has published. */
export interface PublishedChart {
  /** The chart id (embed, oEmbed, SVG and CSV addresses are built from it). */
  id: string;
  /** live: drawn by the current build; retired: no longer drawn, its addresses lead to `successor`. */
  status: (typeof CHART_STATUSES)[number];
  /** For a retired id: the chart that now shows its figures (empty for a live id). */
  successor: string;
  /** For a chart of one series: its series key when it was recorded (indicator|measure|scope|kind|unitFamily). */
  series: string;
  /** What it showed when last recorded, for the "moved" page. */
  title_zh: string;
  title_en: string;
  /** The data release that first published it. */
  released: string;
}

/** A figure anchor the site has published: report + offset keep their number. */
export interface PublishedFigure {
  report: string;
  /** The number of its anchor, #f-<n>, and of its id <report>-f<n>. */
  n: number;
  /** Character offset of the figure's text in the report body. */
  offset: number;
  /** The figure as written when recorded (a check that the offset still holds it). */
  raw: string;
}

export interface PublishedRecord {
  charts: readonly PublishedChart[];
  figures: readonly PublishedFigure[];
}

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: (i) => `"${String(i.input)}" is not a chart id` });
const chartRow = z.object({
  id,
  status: z.enum(CHART_STATUSES, { error: (i) => `"${String(i.input)}" is not live or retired` }),
  successor: z.union([z.literal(''), id]),
  series: z.string(),
  title_zh: z.string().min(1, 'is empty'),
  title_en: z.string(),
  released: z.string().regex(/^\d+\.\d+\.\d+$/, { error: (i) => `"${String(i.input)}" is not a version` }),
});
const whole = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: (i) => `"${String(i.input)}" is not ${what}` })
    .transform(Number);
const figureRow = z.object({
  report: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `"${String(i.input)}" is not a report id` }),
  n: whole('a figure number'),
  offset: whole('an offset'),
  raw: z.string().min(1, 'is empty'),
});

export const PUBLISHED_CHART_COLUMNS = Object.keys(chartRow.shape);
export const PUBLISHED_FIGURE_COLUMNS = Object.keys(figureRow.shape);

/** The record of `dataDir` (none yet: nothing published). A repeated id, or a number used twice in a report, fails at its line. */
export function loadPublished(dataDir: string): PublishedRecord {
  const dir = join(dataDir, 'published');
  const chartsFile = join(dir, 'charts.csv');
  const figuresFile = join(dir, 'figures.csv');
  const charts = existsSync(chartsFile) ? readTable(chartsFile, chartRow) : [];
  const figures = existsSync(figuresFile) ? readTable(figuresFile, figureRow) : [];
  const seen = new Map<string, number>();
  for (const { line, row } of charts) {
    if (seen.has(row.id))
      throw new TableError(chartsFile, line, 'id', `"${row.id}" is recorded twice (line ${seen.get(row.id)})`);
    seen.set(row.id, line);
    if (row.status === 'retired' && row.successor === row.id)
      throw new TableError(chartsFile, line, 'successor', 'a retired chart cannot succeed itself');
  }
  const numbers = new Map<string, number>();
  for (const { line, row } of figures) {
    const key = `${row.report}#${row.n}`;
    if (numbers.has(key))
      throw new TableError(figuresFile, line, 'n', `#f-${row.n} of ${row.report} is recorded twice`);
    numbers.set(key, line);
  }
  return { charts: charts.map((c) => c.row), figures: figures.map((f) => f.row) };
}

/**
 * Numbers the figures of every report as published: a figure at a recorded
 * offset (its text starting as recorded) keeps its number; any other takes the
 * next number free in its report, in reading order. Ids follow the numbers.
 */
export function numberFigures(figures: readonly Figure[], published: readonly PublishedFigure[]): Figure[] {
  const recorded = new Map<string, PublishedFigure>();
  const highest = new Map<string, number>();
  for (const p of published) {
    recorded.set(`${p.report}@${p.offset}`, p);
    highest.set(p.report, Math.max(highest.get(p.report) ?? -1, p.n));
  }
  return figures.map((f) => {
    const p = recorded.get(`${f.report}@${f.start}`);
    let n: number;
    // The same place holding the same first character is the same figure, even if a rule now reads more or less of it.
    if (p && p.raw.charAt(0) === f.raw.charAt(0)) n = p.n;
    else {
      n = (highest.get(f.report) ?? -1) + 1;
      highest.set(f.report, n);
    }
    return n === f.n ? f : { ...f, n, id: `${f.report}-f${n}` };
  });
}

/**
 * The figure record after a release: every recorded number kept (a number is
 * never reused, even when its figure is gone) and every figure not yet
 * recorded added with the number the build gave it.
 */
export function recordFigures(figures: readonly Figure[], published: readonly PublishedFigure[]): PublishedFigure[] {
  const known = new Set(published.map((p) => `${p.report}#${p.n}`));
  const added = figures
    .filter((f) => !known.has(`${f.report}#${f.n}`))
    .map((f) => ({ report: f.report, n: f.n, offset: f.start, raw: f.raw }));
  return [...published, ...added].sort((a, b) => a.report.localeCompare(b.report) || a.n - b.n);
}

/** Recorded anchors whose figure is gone (rejected, or its text changed): the report page keeps them pointing at their place. */
export function retiredFigureAnchors(
  figures: readonly Figure[],
  published: readonly PublishedFigure[],
): PublishedFigure[] {
  const live = new Set(figures.map((f) => `${f.report}#${f.n}`));
  return published.filter((p) => !live.has(`${p.report}#${p.n}`));
}
