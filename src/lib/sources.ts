// The raw source files for pages: each published as text at
// /sources/<name>.txt (src/pipeline/sources.ts decides the name and refuses
// what cannot be published; the build copies them, src/integrations/
// published-sources.ts), with the curated reports cut from it. A report
// whose raw file is not in the folder is listed as such, never linked to a
// missing file.
import type { Dataset, Report } from '../pipeline/types.ts';
import type { SourceFile } from '../pipeline/sources.ts';

export interface PublishedSource extends SourceFile {
  /** The curated reports cut from this file, in file order. */
  reports: Report[];
}

const memo = new WeakMap<Dataset, Map<string, PublishedSource>>();

/** Every raw file of the dataset by its name in the folder, with the reports made from it. */
export function sourceFiles(ds: Dataset): Map<string, PublishedSource> {
  const known = memo.get(ds);
  if (known) return known;
  const files = new Map<string, PublishedSource>(ds.sources.map((s) => [s.file, { ...s, reports: [] }]));
  for (const r of ds.reports) files.get(r.meta.source.raw_file)?.reports.push(r);
  for (const f of files.values())
    f.reports.sort((a, b) => a.meta.source.part - b.meta.source.part || a.meta.id.localeCompare(b.meta.id));
  memo.set(ds, files);
  return files;
}
