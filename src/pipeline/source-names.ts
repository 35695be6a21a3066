// The name a raw source is published under, and what may be one's name:
// shared by the raw sources folder's check (sources.ts) and the schema's
// `source.raw_file`, so a name the folder would refuse is refused at the
// report's line too, and a path out of the folder (../) never reaches a link.
import { labelProblem } from './text-checks.ts';

/** Most bytes in a file name on common file systems (ext4, APFS, NTFS in UTF-16 units is more). */
const MAX_NAME_BYTES = 255;
const TEXT_SUFFIX = '.txt';

/** The name a raw file is published under: its own, plus .txt unless it already ends in .txt. */
export function publishedSourceName(file: string): string {
  return file.endsWith(TEXT_SUFFIX) ? file : `${file}${TEXT_SUFFIX}`;
}

/** Why `name` cannot be a raw file's name (or a `source.raw_file`), or null. */
export function sourceNameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return `"${name}" is not a file name`;
  if (name.includes('/') || name.includes('\\'))
    return 'a file name in the sources folder, without a folder (no "/", "\\" or "..")';
  const bad = labelProblem(name);
  if (bad) return `the name holds ${bad}; rename the file`;
  if (name.startsWith('.')) return 'a hidden file (its name starts with ".") is not published; rename it';
  if (Buffer.byteLength(publishedSourceName(name)) > MAX_NAME_BYTES)
    return `the name is too long to publish (at most ${MAX_NAME_BYTES - TEXT_SUFFIX.length} bytes of UTF-8)`;
  return null;
}
