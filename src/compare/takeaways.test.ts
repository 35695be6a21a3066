import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import type { Dataset } from '../pipeline/types.ts';
import { compareReports } from './from-dataset.ts';
import { comparisonTakeaways } from './takeaways.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset(REPOSITORY_DIRS);
});
const text = (s: { text: string }[]) => s.map((r) => r.text).join('');

describe('comparison takeaways', () => {
  it('name the theme with the widest gap in emphasis, with both shares as the model has them', () => {
    const c = compareReports(ds, ['xinyi-2023-summary', 'xianju-2024-h1-summary-h2-plan']);
    const gap = (r: { shares: number[] }) => Math.max(...r.shares) - Math.min(...r.shares);
    const widest = c.emphasis.rows.reduce((a, b) => (gap(b) > gap(a) ? b : a));
    const [takeaway = []] = comparisonTakeaways(c);
    const first = text(takeaway);
    expect(first).toContain(`“${widest.theme.zh}”`);
    expect(first).toContain(`${Math.round(Math.max(...widest.shares) * 100)}%`);
  });

  it('say when no figures can be compared, and count comparable groups when some can', () => {
    const c = compareReports(ds, ['xinyi-2023-summary', 'xianju-2024-h1-summary-h2-plan']);
    const s = comparisonTakeaways(c)
      .map(text)
      .find((t) => t.includes('数字'))!;
    if (c.figures.charts.length === 0) expect(s).toContain('不能直接比大小');
    else expect(s).toContain(`${c.figures.charts.length} 组`);
  });

  it('link every fact to a section of the page', () => {
    const c = compareReports(
      ds,
      ds.reports.slice(0, 4).map((r) => r.meta.id),
    );
    for (const s of comparisonTakeaways(c)) {
      expect(s.some((r) => r.href)).toBe(true);
      for (const r of s) if (r.href) expect(r.href).toMatch(/^#cmp-(emphasis|themes|figures|plan-result)$/);
    }
  });
});
