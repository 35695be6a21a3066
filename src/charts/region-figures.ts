// region-<code>-figures: a region's figures over time, one group per
// indicator and within it one row per series (what exactly is counted: 存量,
// 新增, 通过率 …), years as columns. Only figures matched to an indicator can
// be compared across years, so only those are drawn; a row holds one series.
// A region with many reports keeps the series reported most recently (the
// limits of src/charts/limits.ts), and says how many it leaves out.
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { indicatorName, regionName } from './labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { dotColumns, dotRows, dotTablePlot } from './dot-table.ts';
import type { DotRow } from './dot-table.ts';
import { kindLegend } from './kind-legend.ts';
import { urls } from '../core/urls.ts';
import { seriesOf, seriesOrder } from './series.ts';
import { measureText } from '../words/series-words.ts';
import { capCells, drawnNote, latestRows, newestFigures, REGION_SERIES_LIMITS, shownOf } from './limits.ts';

export function regionFiguresChart(ds: Dataset, code: string): ChartDef<DotRow> {
  const { reportsByRegion, seriesFiguresByReport: figuresByReport } = ds.index;
  const reports = reportsByRegion.get(code) ?? [];
  const yearOf = new Map(reports.map((r) => [r.meta.id, r.meta.year]));
  const classified = reports.flatMap((r) => figuresByReport.get(r.meta.id) ?? []).filter((f) => f.indicator !== null);
  const year = (f: (typeof classified)[number]) => yearOf.get(f.report) ?? 0;
  const { kept: all } = capCells(classified, seriesOf, year);
  const shown = latestRows(all, seriesOf, year, REGION_SERIES_LIMITS);
  const figures = newestFigures(
    all.filter((f) => shown.has(seriesOf(f))),
    year,
  );
  const capNote = drawnNote(figures.length, classified.length);
  const cut = shownOf(shown.size, new Set(all.map(seriesOf)).size, '个口径', 'series');
  const order = new Map(ds.indicators.map((d, i) => [d.id, i]));
  const rows = dotRows(
    ds,
    figures,
    (f) => ({ key: seriesOf(f), ...measureText(f, ds, true), order: seriesOrder(ds, f) }),
    (f) => ({
      key: f.indicator as string,
      ...indicatorName(ds, f.indicator as string),
      order: order.get(f.indicator as string) ?? 1e9,
    }),
  );
  const region = regionName(ds, code, reports[0]?.meta.region.name);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const indicators = new Set(rows.map((r) => r.group_key)).size;
  const span = years.length ? (years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`) : '';
  return {
    id: `region-${code}-figures`,
    kind: 'dot-table',
    title: { zh: `${region.zh}：历年的数字`, en: `${region.en}: figures over the years` },
    subtitle: {
      zh: `${region.zh}各份报告中已归入指标的数字，按指标分组、每行一个口径（所计何物），按年份排列；形状和颜色表示数字类型，斜线块为原文遮蔽的数字。${cut.zh ? `报告最新的${shown.size}个口径。${cut.zh}` : ''}${capNote.zh}`,
      en: `Figures matched to an indicator in ${region.en}'s reports, grouped by indicator with one row per measure (what exactly is counted), by year; shape and colour show the kind, hatched blocks are redacted figures.${cut.en ? ` The ${shown.size} series reported most recently. ${cut.en}` : ''}${capNote.en ? ` ${capNote.en}` : ''}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `${region.zh}的${reports.length}份报告中有${rows.length}个指标数字，涉及${indicators}个指标${span ? `，年份${span}` : ''}。`,
      en: `${rows.length} indicator figures on ${indicators} indicators in ${reports.length} report(s) of ${region.en}${span ? `, ${span}` : ''}.`,
    },
    page: urls.region(code),
    rows,
    columns: dotColumns('指标', 'Indicator', '口径', 'Measure'),
    legend: kindLegend(rows),
    plot: (data, { lang, width }) => dotTablePlot(data, lang, width),
  };
}
