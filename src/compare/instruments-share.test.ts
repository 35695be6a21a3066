// Instruments are compared as shares of each report's sentences, so the
// longest report does not dominate by length.
import { describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import { compareReports } from './from-dataset.ts';

describe('instrument shares', () => {
  it('each cell is mentions over the column’s non-heading sentences', () => {
    const ds = loadDataset(REPOSITORY_DIRS);
    const c = compareReports(ds, ['xinyi-2023-summary', 'yanzhou-2022-summary-2023-plan']);
    c.columns.forEach((col, i) => {
      const total = col.sentences.filter((s) => !s.heading).length;
      for (const row of c.instruments) {
        const cell = row.cells[i];
        expect(cell?.share).toBeCloseTo((cell?.mentions ?? NaN) / total, 12);
      }
    });
    expect(c.instruments.some((r) => (r.cells[0]?.mentions ?? 0) > 0)).toBe(true);
  });
});
