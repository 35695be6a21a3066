// The charts on the real corpus (content/reports + data/): every chart of the
// site renders, shows no NaN/undefined, and redacts exactly the masked figures
// it draws (verified series values only).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import { chartsForDataset } from './registry.ts';
import { renderSvg } from './render.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const charts = chartsForDataset(ds);

describe('charts on the real dataset', () => {
  it('has the home charts, and per-report, region, indicator and theme charts', () => {
    const ids = new Set(charts.map((c) => c.id));
    for (const id of ['home-province-map', 'home-timeline', 'home-theme-heatmap']) expect(ids).toContain(id);
    for (const r of ds.reports) expect(ids).toContain(`report-${r.meta.id}-themes`);
    for (const t of ds.themes) expect(ids).toContain(`theme-${t.id}-reports`);
    // A region chart for every region with a verified series value, and none for one without.
    const withFigures = new Set(
      [...ds.index.seriesFiguresByReport.values()]
        .flat()
        .filter((f) => f.indicator)
        .map((f) => ds.reports.find((r) => r.meta.id === f.report)?.meta.region.code)
        .filter(Boolean),
    );
    for (const code of withFigures) expect(ids).toContain(`region-${code}-figures`);
    for (const c of charts.filter((x) => x.id.startsWith('region-'))) expect(c.rows.length, c.id).toBeGreaterThan(0);
    expect(ids).not.toContain('region-370403-figures');
  });

  it('renders every chart without NaN or undefined', () => {
    for (const def of charts) {
      const svg = renderSvg(def, { lang: 'zh', width: 560 });
      expect(svg, def.id).not.toMatch(/NaN|undefined|Infinity/);
    }
  }, 60_000);

  it('draws every masked figure of a report as a redacted marker and nothing else', () => {
    for (const report of ds.reports) {
      const def = charts.find((c) => c.id === `report-${report.meta.id}-figures`);
      const masked = (ds.index.seriesFiguresByReport.get(report.meta.id) ?? []).filter((f) => f.masked);
      if (!def) {
        expect(masked).toHaveLength(0);
        continue;
      }
      const { document } = parseHTML(`<html><body>${renderSvg(def, { lang: 'zh', width: 560 })}</body></html>`);
      const redacted = [...document.querySelectorAll('[data-tip]')].filter((m) => m.closest('.atlas-redacted'));
      expect(redacted.length, report.meta.id).toBe(masked.length);
      expect(
        def.rows.filter((r) => r.masked).every((r) => r.value === null),
        report.meta.id,
      ).toBe(true);
    }
  }, 60_000);
});
