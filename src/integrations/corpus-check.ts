// Validates the curated corpus before Astro syncs its content collection, so
// a bad file stops the build with the pipeline's message (file:line: field)
// rather than a later, vaguer one. Adds the publishing rules the page needs
// beyond the frontmatter schema: addresses that are links must be http(s).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRegions, loadReports } from '../pipeline/corpus/load-reports.ts';
import { loadRegions } from '../pipeline/corpus/regions.ts';
import { ReportFileError, lineOfField, splitFrontmatter } from '../pipeline/corpus/report-file.ts';
import type { Report } from '../pipeline/types.ts';

function checkLinks(report: Report): void {
  const url = report.meta.source.url;
  if (url === undefined || /^https?:\/\//i.test(url)) return;
  const yamlText = splitFrontmatter(readFileSync(report.file, 'utf8'))?.yaml ?? '';
  throw new ReportFileError(report.file, lineOfField(yamlText, ['source', 'url']), 'source.url', `"${url.slice(0, 60)}" is not an http(s) address; the page links to it`);
}

/** Throws a ReportFileError naming file, line and field at the first problem; returns the report count. */
export function checkCorpus(contentDir: string, dataDir: string): number {
  const reports = loadReports(contentDir);
  checkRegions(reports, loadRegions(join(dataDir, 'regions.csv')));
  for (const r of reports) checkLinks(r);
  return reports.length;
}
