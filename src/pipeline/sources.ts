// The raw sources folder (content/sources/), checked before the build: what
// each scraped file will be published as. A raw file is published as text,
// whatever it was saved as (scraped pages are often saved as .html, .svg or
// .js): under its own name plus ".txt" (a name already ending in lower-case
// .txt is kept, so existing addresses stay), which every static host serves as
// text/plain, so no browser runs or renders it. Names of any script and
// spacing are published (links encode them); what cannot be published safely
// is refused naming the file: a folder, a FIFO or device, a dangling link or
// one leading out of the folder, a control or invisible character, a name too
// long for a file system once ".txt" is added, two names that would publish
// to one address (a.html and a.html.txt; A.txt and a.txt on a host that
// ignores case). Hidden files (.gitkeep, .DS_Store) are not sources.
import { readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkRegularFile } from './input-files.ts';
import { publishedSourceName, sourceNameProblem } from './source-names.ts';
import { ReportFileError } from './corpus/report-file.ts';
import { urls } from '../core/urls.ts';

/** Largest raw file published: a scrape of one page (the largest is ~100 KB), as ingest allows. */
export const MAX_SOURCE_BYTES = 10_000_000;

export interface SourceFile {
  /** The name in the sources folder, as the curator saved it (what `source.raw_file` names). */
  file: string;
  /** The name it is published under in /sources/ (always ending in .txt). */
  published: string;
  bytes: number;
}

/** A file name as a message shows it: quoted and escaped when it holds anything odd. */
const shown = (dir: string, name: string) => {
  const path = join(dir, name);
  return /^[\p{L}\p{N}._\- ()]+$/u.test(name) ? path : JSON.stringify(path);
};

/** Two names one host could serve at one address: case and Unicode normalisation ignored. */
const addressKey = (published: string) => published.normalize('NFC').toLowerCase();

/**
 * The raw files of `dir`, sorted by name, each with what it is published as
 * (an absent folder holds none). Throws a ReportFileError naming the first
 * file that cannot be published.
 */
export function readSources(dir: string): SourceFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new ReportFileError(dir, 1, '', `the raw sources folder cannot be read (${code ?? (e as Error).message})`);
  }
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    root = dir;
  }
  const files: SourceFile[] = [];
  const byAddress = new Map<string, string>();
  for (const name of entries.sort()) {
    if (name.startsWith('.')) continue;
    const fail = (message: string): never => {
      throw new ReportFileError(shown(dir, name), 1, '', message);
    };
    const problem = sourceNameProblem(name);
    if (problem) fail(problem);
    const path = join(dir, name);
    const check = checkRegularFile(path);
    if (!check.ok) {
      fail(
        `${check.problem}; the raw sources folder holds only the scraped files themselves${check.problem.startsWith('a folder') ? ' (move the files of a sub-folder up)' : ''}`,
      );
      continue;
    }
    if (check.link) {
      const target = realpathSync(path);
      const rel = relative(root, target);
      if (rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep) || rel === '')
        fail(`a symbolic link to ${JSON.stringify(target)}, outside the raw sources folder: copy the file in instead`);
    }
    if (check.stat.size > MAX_SOURCE_BYTES)
      fail(
        `${check.stat.size} bytes; a raw file is at most ${MAX_SOURCE_BYTES} bytes (split a crawl into one file per page)`,
      );
    const published = publishedSourceName(name);
    const key = addressKey(published);
    const other = byAddress.get(key);
    if (other !== undefined)
      fail(
        `would be published as ${decodeURIComponent(urls.source(published))}, the address of ${JSON.stringify(other)} too (names differing only in case, in Unicode form or by a ".txt" collide); rename one`,
      );
    byAddress.set(key, name);
    files.push({ file: name, published, bytes: check.stat.size });
  }
  return files;
}
