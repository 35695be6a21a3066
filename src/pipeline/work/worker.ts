// A worker of the pool (pool.ts, tinypool): does the work of a batch of
// report files and stores each in the cache. A refusal of a file (a
// ReportFileError) is returned as data, so the build can name the first bad
// file in folder order as a one-process build would; any other error is a
// bug and fails the task.
import { readFileSync } from 'node:fs';
import { decodeReport } from '../corpus/read-corpus.ts';
import { ReportFileError } from '../corpus/report-file.ts';
import { reportWork, type ReportWork, type WorkLexicons } from './report-work.ts';
import { writeWork, type ReportCache } from './report-cache.ts';

export interface WorkTask {
  files: { path: string; file: string; key: string | null }[];
  lexicons: WorkLexicons;
  cache: ReportCache | null;
}

export type WorkResult =
  { work: ReportWork } | { refused: { file: string; line: number; field: string; message: string } };

/** One file's work, stored under its key; a refusal as data. */
export function workOf(
  { path, file, key }: WorkTask['files'][number],
  lexicons: WorkLexicons,
  cache: ReportCache | null,
): WorkResult {
  try {
    const work = reportWork(decodeReport(readFileSync(path), file), file, lexicons);
    if (cache && key) writeWork(cache, key, work);
    return { work };
  } catch (e) {
    if (!(e instanceof ReportFileError)) throw e;
    // The message less the `file:line: field "…": ` the error composed, so the build can compose it again.
    const prefix = `${e.file}:${e.line}: ${e.field ? `field "${e.field}": ` : ''}`;
    return { refused: { file: e.file, line: e.line, field: e.field, message: e.message.slice(prefix.length) } };
  }
}

export default function run(task: WorkTask): WorkResult[] {
  return task.files.map((f) => workOf(f, task.lexicons, task.cache));
}
