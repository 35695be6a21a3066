// Every chart of the site, from the dataset: pages look charts up by id, the
// embed/SVG/CSV routes enumerate them.
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { provinceMapChart } from './home-map.ts';
import { timelineChart } from './home-timeline.ts';
import { themeHeatmapChart } from './home-heatmap.ts';
import { reportFiguresChart } from './report-figures.ts';
import { reportThemesChart } from './report-themes.ts';
import { reportTargetsChart } from './report-targets.ts';
import { regionFiguresChart } from './region-figures.ts';
import { indicatorDotsChart } from './indicator-dots.ts';
import { seriesValueChart } from './series-value.ts';
import { indicatorSeries } from './indicator-series.ts';
import { themeReportsChart } from './theme-reports.ts';

/**
 * A chart worth drawing shows at least one value: a chart whose every row is a
 * masked figure is a wall of hatching, so it is neither drawn, embedded nor
 * offered for download (the report page counts its masked figures instead).
 */
export function showsAValue(def: Pick<ChartDef, 'rows'>): boolean {
  return def.rows.some((row) => row.masked !== true);
}

/** The charts a build draws and publishes: every chart of the dataset that shows a value. */
export function drawnCharts(ds: Dataset): ChartDef[] {
  return (chartsForDataset(ds) as ChartDef[]).filter(showsAValue);
}

export function chartsForDataset(ds: Dataset): ChartDef[] {
  const charts: ChartDef[] = [provinceMapChart(ds), timelineChart(ds), themeHeatmapChart(ds)];
  const { seriesFiguresByReport: figuresByReport, seriesFiguresByIndicator: figuresByIndicator } = ds.index;
  for (const report of ds.reports) {
    if (figuresByReport.has(report.meta.id)) charts.push(reportFiguresChart(ds, report));
    charts.push(reportThemesChart(ds, report));
    const targets = reportTargetsChart(ds, report);
    if (targets) charts.push(targets);
  }
  const codes = [...new Set(ds.reports.map((r) => r.meta.region.code).filter((c): c is string => c !== null))].sort();
  // A region whose reports hold no figure matched to an indicator has nothing to draw.
  const { reportsByRegion } = ds.index;
  const classified = (code: string) =>
    (reportsByRegion.get(code) ?? []).some((r) =>
      (figuresByReport.get(r.meta.id) ?? []).some((f) => f.indicator !== null),
    );
  for (const code of codes.filter(classified)) charts.push(regionFiguresChart(ds, code));
  const indicators = ds.indicators.map((i) => i.id).filter((id) => figuresByIndicator.has(id));
  for (const id of indicators) {
    charts.push(indicatorDotsChart(ds, id));
    // One chart per series with a value to draw; a series of redacted figures only is a table on the page.
    for (const s of indicatorSeries(ds, id)) if (s.drawable) charts.push(seriesValueChart(ds, s));
  }
  for (const theme of ds.themes) charts.push(themeReportsChart(ds, theme.id));
  const ids = new Set<string>();
  for (const c of charts) {
    if (ids.has(c.id)) throw new Error(`duplicate chart id ${c.id}`);
    ids.add(c.id);
  }
  return charts;
}

/** The chart with this id, or undefined. Builds only what the id names. */
export function chartById(ds: Dataset, id: string): ChartDef | undefined {
  return chartsForDataset(ds).find((c) => c.id === id);
}
