// The pages a report's text is shown on (src/pipeline/corpus/report-parts.ts),
// once per report for the build, and what the first page tells the browser
// so an anchor of a later page (#p-, #s-, #f- from a permalink, a chart or a
// search result) leads there (src/browser/report-parts.ts).
import { reportParts, type ReportPart } from '../pipeline/corpus/report-parts.ts';
import type { Dataset, Figure } from '../pipeline/types.ts';
import { urls } from '../core/urls.ts';

const memo = new WeakMap<Dataset, Map<string, ReportPart[]>>();

/** The parts of report `id`: one for a report that fits a page. */
export function partsOf(ds: Dataset, id: string): ReportPart[] {
  let byReport = memo.get(ds);
  if (!byReport) memo.set(ds, (byReport = new Map()));
  let parts = byReport.get(id);
  if (!parts) {
    parts = reportParts(ds.index.paragraphsByReport.get(id) ?? [], ds.index.figuresByReport.get(id) ?? []);
    byReport.set(id, parts);
  }
  return parts;
}

/** Part `k` (from 1) of report `id`: every report has a first part, and a page asks only for parts that exist. */
export function partAt(ds: Dataset, id: string, k: number): ReportPart {
  const parts = partsOf(ds, id);
  const part = parts[k - 1];
  if (!part) throw new Error(`report ${id} has no part ${k} (it has ${parts.length})`);
  return part;
}

/** The figures whose text lies in a part (the figure table of that page). */
export function figuresOfPart(part: ReportPart, figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => part.pieces.some((x) => f.start >= x.start && f.end <= x.end));
}

/** Compact ranges of whole numbers: [3,4,5,9] → [[3,5],[9,9]]. */
function ranges(numbers: number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * For the first page of a report in several parts: where each later part's
 * anchors are, as `{ href, p, s, f }` with number ranges (compact: a page of
 * 300 paragraphs is one range). Empty for a report of one part.
 */
export function partsMap(
  ds: Dataset,
  id: string,
): { href: string; p: [number, number][]; s: [number, number][]; f: [number, number][] }[] {
  const parts = partsOf(ds, id);
  if (parts.length < 2) return [];
  const sentences = ds.index.sentencesByReport.get(id) ?? [];
  const figures = ds.index.figuresByReport.get(id) ?? [];
  return parts.slice(1).map((part) => {
    const inPart = (start: number) => part.pieces.some((x) => start >= x.start && start < x.end);
    return {
      href: urls.reportPart(id, part.k),
      p: ranges(part.pieces.filter((x) => x.index === 0).map((x) => x.paragraph.n)),
      s: ranges(sentences.filter((s) => inPart(s.start)).map((s) => s.n)),
      f: ranges(figuresOfPart(part, figures).map((f) => f.n)),
    };
  });
}
