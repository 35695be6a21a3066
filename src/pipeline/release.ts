// The dataset's version and "data as of" date, read from data/CHANGELOG.md
// (newest entry first: `## 1.1.0 — 2026-12-04`). Dates come from the data,
// never from the build clock, so a rebuild on another day is byte-identical.
// The changelog is checked whole, since its top entry is printed in every CSV,
// citation and embed: every line that looks like a heading must parse (a typo
// would drop a release), dates must be real, versions and dates must run
// newest first, no version twice. A missing or empty changelog is an error,
// not a warning: a build without one would publish version 0.0.0 into data
// and citations that cannot be called back once they are cited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRegularFile } from './input-files.ts';
import { TableError } from './tables/read-table.ts';

export interface Release {
  version: string;
  /** ISO date the release's data is as of. */
  date: string;
  /** The entry's lines, as written. */
  notes: string[];
}

const HEADING = /^## (\d+)\.(\d+)\.(\d+) [—–-] (\d{4}-\d{2}-\d{2})$/;
/** A line meant as a heading: a # (up to three spaces in), or a bare "1.2.0 — 2026-…" line. */
const LOOKS_LIKE_HEADING = /^ {0,3}#|^\s*v?\d+\.\d+(?:\.\d+)?\s*[—–-]+\s*\d{4}/;
const EXAMPLE = '"## 1.2.0 — 2026-12-04" (two #, a space, the version x.y.z, a dash, the date YYYY-MM-DD)';

/** True when `s` (YYYY-MM-DD) is a day of the calendar. */
function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** major, minor, patch */
type Version = readonly [number, number, number];

/** -1, 0 or 1 as version a is older than, equal to or newer than b. */
function compareVersions(a: Version, b: Version): number {
  const cmp = (x: number, y: number) => (x === y ? 0 : x < y ? -1 : 1);
  return cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]);
}

/** Releases, newest first; any problem is a TableError at its line. */
export function parseChangelog(text: string, file = 'CHANGELOG.md'): Release[] {
  const releases: (Release & { line: number; parts: Version })[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const at = i + 1;
    // The document's title (a single # on the first line) is not a release.
    if (at === 1 && /^# [^#]/.test(line)) return;
    if (!LOOKS_LIKE_HEADING.test(line)) {
      if (line.trim()) releases.at(-1)?.notes.push(raw);
      return;
    }
    const m = HEADING.exec(line);
    if (!m) throw new TableError(file, at, 'heading', `a release heading reads ${EXAMPLE}, not "${line}"`);
    const [, major = '', minor = '', patch = '', date = ''] = m;
    const parts: Version = [Number(major), Number(minor), Number(patch)];
    const version = parts.join('.');
    if (version !== `${major}.${minor}.${patch}`)
      throw new TableError(
        file,
        at,
        'version',
        `"${major}.${minor}.${patch}": write the version without leading zeros (${version})`,
      );
    if (!realDate(date)) throw new TableError(file, at, 'date', `"${date}" is not a calendar date`);
    const previous = releases.at(-1);
    if (previous) {
      const order = compareVersions(parts, previous.parts);
      if (order === 0)
        throw new TableError(file, at, 'version', `${version} is listed twice (also at line ${previous.line})`);
      if (order > 0 || date > previous.date)
        throw new TableError(
          file,
          at,
          order > 0 ? 'version' : 'date',
          `${version} — ${date} is below ${previous.version} — ${previous.date} (line ${previous.line}): releases are listed newest first, each newer release with a date on or after the one below it`,
        );
    }
    releases.push({ version, date, notes: [], line: at, parts });
  });
  return releases.map(({ version, date, notes }) => ({ version, date, notes }));
}

/** All releases of the data folder's changelog, newest first; a missing, unreadable or empty changelog is an error. */
export function readReleases(dataDir: string): Release[] {
  const file = join(dataDir, 'CHANGELOG.md');
  const check = checkRegularFile(file);
  if (!check.ok)
    throw new TableError(
      file,
      1,
      null,
      `${check.problem}: the changelog gives the dataset's version and date to every CSV, citation and embed; restore it (git checkout -- ${file}) or start one with ${EXAMPLE}`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw new TableError(file, 1, null, 'not valid UTF-8; save the changelog as UTF-8');
  }
  const releases = parseChangelog(text, file);
  if (releases.length === 0) throw new TableError(file, 1, null, `no release heading: add one, ${EXAMPLE}`);
  return releases;
}
