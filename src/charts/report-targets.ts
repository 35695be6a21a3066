// report-<id>-targets: what a report promised beside what it achieved, per
// series — a target only beside results of the same indicator, measure,
// scope and unit family (never a programme's target beside another's
// result), and only where both exist.
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import type { ChartDef } from './types.ts';
import { figureYear, indicatorName, reportLabels } from './labels.ts';
import { urls } from '../core/urls.ts';
import { reportSource } from '../words/source-words.ts';
import { figureRows, figureTip, FIGURE_COLUMNS } from './report-figures.ts';
import { kindLegend } from './kind-legend.ts';
import type { FigureRow } from './report-figures.ts';
import { positionsBySeries, stripPlot } from './strip.ts';
import type { StripItem } from './strip.ts';
import { unitsOf } from './series.ts';
import { measureText } from '../words/series-words.ts';
import { pairKey } from '../pipeline/figures/series.ts';
import { MAX_REPORT_CHART_FIGURES, shownOf } from './limits.ts';

/** Achieved and target figures of one pair drawn at most (the first of each kind in the text). */
const MAX_PAIR_FIGURES_PER_KIND = 3;

/** The groups as drawn: each cut to its first figures of each kind, groups kept while the chart holds at most MAX_REPORT_CHART_FIGURES. */
function drawnGroups(groups: Figure[][]): Figure[][] {
  const out: Figure[][] = [];
  let count = 0;
  for (const g of groups) {
    const first = (kind: string) =>
      g
        .filter((f) => f.kind === kind)
        .sort((a, b) => a.start - b.start)
        .slice(0, MAX_PAIR_FIGURES_PER_KIND);
    const kept = [...first('actual'), ...first('target')];
    if (out.length > 0 && count + kept.length > MAX_REPORT_CHART_FIGURES) break;
    out.push(kept);
    count += kept.length;
  }
  return out;
}

export type TargetRow = FigureRow & {
  indicator: string;
  /** The pair's name: indicator and measure, e.g. 高新技术企业 · 新增. */
  indicator_label: string;
  indicator_label_en: string;
  /** indicator|measure|scope|unit family: what target and result share. */
  pair: string;
  year: number;
};

/** Figures grouped by series apart from kind, keeping groups with both an actual and a target. */
export function targetGroups(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = pairKey(f);
    if (key === null || (f.kind !== 'actual' && f.kind !== 'target')) continue;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].filter((g) => g.some((f) => f.kind === 'actual') && g.some((f) => f.kind === 'target'));
}

export function reportTargetsChart(ds: Dataset, report: Report): ChartDef<TargetRow> | null {
  const id = report.meta.id;
  const groups = targetGroups(ds.index.seriesFiguresByReport.get(id) ?? []);
  if (groups.length === 0) return null;
  const drawn = drawnGroups(groups);
  const total = groups.reduce((n, g) => n + g.length, 0);
  const cut = shownOf(
    drawn.reduce((n, g) => n + g.length, 0),
    total,
    '个数字',
    'figures',
  );
  const rows: TargetRow[] = drawn.flatMap((group) => {
    const ordered = [...group].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'actual' ? -1 : 1));
    const [first] = ordered;
    if (!first) return [];
    // Target and result of one pair share a scale: they count the same thing.
    const pos = positionsBySeries(
      ordered,
      (f) => (f.masked ? null : f.value_norm),
      () => 'pair',
    );
    const base = figureRows(ds, ordered);
    const name = indicatorName(ds, first.indicator as string);
    const measure = measureText({ ...first, kind: 'actual' }, ds, true);
    const units = unitsOf(ordered);
    return ordered.map((f) => {
      return {
        ...base.find((r) => r.figure === f.id)!,
        pos: pos.get(f) ?? null,
        indicator: f.indicator as string,
        indicator_label: `${name.zh} · ${measure.zh}（${units}）`,
        indicator_label_en: `${name.en} · ${measure.en} (${units})`,
        pair: pairKey(f) as string,
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
      zh: `同一指标、同一口径（所计何物）下，报告给出的实际完成数与目标数并列；条长只在同一组内可比。口径不同的目标与实绩不配对。${cut.zh ? `每组至多画各${MAX_PAIR_FIGURES_PER_KIND}个。${cut.zh}` : ''}`,
      en: `For each indicator and measure (what exactly is counted), the achieved figures beside the targets the report sets; bar lengths compare within a group only. Targets and results that count different things are not paired.${cut.en ? ` At most ${MAX_PAIR_FIGURES_PER_KIND} of each kind a group. ${cut.en}` : ''}`,
    },
    source: reportSource(report.meta),
    alt: {
      zh: `${label.zh}的报告中同一口径下同时给出完成数与目标数的有${groups.length}组：${names.join('、')}。`,
      en: `${groups.length} measure(s) in the ${label.en} report have both achieved and target figures: ${namesEn.join(', ')}.`,
    },
    page: urls.report(id),
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
        group: r.pair,
        groupLabel: lang === 'zh' ? r.indicator_label : r.indicator_label_en,
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
