// indicator-<id>-dots: every figure of one indicator, regions as rows and
// years as columns; kind by colour and shape, redacted figures hatched.
import { lookup } from './lookup.ts';
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { indicatorName, regionName, SITE_SOURCE, UNKNOWN_REGION } from './labels.ts';
import { dotColumns, dotRows, dotTablePlot } from './dot-table.ts';
import type { DotRow } from './dot-table.ts';
import { kindLegend } from './kind-legend.ts';

export function indicatorDotsChart(ds: Dataset, indicatorId: string): ChartDef<DotRow> {
  const { reportById: reports, figuresByIndicator } = lookup(ds);
  const figures = figuresByIndicator.get(indicatorId) ?? [];
  const rows = dotRows(ds, figures, (f) => {
    const meta = reports.get(f.report)?.meta;
    const code = meta?.region.code ?? null;
    return code === null ? { key: '~unknown', ...UNKNOWN_REGION } : { key: code, ...regionName(ds, code, meta?.region.name) };
  });
  const name = indicatorName(ds, indicatorId);
  const regions = new Set(rows.map((r) => r.row_key)).size;
  const masked = rows.filter((r) => r.masked).length;
  return {
    id: `indicator-${indicatorId}-dots`,
    kind: 'dot-table',
    title: { zh: `${name.zh}：各地各年的数字`, en: `${name.en}: every figure, by region and year` },
    subtitle: {
      zh: '每行一个地区，每列一个年份；形状和颜色区分实际完成、目标、增长率、占比和排名，斜线块为原文遮蔽的数字。',
      en: 'One row per region, one column per year; shape and colour tell achieved, target, growth, share and rank apart; hatched blocks are redacted figures.',
    },
    source: SITE_SOURCE,
    alt: {
      zh: `“${name.zh}”共有${rows.length}个数字，来自${regions}个地区${masked ? `，其中${masked}个被遮蔽` : ''}。`,
      en: `${rows.length} figures for “${name.en}” from ${regions} region(s)${masked ? `, ${masked} of them redacted` : ''}.`,
    },
    page: `/indicators/${indicatorId}/`,
    rows,
    columns: dotColumns('地区', 'Region'),
    legend: kindLegend(rows),
    plot: (data, { lang, width }) => dotTablePlot(data, lang, width),
  };
}
