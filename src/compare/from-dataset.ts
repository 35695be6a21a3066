// Build-time entry point: compare reports straight from the dataset.
import type { Dataset } from '../pipeline/types.ts';
import { buildComparison, type Comparison } from './compare.ts';
import { reportCompareData, vocabulary } from './data.ts';
import type { ReportCompareData, Selection } from './types.ts';

/** Ids or selections (a section of a report) → the comparison. Unknown ids throw: curated lists must be right. */
export function compareReports(ds: Dataset, picks: (string | Selection)[]): Comparison {
  const selections = picks.map((p) => (typeof p === 'string' ? { id: p } : p));
  const data = new Map<string, ReportCompareData>();
  for (const s of selections) if (!data.has(s.id)) data.set(s.id, reportCompareData(ds, s.id));
  return buildComparison(selections, data, vocabulary(ds));
}
