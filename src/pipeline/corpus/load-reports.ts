// Reads every curated report in a folder, validating as it goes: frontmatter
// (schema), file name = id, unique ids, region codes known. Any problem stops
// with an error that names the file, the line and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Region, Report } from '../types.ts';
import { ReportFileError, lineOfField, parseReportFile, splitFrontmatter } from './report-file.ts';

export function loadReports(contentDir: string): Report[] {
  const files = readdirSync(contentDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const reports: Report[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const path = join(contentDir, name);
    const file = relative(process.cwd(), path) || path;
    const report = parseReportFile(readFileSync(path, 'utf8'), file);
    const yamlText = splitFrontmatter(readFileSync(path, 'utf8'))?.yaml ?? '';
    if (basename(name, '.md') !== report.meta.id) {
      throw new ReportFileError(file, lineOfField(yamlText, ['id']), 'id', `id "${report.meta.id}" must match the file name "${name}"`);
    }
    const other = seen.get(report.meta.id);
    if (other) throw new ReportFileError(file, lineOfField(yamlText, ['id']), 'id', `duplicate id "${report.meta.id}", also used by ${other}`);
    seen.set(report.meta.id, file);
    reports.push(report);
  }
  if (reports.length === 0) throw new Error(`${contentDir}: no curated reports (*.md) found`);
  return reports;
}

/** Every report's region code must be in data/regions.csv, so region pages and names resolve. */
export function checkRegions(reports: Report[], regions: Region[]): void {
  const known = new Set(regions.map((r) => r.code));
  for (const r of reports) {
    const code = r.meta.region.code;
    if (code !== null && !known.has(code)) {
      const text = readFileSync(r.file, 'utf8');
      const yamlText = splitFrontmatter(text)?.yaml ?? '';
      throw new ReportFileError(r.file, lineOfField(yamlText, ['region', 'code']), 'region.code', `unknown region code ${code} (not in data/regions.csv)`);
    }
  }
}
