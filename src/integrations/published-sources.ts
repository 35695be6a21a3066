// The raw sources, published by the build itself rather than by a page
// route (a route cannot carry a name holding #, ? or %): each file copied to
// dist/sources/ under its published name (.txt), byte for byte, and served
// the same way by the dev server. Then the check: every raw file is there with
// its bytes and nothing else is there but the listing page, so no source
// became a page, a script or an image on the site's origin, and none
// overwrote the listing.
import { copyFileSync, createReadStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { SourceFile } from '../pipeline/sources.ts';
import { urls } from '../core/urls.ts';

const LISTING = 'index.html';

/** Copies every raw file into dist/sources/ under its published name. */
export function copySources(outDir: string, sources: readonly SourceFile[], sourcesDir: string): void {
  if (sources.length === 0) return;
  const dir = join(outDir, 'sources');
  mkdirSync(dir, { recursive: true });
  for (const s of sources) copyFileSync(join(sourcesDir, s.file), join(dir, s.published));
}

/** The dev server's answer for /sources/<published>: the raw file as plain text, or next() for anything else. */
export function serveSource(
  sources: () => { list: readonly SourceFile[]; dir: string },
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const prefix = urls.sources();
  return (req, res, next) => {
    const [path = ''] = (req.url ?? '').split('?');
    if (!path.startsWith(prefix) || path.length === prefix.length) return next();
    let name: string;
    try {
      name = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return next();
    }
    const { list, dir } = sources();
    const source = list.find((s) => s.published === name);
    if (!source) return next();
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    createReadStream(join(dir, source.file)).pipe(res);
  };
}

/** What is wrong with dist/sources/ for these sources, one sentence each (none: all well). */
export function publishedSourcesProblems(outDir: string, sources: readonly SourceFile[], sourcesDir: string): string[] {
  const dir = join(outDir, 'sources');
  const problems: string[] = [];
  const present = new Set(statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir).sort() : []);
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
