// `npm run review` as a curator uses it, driven through a pipe: each line
// decides the figure shown, is written to curation.csv at once with what the
// machine proposed, and the dataset then publishes the figure as verified.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset } from '../../src/pipeline/dataset.ts';
import { present } from '../helpers/present.ts';

const REPORT = 'changsha-county-2024-plan';

function review(dataDir: string, args: string[], input = '') {
  return spawnSync('node_modules/.bin/node', ['src/authoring/cli/review.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, ATLAS_DATA_DIR: dataDir },
    timeout: 60_000,
  });
}

function freshData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, 'curation.csv'), `${readFileSync('data/curation.csv', 'utf8').split('\n')[0]}\n`);
  return dir;
}

describe('npm run review', () => {
  it('records one decision a line, with the proposed labels, and the figures become verified', () => {
    const dir = freshData();
    const r = review(dir, [REPORT], '\nn # not a figure: a test\ns\nq\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 decision\(s\) written/);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'curation.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((x) => x.status).sort()).toEqual(['rejected', 'verified']);
    const confirmed = rows.find((x) => x.status === 'verified')!;
    for (const f of ['value', 'unit', 'kind', 'indicator', 'measure'] as const)
      expect(confirmed[f], f).toBe(confirmed[`proposed_${f}`]);
    const ds = loadDataset({ contentDir: 'content/reports', dataDir: dir });
    const verified = ds.figures.filter((f) => f.review === 'verified');
    expect(verified.map((f) => f.start)).toEqual([Number(confirmed.offset)]);
    expect(
      ds.figures.some(
        (f) => f.report === REPORT && String(f.start) === rows.find((x) => x.status === 'rejected')!.offset,
      ),
    ).toBe(false);
  });

  it('applies a batch file, and stops at the file line of a bad command without a stack trace', () => {
    const dir = freshData();
    const ds = loadDataset({ contentDir: 'content/reports', dataDir: dir });
    const figures = present(ds.index.figuresByReport.get(REPORT), `figures of ${REPORT}`);
    const [a, b] = [present(figures[0], `${REPORT}'s first figure`), present(figures[1], `${REPORT}'s second figure`)];
    const file = join(dir, 'decisions.txt');
    writeFileSync(
      file,
      `// a curator's batch\n${REPORT} #f-${a.n} c measure=new # checked\n${REPORT} ${b.start} c measure=nonsense\n`,
    );
    const r = review(dir, ['--decisions', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${file}:3: measure "nonsense" is not an id of data/measures.csv`);
    expect(readFileSync(join(dir, 'curation.csv'), 'utf8')).toContain(`${REPORT},${a.start},`);
  });

  it('lists the queue riskiest first without asking', () => {
    const r = review(freshData(), ['--list', REPORT]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/figures not yet decided/);
  });
});

describe('npm run review refuses what the build would refuse', () => {
  it('a measure that does not fit the unit is refused before anything is written', () => {
    const dir = freshData();
    const ds = loadDataset({ contentDir: 'content/reports', dataDir: dir });
    const f = ds.index.figuresByReport.get(REPORT)!.find((g) => g.unit === '家' || g.unit === '个' || g.unit === '项')!;
    const file = join(dir, 'decisions.txt');
    writeFileSync(file, `${REPORT} #f-${f.n} c measure=rate\n`);
    const r = review(dir, ['--decisions', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/decisions\.txt:1: .*"rate" applies to percent figures/);
    expect(readFileSync(join(dir, 'curation.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
