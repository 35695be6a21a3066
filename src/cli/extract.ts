// `npm run --silent extract -- <file> [more files]`: figures of a curated
// report (content/reports/<id>.md: the body after its frontmatter) or of a raw
// source (.txt: cleaned into report bodies by the ingest first), as CSV on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { splitFrontmatter } from '../pipeline/corpus/report-file.ts';
import { extractFigures, figuresToCsv, loadIndicators } from '../pipeline/figures/index.ts';
import { cleanRawToBodies, curatedIdMap } from '../pipeline/ingest/index.ts';
import type { Figure } from '../pipeline/types.ts';

function bodiesOf(file: string): { id: string; body: string }[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.md')) {
    const parts = splitFrontmatter(text);
    if (!parts) throw new Error(`${file}: no frontmatter (expected --- … --- before the body)`);
    const id = /^id:\s*['"]?([a-z0-9-]+)/m.exec(parts.yaml)?.[1] ?? basename(file, '.md');
    return [{ id, body: parts.body }];
  }
  // Parts already curated keep their curated ids (changsha-county-2024-plan …).
  const ids = existsSync('content/reports') ? curatedIdMap('content/reports') : {};
  return cleanRawToBodies(text, basename(file), ids).map(({ id, body }) => ({ id, body }));
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- <content/reports/<id>.md | content/sources/<file>.txt> …\n');
    return 2;
  }
  const lexicon = loadIndicators();
  let figures: Figure[] = [];
  for (const file of files) {
    for (const { id, body } of bodiesOf(file)) figures = figures.concat(extractFigures(body, id, lexicon));
  }
  process.stdout.write(figuresToCsv(figures));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
