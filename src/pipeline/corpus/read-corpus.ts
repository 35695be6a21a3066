// The one corpus reader: every content/reports/<id>.md read once (bytes,
// strict UTF-8), parsed and validated (report-file.ts), then the checks that
// need the whole folder or the region table: file name = id, no duplicate id,
// the region as data/regions.csv has it. Anything else in the folder (a
// sub-folder, `.MD`, `.markdown`, `.txt`) is reported, not ignored. The build,
// the checks, the CLIs, ingest and tests all read the corpus through here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { checkRegularFile } from '../input-files.ts';
import { basename, join, relative } from 'node:path';
import type { Region, Report } from '../types.ts';
import { regionProblem } from './region-check.ts';
import { ReportFileError, fieldLine, parseReportFile } from './report-file.ts';

/** Largest curated file read: far above any real report (the largest is ~60 KB), far below what stalls a build. */
export const MAX_REPORT_BYTES = 10_000_000;

export interface CorpusOptions {
  /** The region table; when given, every region is checked against it. */
  regions?: readonly Region[];
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** True when `path` is a link to a folder (a looping or dangling link is not: checkRegularFile names it). */
function linkedFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** The report files of a folder, refusing anything that looks meant as a report but would not be read. */
function reportFiles(contentDir: string): string[] {
  let entries;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch (e) {
    throw new ReportFileError(
      contentDir,
      1,
      '',
      `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, .DS_Store
    const path = join(contentDir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && linkedFolder(path));
    if (isDir)
      throw new ReportFileError(
        display(path),
        1,
        '',
        'a folder inside the reports folder is not read; move its reports up, one <id>.md per report',
      );
    if (!entry.name.endsWith('.md')) {
      throw new ReportFileError(
        display(path),
        1,
        '',
        'not read: reports are <id>.md files (lower-case .md) at the top of the reports folder; rename or move it',
      );
    }
    // A FIFO would block the read forever, a device never end, a dangling link fail with a bare ENOENT.
    const check = checkRegularFile(path);
    if (!check.ok) throw new ReportFileError(display(path), 1, '', `${check.problem}; a report is a file`);
    if (check.stat.size > MAX_REPORT_BYTES)
      throw new ReportFileError(
        display(path),
        1,
        '',
        `${check.stat.size} bytes; a curated report is at most ${MAX_REPORT_BYTES} bytes`,
      );
    files.push(path);
  }
  if (files.length === 0) throw new ReportFileError(contentDir, 1, '', 'no curated reports (*.md) found');
  return files;
}

/** The file's text, refusing what is not UTF-8 (naming the line of the first bad byte) or too large. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  const file = display(path);
  if (bytes.length > MAX_REPORT_BYTES)
    throw new ReportFileError(
      file,
      1,
      '',
      `${bytes.length} bytes; a curated report is at most ${MAX_REPORT_BYTES} bytes`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = 1 + (loose.slice(0, Math.max(0, at)).match(/\n/g)?.length ?? 0);
    throw new ReportFileError(file, line, '', 'invalid UTF-8 bytes; save the file as UTF-8');
  }
}

const lineOfId = (report: Report) => fieldLine(report, ['id']);

function readAll(files: string[]): Report[] {
  const reports = files.map((path) => parseReportFile(readText(path), display(path)));
  const owners = new Map<string, Report[]>();
  for (const r of reports) owners.set(r.meta.id, [...(owners.get(r.meta.id) ?? []), r]);
  for (const [id, same] of owners) {
    const [, second] = same;
    if (!second) continue;
    // Named as a duplicate, at the file whose name is not the id.
    const stray = same.find((r) => basename(r.file, '.md') !== id) ?? second;
    const others = same
      .filter((r) => r !== stray)
      .map((r) => basename(r.file))
      .join(', ');
    throw new ReportFileError(stray.file, lineOfId(stray), 'id', `duplicate id "${id}", also used by ${others}`);
  }
  for (const r of reports) {
    const name = basename(r.file);
    if (basename(name, '.md') !== r.meta.id)
      throw new ReportFileError(r.file, lineOfId(r), 'id', `id "${r.meta.id}" must match the file name "${name}"`);
  }
  return reports;
}

/** Every curated report of the folder, validated; throws a ReportFileError at the first problem. */
export function readCorpus(contentDir: string, options: CorpusOptions = {}): Report[] {
  const reports = readAll(reportFiles(contentDir));
  if (options.regions) checkRegions(reports, options.regions);
  return reports;
}

/** Every report's region must be in the region table, as the table writes it. */
export function checkRegions(reports: readonly Report[], regions: readonly Region[]): void {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (const r of reports) {
    const problem = regionProblem(r.meta, byCode);
    if (!problem) continue;
    throw new ReportFileError(r.file, fieldLine(r, problem.path), problem.path.join('.'), problem.message);
  }
}
