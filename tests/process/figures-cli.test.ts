import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIGURE_CSV_COLUMNS } from '../../src/pipeline/figures/csv.ts';

const run = (...args: string[]) =>
  spawnSync('node_modules/.bin/node', ['src/authoring/cli/extract.ts', ...args], { encoding: 'utf8' });
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('npm run extract', () => {
  it('prints the figures of a curated report as CSV', () => {
    const r = run('content/reports/xinyi-2023-summary.md');
    expect(r.status).toBe(0);
    const parsed = rowsOf(r.stdout);
    expect(parsed.meta.fields).toEqual([...FIGURE_CSV_COLUMNS]);
    const declared = parsed.data.find((row) => row.value === '108' && row.unit === '家');
    expect(declared).toMatchObject({
      report: 'xinyi-2023-summary',
      kind: 'actual',
      indicator: 'high_tech_enterprises',
    });
    // The sentence itself, and the figure's offsets point into the body at its words.
    expect(declared!.sentence).toContain('申报国家高企108家');
    const body = readFileSync('content/reports/xinyi-2023-summary.md', 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('---')
      .replace(/^\n/, '');
    expect(body.slice(Number(declared!.start), Number(declared!.end))).toBe('108家');
  });

  it('cleans a raw source into its reports first', () => {
    const r = run('content/sources/001_c29dd90ba846ba03.txt');
    expect(r.status).toBe(0);
    const reports = new Set(rowsOf(r.stdout).data.map((row) => row.report));
    expect(reports).toContain('changsha-county-2024-plan');
    expect(reports).toContain('liangxi-2024-plan');
  });

  it('takes the one path the site takes: a raw plan is read with the document type the ingest finds', async () => {
    const { extractFigures } = await import('../../src/pipeline/figures/extract.ts');
    const { loadLexicons } = await import('../../src/pipeline/lexicons.ts');
    const { reportBody, reportDocType } = await import('../../src/authoring/evaluation/evaluate.ts');
    const rows = rowsOf(run('content/sources/001_c29dd90ba846ba03.txt').stdout).data.filter(
      (row) => row.report === 'changsha-county-2024-plan',
    );
    const path = 'content/reports/changsha-county-2024-plan.md';
    const site = extractFigures(reportBody(path), 'changsha-county-2024-plan', loadLexicons('data'), {
      docType: reportDocType(path),
    });
    expect(rows.length).toBeGreaterThan(0);
    // A plan's unmarked figures are targets from the raw source as on the site.
    expect(rows.map((row) => row.kind)).toEqual(site.map((f) => f.kind));
  });

  it('explains its usage without a file', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
