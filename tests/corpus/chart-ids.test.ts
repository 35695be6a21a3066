// Published chart ids (data/published/charts.csv, written by `npm run
// release`): every id ever published still resolves — drawn by this build,
// or retired with a drawn successor — so no article's embed breaks. A new
// report adds ids without touching any list; only an id nothing drawn can
// stand for fails.
import { describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { drawnCharts } from '../../src/charts/registry.ts';
import { retiredCharts, subjectPage } from '../../src/charts/published.ts';
import { CHART_ID } from '../../src/embed/constants.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const drawn = drawnCharts(ds);

describe('published chart ids', () => {
  it('every id the record holds resolves: drawn, retired to a drawn chart, or to a notice on a page the build has', () => {
    const { unresolved } = retiredCharts(ds.published.charts, drawn, (id) => subjectPage(ds, id));
    expect(unresolved, 'set a successor in data/published/charts.csv (npm run release proposes one)').toEqual([]);
  });

  it('ids are lowercase slugs derived from meaning, never from position', () => {
    for (const { id } of drawn) {
      expect(id).toMatch(CHART_ID);
      expect(id, `${id} looks like a position, not a meaning`).not.toMatch(/(^|-)\d{1,2}$|chart-?\d/);
    }
  });

  it('no drawn chart is made of masked figures only', () => {
    for (const def of drawn)
      expect(
        def.rows.some((r) => r.masked !== true),
        `${def.id} shows no value`,
      ).toBe(true);
  });
});

describe('published figure anchors', () => {
  it('every figure keeps the number the record gives its place, and no number is used twice in a report', () => {
    const recorded = new Map(ds.published.figures.map((p) => [`${p.report}@${p.offset}`, p.n]));
    const seen = new Set<string>();
    for (const f of ds.figures) {
      const n = recorded.get(`${f.report}@${f.start}`);
      if (n !== undefined) expect(f.n, `${f.id} at ${f.start}`).toBe(n);
      expect(seen.has(`${f.report}#${f.n}`), `#f-${f.n} of ${f.report} twice`).toBe(false);
      seen.add(`${f.report}#${f.n}`);
    }
  });
});
