// The repository's lexicons without its curation: for a fixture corpus read
// with the real lexicons, whose reports the curation's decisions do not name
// (a decision for a report not in the corpus stops the build, as it should).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURATION_COLUMNS } from '../../src/pipeline/curation/decisions.ts';

export function lexiconsOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, 'curation.csv'), `${CURATION_COLUMNS.join(',')}\n`);
  return dir;
}
