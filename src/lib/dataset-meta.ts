// Facts about the dataset as a whole, for its descriptions (datapackage.json,
// schema.org Dataset): the years the reports cover and the provinces they
// come from.
import type { Dataset } from '../pipeline/types.ts';

/** First and last year any report covers. */
export function datasetYears(ds: Dataset): [number, number] {
  const years = ds.reports.flatMap((r) => r.meta.years);
  return [Math.min(...years), Math.max(...years)];
}

/** The provinces of the reports whose region is known, in code order. */
export function datasetProvinces(ds: Dataset): string[] {
  return [...new Set(ds.reports.map((r) => r.meta.region.province).filter(Boolean))].sort();
}
