// The raw source files, published exactly as found at /sources/<file>, so a
// reader can check the atlas's copy against what was scraped. They sit beside
// the curated reports (content/sources next to content/reports, or
// ATLAS_SOURCES_DIR); a report whose raw file is not there is listed as such,
// never linked to a missing file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../pipeline/types.ts';

export interface SourceFile {
  file: string;
  bytes: number;
  /** The curated reports cut from this file, in file order. */
  reports: Report[];
}

export function sourcesDir(): string {
  return process.env.ATLAS_SOURCES_DIR ?? join(dirname(process.env.ATLAS_CONTENT_DIR ?? 'content/reports'), 'sources');
}

const SAFE_NAME = /^[\w.-]+$/;

let memo: { reports: readonly Report[]; files: Map<string, SourceFile> } | undefined;

/** Every raw file present in the sources folder, with the reports made from it. */
export function sourceFiles(reports: readonly Report[]): Map<string, SourceFile> {
  if (memo?.reports === reports) return memo.files;
  const dir = sourcesDir();
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => SAFE_NAME.test(n) && !n.startsWith('.'))
        .sort()
    : [];
  const files = new Map<string, SourceFile>(
    names.map((file) => [file, { file, bytes: readFileSync(join(dir, file)).length, reports: [] }]),
  );
  for (const r of reports) files.get(r.meta.source.raw_file)?.reports.push(r);
  for (const f of files.values())
    f.reports.sort((a, b) => a.meta.source.part - b.meta.source.part || a.meta.id.localeCompare(b.meta.id));
  memo = { reports, files };
  return files;
}

export function readSource(file: string): Buffer {
  return readFileSync(join(sourcesDir(), file));
}
