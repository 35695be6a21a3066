// indicator-<id>-dots: every figure of one indicator, one group per series
// (what exactly it counts: 存量, 新认定, 申报, 通过率 …, headed on the chart),
// regions as rows and years as columns; kind by colour and shape, redacted
// figures hatched. A column within a group holds one series only.
// (Each series alone is drawn on a value scale: series-value.ts.)
import type { Dataset, Figure } from '../pipeline/types.ts';
import {
  capCells,
  drawnNote,
  latestRows,
  MAX_CHART_FIGURES,
  MAX_DOT_LINES,
  MAX_REGION_ROWS,
  newestFigures,
  shownOf,
} from './limits.ts';
import type { ChartDef } from './types.ts';
import { indicatorName, regionName } from './labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { UNKNOWN_REGION } from '../words/report-words.ts';
import { dotColumns, dotRows, dotTablePlot } from './dot-table.ts';
import type { DotRow } from './dot-table.ts';
import { kindLegend } from './kind-legend.ts';
import { urls } from '../core/urls.ts';
import { indicatorSeries, type IndicatorSeries } from './indicator-series.ts';
import { seriesPoints, seriesYears } from './series-value.ts';
import { seriesOf } from './series.ts';

/** Dot-table rows of an indicator's figures, grouped by series (headed by its measure). */
function seriesRows(
  ds: Dataset,
  series: IndicatorSeries[],
  keep: (f: Figure) => boolean,
  header: (s: IndicatorSeries) => { zh: string; en: string },
): DotRow[] {
  const reports = ds.index.reportById;
  const groupOf = new Map<string, { key: string; zh: string; en: string; order: number }>();
  series.forEach((s, order) => groupOf.set(s.key, { key: s.key, ...header(s), order }));
  const figures = series.flatMap((s) => s.figures).filter(keep);
  return dotRows(
    ds,
    figures,
    (f) => {
      const meta = reports.get(f.report)?.meta;
      const code = meta?.region.code ?? null;
      return code === null
        ? { key: '~unknown', ...UNKNOWN_REGION }
        : { key: code, ...regionName(ds, code, meta?.region.name) };
    },
    (f) => groupOf.get(seriesOf(f))!,
  );
}

const regionKeyOf = (ds: Dataset) => (f: Figure) => ds.index.reportById.get(f.report)?.meta.region.code ?? '~unknown';

function shownRegions(ds: Dataset, all: readonly Figure[]) {
  const reports = ds.index.reportById;
  const regionKey = regionKeyOf(ds);
  const yearOf = (f: Figure) => reports.get(f.report)?.meta.year ?? 0;
  const { kept } = capCells(all, regionKey, yearOf);
  const shown = latestRows(kept, regionKey, yearOf, {
    rows: MAX_REGION_ROWS,
    lines: MAX_DOT_LINES,
    figures: MAX_CHART_FIGURES,
  });
  const drawn = new Set(
    newestFigures(
      kept.filter((f) => shown.has(regionKey(f))),
      yearOf,
    ),
  );
  const regions = shownOf(shown.size, new Set(all.map(regionKey)).size, '个地区', 'regions');
  const capNote = drawnNote(drawn.size, all.length);
  const cut = { zh: `${regions.zh}${capNote.zh}`, en: [regions.en, capNote.en].filter(Boolean).join(' ') };
  return {
    keep: (f: Figure) => drawn.has(f) && shown.has(regionKey(f)),
    shown: shown.size,
    cut,
    regionsCut: regions.zh !== '',
  };
}

const KIND_NOTE = {
  zh: '形状和颜色区分实际完成与目标，斜线块为原文遮蔽的数字。',
  en: 'shape and colour tell achieved from target; hatched blocks are redacted figures.',
};

export function indicatorDotsChart(ds: Dataset, indicatorId: string): ChartDef<DotRow> {
  const all = ds.index.seriesFiguresByIndicator.get(indicatorId) ?? [];
  const series = indicatorSeries(ds, indicatorId);
  const { keep, shown, cut, regionsCut } = shownRegions(ds, all);
  const rows = seriesRows(ds, series, keep, (s) => s.header);
  const name = indicatorName(ds, indicatorId);
  const regions = new Set(rows.map((r) => r.row_key)).size;
  const masked = rows.filter((r) => r.masked).length;
  const groups = new Set(rows.map((r) => r.group_key)).size;
  // 各年 only where some region of some series has two years.
  const years = series.some((s) => seriesYears(seriesPoints(ds, s.figures)).multiYearRegions > 0);
  return {
    id: `indicator-${indicatorId}-dots`,
    kind: 'dot-table',
    title: {
      zh: years ? `${name.zh}：各地各年的数字，按口径分组` : `${name.zh}：各地的数字，按口径分组`,
      en: years
        ? `${name.en}: every figure by region and year, by what it counts`
        : `${name.en}: every figure by region, by what it counts`,
    },
    subtitle: {
      zh: `每组一个口径（所计何物），组内每行一个地区、每列一个年份，只有同组的数字可以相比；${KIND_NOTE.zh}${cut.zh ? `${regionsCut ? `报告最新的${shown}个地区。` : ''}${cut.zh}` : ''}`,
      en: `One group per measure (what exactly is counted), within it one row per region and one column per year; only figures of one group compare; ${KIND_NOTE.en}${cut.en ? `${regionsCut ? ` The ${shown} regions with the latest reports.` : ''} ${cut.en}` : ''}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `“${name.zh}”共有${rows.length}个数字，分属${groups}个口径，来自${regions}个地区${masked ? `，其中${masked}个被遮蔽` : ''}。`,
      en: `${rows.length} figures for “${name.en}” in ${groups} measure(s) from ${regions} region(s)${masked ? `, ${masked} of them redacted` : ''}.`,
    },
    page: urls.indicator(indicatorId),
    rows,
    columns: dotColumns('口径', 'Measure', '地区', 'Region'),
    legend: kindLegend(rows),
    plot: (data, { lang, width }) => dotTablePlot(data, lang, width),
  };
}
