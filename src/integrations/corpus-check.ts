// Validates the curated corpus and the tables before any page is built, so a
// bad file stops the build with `file:line: field "…": message` rather than a
// later, vaguer error: the one corpus reader (schema, region table, file
// names, ids, characters) and the dataset assembly (curation rows that match
// nothing). The dataset is shared with the pages (sharedDataset), so this
// costs the build nothing extra.
import { sharedDataset, type DatasetOptions } from '../pipeline/dataset.ts';
import { ReportFileError } from '../pipeline/corpus/report-file.ts';
import { TableError } from '../pipeline/tables/read-table.ts';

/** Throws a ReportFileError or TableError at the first problem; returns the report count. */
export function checkCorpus(dirs: DatasetOptions): number {
  return sharedDataset(dirs).reports.length;
}

/** True for a refusal of the curator's input, whose message is the whole report (no stack trace helps). */
export function isInputError(e: unknown): e is Error {
  return e instanceof ReportFileError || e instanceof TableError;
}
