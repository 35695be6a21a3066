// The dataset's version and "data as of" date, read from data/CHANGELOG.md
// (newest entry first: `## 1.1.0 — 2026-12-04`). Dates come from the data,
// never from the build clock, so a rebuild on another day is byte-identical.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Release {
  version: string;
  /** ISO date the release's data is as of. */
  date: string;
  /** The entry's lines, as written. */
  notes: string[];
}

const HEADING = /^##\s+(\d+\.\d+\.\d+)\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/;

/** Releases, newest first; a heading that is not `## x.y.z — yyyy-mm-dd` is an error naming its line. */
export function parseChangelog(text: string, file = 'CHANGELOG.md'): Release[] {
  const releases: Release[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('## ')) {
      const m = HEADING.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: a release heading reads "## 1.2.0 — 2026-12-04", not "${line}"`);
      releases.push({ version: m[1], date: m[2], notes: [] });
    } else if (releases.length > 0 && line.trim()) {
      releases[releases.length - 1].notes.push(line);
    }
  });
  return releases;
}

const UNRELEASED: Release = { version: '0.0.0', date: '', notes: [] };

/** All releases of the data folder's changelog, newest first (none → one unreleased entry). */
export function readReleases(dataDir: string): Release[] {
  const file = join(dataDir, 'CHANGELOG.md');
  if (!existsSync(file)) return [UNRELEASED];
  const releases = parseChangelog(readFileSync(file, 'utf8'), file);
  return releases.length ? releases : [UNRELEASED];
}
