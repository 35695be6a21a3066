import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import type { Dataset } from '../pipeline/types.ts';
import { compareReports } from './from-dataset.ts';
import { CSV_COLUMNS, comparisonCsv } from './csv.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset(REPOSITORY_DIRS);
});

describe('comparison CSV', () => {
  it('holds every aligned figure, a theme and emphasis row per theme and column, every instrument cell', () => {
    const c = compareReports(ds, ['ningbo-2012-summary', 'anqing-2011-summary', 'xianju-2024-h1-summary-h2-plan']);
    const parsed = Papa.parse<Record<string, string>>(comparisonCsv(c, 'https://atlas.example'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const count = (t: string) => parsed.data.filter((r) => r.table === t).length;
    expect(count('figures')).toBe(c.figures.rows.reduce((n, r) => n + r.cells.flat().length, 0));
    expect(count('themes')).toBe(ds.themes.length * 3);
    expect(count('emphasis')).toBe(ds.themes.length * 3);
    expect(count('instruments')).toBe(ds.instruments.length * 3);
    expect(count('plan-vs-result')).toBe(
      c.planResult.flatMap((b) => b.rows).reduce((n, r) => n + r.targets.length + r.results.length, 0),
    );
    const fig = parsed.data.find((r) => r.table === 'figures')!;
    expect(fig.source).toMatch(/^https:\/\/atlas\.example\/reports\/[a-z0-9-]+\/#f-\d+$/);
  });

  it('keeps masked figures as written, with no value', () => {
    const c = compareReports(ds, ['yanzhou-2022-summary-2023-plan', 'xianju-2024-h1-summary-h2-plan']);
    const rows = Papa.parse<Record<string, string>>(comparisonCsv(c), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.table === 'figures');
    const masked = rows.filter((r) => r.text?.includes('*'));
    expect(masked.length).toBeGreaterThan(0);
    for (const r of masked) expect(r.value).toBe('');
  });
});
