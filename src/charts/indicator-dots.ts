// indicator-<id>-dots: every figure of one indicator, regions as rows and
// years as columns; kind by colour and shape, redacted figures hatched.
import { lookup } from './lookup.ts';
import type { Dataset, Figure } from '../pipeline/types.ts';
import { MAX_DOT_LINES, MAX_REGION_ROWS, shownOf } from './limits.ts';
import type { ChartDef } from './types.ts';
import { indicatorName, regionName, SITE_SOURCE, UNKNOWN_REGION } from './labels.ts';
import { dotColumns, dotRows, dotTablePlot } from './dot-table.ts';
import type { DotRow } from './dot-table.ts';
import { kindLegend } from './kind-legend.ts';
import { urls } from '../vocabulary/urls.ts';

/**
 * The regions whose latest figure is most recent (then with most figures):
 * at most MAX_REGION_ROWS, and no more than MAX_DOT_LINES lines drawn (a
 * region takes as many lines as its fullest year holds figures).
 */
function latestRegions(figures: Figure[], keyOf: (f: Figure) => string, yearOf: (f: Figure) => number): Set<string> {
  const stats = new Map<string, { latest: number; count: number; perYear: Map<number, number> }>();
  for (const f of figures) {
    const key = keyOf(f);
    const year = yearOf(f);
    const s = stats.get(key) ?? { latest: -Infinity, count: 0, perYear: new Map<number, number>() };
    s.latest = Math.max(s.latest, year);
    s.count += 1;
    s.perYear.set(year, (s.perYear.get(year) ?? 0) + 1);
    stats.set(key, s);
  }
  const ranked = [...stats].sort(([ka, a], [kb, b]) => b.latest - a.latest || b.count - a.count || ka.localeCompare(kb));
  const shown = new Set<string>();
  let lines = 0;
  for (const [key, s] of ranked) {
    const need = Math.max(...s.perYear.values());
    if (shown.size >= MAX_REGION_ROWS || (shown.size > 0 && lines + need > MAX_DOT_LINES)) break;
    shown.add(key);
    lines += need;
  }
  return shown;
}

export function indicatorDotsChart(ds: Dataset, indicatorId: string): ChartDef<DotRow> {
  const { reportById: reports, figuresByIndicator } = lookup(ds);
  const all = figuresByIndicator.get(indicatorId) ?? [];
  const regionKey = (f: Figure) => reports.get(f.report)?.meta.region.code ?? '~unknown';
  const shownRegions = latestRegions(all, regionKey, (f) => reports.get(f.report)?.meta.year ?? 0);
  const figures = all.filter((f) => shownRegions.has(regionKey(f)));
  const rows = dotRows(ds, figures, (f) => {
    const meta = reports.get(f.report)?.meta;
    const code = meta?.region.code ?? null;
    return code === null ? { key: '~unknown', ...UNKNOWN_REGION } : { key: code, ...regionName(ds, code, meta?.region.name) };
  });
  const name = indicatorName(ds, indicatorId);
  const allRegions = new Set(all.map(regionKey)).size;
  const cut = shownOf(shownRegions.size, allRegions, '个地区', 'regions');
  const regions = new Set(rows.map((r) => r.row_key)).size;
  const masked = rows.filter((r) => r.masked).length;
  return {
    id: `indicator-${indicatorId}-dots`,
    kind: 'dot-table',
    title: { zh: `${name.zh}：各地各年的数字`, en: `${name.en}: every figure, by region and year` },
    subtitle: {
      zh: `每行一个地区，每列一个年份；形状和颜色区分实际完成、目标、增长率、占比和排名，斜线块为原文遮蔽的数字。${cut.zh ? `报告最新的${shownRegions.size}个地区。${cut.zh}` : ''}`,
      en: `One row per region, one column per year; shape and colour tell achieved, target, growth, share and rank apart; hatched blocks are redacted figures.${cut.en ? ` The ${shownRegions.size} regions with the latest reports. ${cut.en}` : ''}`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `“${name.zh}”共有${rows.length}个数字，来自${regions}个地区${masked ? `，其中${masked}个被遮蔽` : ''}。`,
      en: `${rows.length} figures for “${name.en}” from ${regions} region(s)${masked ? `, ${masked} of them redacted` : ''}.`,
    },
    page: urls.indicator(indicatorId),
    rows,
    columns: dotColumns('地区', 'Region'),
    legend: kindLegend(rows),
    plot: (data, { lang, width }) => dotTablePlot(data, lang, width),
  };
}
