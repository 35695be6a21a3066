// A curator's override that matches nothing (a report id that does not
// exist, an offset where no figure starts) would silently not apply: it fails
// naming the curation file's line, with the nearest figure offsets as a hint.
import { TableError } from '../tables/read-table.ts';
import type { CurationRow, Figure } from '../types.ts';

export function checkCurationMatches(
  rows: (CurationRow & { applied: boolean })[],
  figures: readonly Figure[],
  reportIds: Set<string>,
  file: string,
): void {
  for (const row of rows) {
    if (row.applied) continue;
    const line = row.line ?? 1;
    if (!reportIds.has(row.report))
      throw new TableError(file, line, 'report', `no report "${row.report}" in the corpus`);
    const starts = figures.filter((f) => f.report === row.report).map((f) => f.start);
    const near = starts
      .sort((a, b) => Math.abs(a - row.offset) - Math.abs(b - row.offset))
      .slice(0, 3)
      .sort((a, b) => a - b);
    const hint = near.length ? ` (nearest figures start at ${near.join(', ')})` : ' (the report has no figures)';
    const what =
      row.action === 'correct' && starts.includes(row.offset)
        ? 'the figure there is rejected by another row'
        : `no figure of ${row.report} starts at offset ${row.offset}${hint}`;
    throw new TableError(file, line, 'offset', what);
  }
}
