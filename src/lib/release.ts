// The current data release for pages, downloads, citations and embeds: read
// once per build from the data folder's CHANGELOG.md (src/pipeline/release.ts).
import { readReleases } from '../pipeline/release.ts';
import type { Release } from '../pipeline/release.ts';

let memo: Release[] | undefined;

export function releases(): Release[] {
  memo ??= readReleases(process.env.ATLAS_DATA_DIR ?? 'data');
  return memo;
}

/** The newest release: its version and the date its data is as of. */
export function currentRelease(): Release {
  return releases()[0];
}
