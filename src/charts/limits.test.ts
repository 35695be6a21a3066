// Aggregate charts at scale: past their limits they show the most recent or
// largest part, say so, and stay a readable size.
import { assembleDataset } from '../pipeline/dataset.ts';
import { describe, expect, it } from 'vitest';
import { scaledFixtureDataset } from './fixtures.ts';
import { themeHeatmapChart } from './home-heatmap.ts';
import { timelineChart } from './home-timeline.ts';
import { themeReportsChart } from './theme-reports.ts';
import { indicatorDotsChart } from './indicator-dots.ts';
import { regionFiguresChart } from './region-figures.ts';
import { renderSvg } from './render.ts';
import type { ChartDef } from './types.ts';
import {
  MAX_CELL_FIGURES,
  MAX_CHART_FIGURES,
  MAX_DOT_LINES,
  MAX_HEATMAP_ROWS,
  MAX_REGION_ROWS,
  MAX_REPORT_ROWS,
  MAX_TIMELINE_STACK,
  REGION_SERIES_LIMITS,
} from './limits.ts';

// 200 copies of the 5 fixture reports: 1,000 reports in 200 regions over 15 years.
const ds = scaledFixtureDataset(200);
// The same 1,000 reports, all of one region.
const oneRegion = assembleDataset({
  ...ds,
  reports: ds.reports.map((r) => ({ ...r, meta: { ...r.meta, region: { ...r.meta.region, code: '900000' } } })),
});
const svgHeight = (svg: string) => Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);

describe('charts at 1,000 reports', () => {
  it('the heatmap shows the most recent reports and says how many it leaves out', () => {
    const def = themeHeatmapChart(ds);
    const reports = new Set(def.rows.map((r) => r.report));
    expect(reports.size).toBe(MAX_HEATMAP_ROWS);
    const years = [...reports].map((id) => ds.reports.find((r) => r.meta.id === id)!.meta.year);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2023);
    expect(def.subtitle.zh).toContain(`仅显示${MAX_HEATMAP_ROWS}份报告（共1000份报告）`);
    expect(def.subtitle.en).toContain(`Showing ${MAX_HEATMAP_ROWS} of 1000 reports`);
  });

  it('a theme’s bar chart keeps the reports that say most about it, and counts all of them', () => {
    const def = themeReportsChart(ds, 'enterprise');
    expect(def.rows).toHaveLength(MAX_REPORT_ROWS);
    const shares = ds.reportThemes
      .filter((t) => t.theme === 'enterprise')
      .map((t) => t.share)
      .sort((a, b) => b - a);
    expect(def.rows.map((r) => r.share)).toEqual(shares.slice(0, MAX_REPORT_ROWS));
    expect(def.alt.zh).toMatch(/^1000份报告中有800份涉及/);
  });

  it('an indicator’s dot table keeps the regions with the latest figures', () => {
    const def = indicatorDotsChart(ds, 'high_tech_enterprises');
    const regions = new Set(def.rows.map((r) => r.row_key));
    // Each copy puts its high-tech figures in one region and year, in seven series;
    // the stock series holds three of them and the applied two: ten lines a region.
    expect(regions.size).toBe(Math.min(MAX_REGION_ROWS, Math.floor(MAX_DOT_LINES / 10)));
    expect(Math.min(...def.rows.map((r) => r.year))).toBeGreaterThanOrEqual(2023);
    expect(def.subtitle.zh).toContain(`仅显示${regions.size}个地区（共200个地区）`);
  });

  it('a region’s chart draws at most MAX_CELL_FIGURES figures a cell, within its line limit, and says how many it leaves out', () => {
    const def = regionFiguresChart(oneRegion, '900000');
    const series = new Set(def.rows.map((r) => `${r.group_key}|${r.row_key}`));
    const perCell = new Map<string, number>();
    for (const r of def.rows)
      perCell.set(
        `${r.group_key}|${r.row_key}|${r.year}`,
        (perCell.get(`${r.group_key}|${r.row_key}|${r.year}`) ?? 0) + 1,
      );
    expect(Math.max(...perCell.values())).toBe(MAX_CELL_FIGURES);
    // A series takes as many lines as its fullest year holds figures; together at most the limit.
    const lines = [...series].map((key) =>
      Math.max(...[...perCell].filter(([cell]) => cell.startsWith(`${key}|`)).map(([, n]) => n)),
    );
    expect(lines.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(REGION_SERIES_LIMITS.lines);
    expect(series.size).toBeLessThanOrEqual(REGION_SERIES_LIMITS.rows);
    const drawn = def.rows.length;
    const all = oneRegion.figures.filter((f) => f.indicator !== null).length;
    expect(drawn).toBeLessThanOrEqual(MAX_CHART_FIGURES);
    expect(def.subtitle.zh).toContain(
      `共${all}个数字，画出${drawn}个（每格至多${MAX_CELL_FIGURES}个、全图至多${MAX_CHART_FIGURES}个`,
    );
    expect(def.subtitle.en).toContain(`${drawn} of ${all} figures are drawn`);
  });

  it('the timeline counts reports per year and type once a year holds more than a column of dots', () => {
    const def = timelineChart(ds);
    expect(def.kind).toBe('bar-timeline');
    const rows = def.rows as { year: number; reports: number; inferred_year: number }[];
    expect(rows.reduce((s, r) => s + r.reports, 0)).toBe(1000);
    expect(rows.reduce((s, r) => s + r.inferred_year, 0)).toBe(200);
    expect(rows.filter((r) => r.year === 2010).reduce((s, r) => s + r.reports, 0)).toBeGreaterThan(MAX_TIMELINE_STACK);
  });

  it('every one of them renders at a height a reader can take in', () => {
    const defs: ChartDef[] = [
      themeHeatmapChart(ds),
      timelineChart(ds) as ChartDef,
      themeReportsChart(ds, 'enterprise'),
      indicatorDotsChart(ds, 'high_tech_enterprises'),
    ];
    for (const def of defs) {
      for (const width of [360, 800])
        expect(svgHeight(renderSvg(def, { lang: 'zh', width })), def.id).toBeLessThan(2600);
    }
    // A region's chart is a long table by design (宁波's one report draws 94 lines, 2,700 px on a phone), bounded all the same.
    const region = regionFiguresChart(oneRegion, '900000');
    for (const width of [360, 800])
      expect(svgHeight(renderSvg(region, { lang: 'zh', width })), region.id).toBeLessThan(4000);
  });
});
