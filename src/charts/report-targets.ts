// report-<id>-targets: what a report promised beside what it achieved, per
// indicator — only indicators (in one unit) that have both.
import { lookup } from './lookup.ts';
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { figureYear, indicatorName, reportHref, reportLabels, reportSource } from './labels.ts';
import { figureRows, figureTip, FIGURE_COLUMNS } from './report-figures.ts';
import { kindLegend } from './kind-legend.ts';
import type { FigureRow } from './report-figures.ts';
import { positionsByUnit, stripPlot } from './strip.ts';
import type { StripItem } from './strip.ts';

export type TargetRow = FigureRow & {
  indicator: string;
  indicator_label: string;
  indicator_label_en: string;
  year: number;
};

/** Figures grouped by indicator+unit, keeping groups with both an actual and a target. */
export function targetGroups(figures: Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.indicator === null || (f.kind !== 'actual' && f.kind !== 'target')) continue;
    const key = `${f.indicator}|${f.unit_norm}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].filter((g) => g.some((f) => f.kind === 'actual') && g.some((f) => f.kind === 'target'));
}

export function reportTargetsChart(ds: Dataset, report: Report): ChartDef<TargetRow> | null {
  const id = report.meta.id;
  const groups = targetGroups(lookup(ds).figuresByReport.get(id) ?? []);
  if (groups.length === 0) return null;
  const rows: TargetRow[] = groups.flatMap((group) => {
    const ordered = [...group].sort((a, b) => (a.kind === b.kind ? a.n - b.n : a.kind === 'actual' ? -1 : 1));
    const pos = positionsByUnit(ordered, (f) => (f.masked ? null : f.value_norm), () => 'group');
    const base = figureRows(ds, ordered);
    return ordered.map((f) => {
      const name = indicatorName(ds, f.indicator as string);
      return {
        ...base.find((r) => r.figure === f.id)!,
        pos: pos.get(f) ?? null,
        indicator: f.indicator as string,
        indicator_label: name.zh,
        indicator_label_en: name.en,
        year: figureYear(report, f),
      };
    });
  });
  const label = reportLabels(ds).get(id) ?? { zh: id, en: id };
  const names = [...new Set(rows.map((r) => r.indicator_label))];
  const namesEn = [...new Set(rows.map((r) => r.indicator_label_en))];
  return {
    id: `report-${id}-targets`,
    kind: 'target-strip',
    title: { zh: `${label.zh}：目标与完成情况`, en: `${label.en}: targets beside achievements` },
    subtitle: {
      zh: '同一指标下，报告给出的实际完成数与目标数并列；条长在同一指标内可比。',
      en: 'For each indicator, the achieved figures beside the targets the report sets; bar lengths compare within an indicator.',
    },
    source: reportSource(report),
    alt: {
      zh: `${label.zh}的报告中同时给出完成数与目标数的指标有${groups.length}个：${names.join('、')}。`,
      en: `${groups.length} indicator(s) in the ${label.en} report have both achieved and target figures: ${namesEn.join(', ')}.`,
    },
    page: reportHref(id),
    rows,
    columns: [
      { key: 'indicator_label', zh: '指标', en: 'Indicator' },
      { key: 'year', zh: '年份', en: 'Year' },
      ...FIGURE_COLUMNS.filter((c) => c.key !== 'theme_label'),
    ],
    legend: kindLegend(rows),
    plot(data, { lang, width }) {
      const items: StripItem[] = data.map((r) => ({
        key: r.figure,
        group: `${r.indicator}|${r.unit}`,
        groupLabel: lang === 'zh' ? `${r.indicator_label}（${r.unit}）` : `${r.indicator_label_en} (${r.unit})`,
        rowLabel: `${lang === 'zh' ? r.kind_label : r.kind_label_en} ${r.year}`,
        pos: r.pos,
        raw: r.raw,
        kind: r.kind as StripItem['kind'],
        masked: r.masked,
        tip: `${figureTip(r, lang)}\n${r.year}`,
      }));
      return stripPlot(items, width);
    },
  };
}
