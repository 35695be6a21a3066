// The current data release for pages, downloads, citations and embeds: the
// dataset's releases (its data folder's CHANGELOG.md, src/pipeline/release.ts).
import type { Release } from '../pipeline/release.ts';
import { siteData } from './site-data.ts';

export function releases(): readonly Release[] {
  return siteData().releases;
}

/** The newest release: its version and the date its data is as of. */
export function currentRelease(): Release {
  // readReleases refuses a changelog without a release, so this never throws on a built dataset.
  const [newest] = releases();
  if (!newest) throw new Error('no release in the data folder’s CHANGELOG.md');
  return newest;
}
