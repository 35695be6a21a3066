// After the build: the raw sources folder arrived whole and as text. Every
// raw file is in dist/sources/ under its published name (.txt) with its bytes,
// and nothing else is there but the listing page: no source became a page, a
// script or an image on the site's origin, and none overwrote the listing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../pipeline/sources.ts';
import { urls } from '../core/urls.ts';

const LISTING = 'index.html';

/** What is wrong with dist/sources/ for these sources, one sentence each (none: all well). */
export function publishedSourcesProblems(outDir: string, sources: readonly SourceFile[], sourcesDir: string): string[] {
  const dir = join(outDir, 'sources');
  const problems: string[] = [];
  const present = new Set(statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : []);
  const expected = new Set(sources.map((s) => s.published));
  for (const s of sources) {
    if (!present.has(s.published)) {
      problems.push(`${join(sourcesDir, s.file)} was not published as ${urls.source(s.published)}`);
      continue;
    }
    const built = readFileSync(join(dir, s.published));
    if (!built.equals(readFileSync(join(sourcesDir, s.file))))
      problems.push(`${urls.source(s.published)} differs from ${join(sourcesDir, s.file)}`);
  }
  for (const name of present) {
    if (name === LISTING || expected.has(name)) continue;
    problems.push(`dist/sources/${name} is no raw source of this build (every raw file is published as .txt)`);
  }
  if (!present.has(LISTING)) problems.push('dist/sources/index.html, the listing of the raw sources, is missing');
  else if (!readFileSync(join(dir, LISTING), 'utf8').includes('<!DOCTYPE html>'))
    problems.push('dist/sources/index.html is not the listing page');
  return problems;
}
