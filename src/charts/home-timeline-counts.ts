// home-timeline at scale: once a year holds more reports than a column of
// dots can show (MAX_TIMELINE_STACK), the timeline counts them instead: a
// stacked bar per year, one segment per document type. Same id, page and
// meaning as the dot timeline; the data table lists the counts plotted.
import * as Plot from '@observablehq/plot';
import type { Report } from '../pipeline/types.ts';
import { DOC_TYPES } from '../core/codes.ts';
import type { ChartDef, LegendItem } from './types.ts';
import { color } from './palette.ts';
import { DOC_TYPE_TOKEN } from './labels.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import type { DocType } from '../core/codes.ts';
import { urls } from '../core/urls.ts';

export type TimelineCountRow = {
  year: number;
  doc_type: string;
  doc_type_label: string;
  reports: number;
  /** Of those, reports whose year was inferred (rewritten on the host site). */
  inferred_year: number;
};

export function timelineCountsChart(reports: readonly Report[]): ChartDef<TimelineCountRow> {
  const counts = new Map<string, TimelineCountRow>();
  for (const { meta } of reports) {
    const key = `${meta.year}|${meta.doc_type}`;
    const row = counts.get(key) ?? {
      year: meta.year,
      doc_type: meta.doc_type,
      doc_type_label: DOC_TYPE_LABELS[meta.doc_type].zh,
      reports: 0,
      inferred_year: 0,
    };
    row.reports += 1;
    if (!meta.year_reliable) row.inferred_year += 1;
    counts.set(key, row);
  }
  const order = (t: string) => DOC_TYPES.indexOf(t as DocType);
  const rows = [...counts.values()].sort((a, b) => a.year - b.year || order(a.doc_type) - order(b.doc_type));
  const perYear = new Map<number, number>();
  for (const r of rows) perYear.set(r.year, (perYear.get(r.year) ?? 0) + r.reports);
  const years = [...perYear.keys()];
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const busiest = [...perYear.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (!busiest) throw new Error('home-timeline: no reports to count');
  const [busiestYear, busiestCount] = busiest;
  const inferred = rows.reduce((s, r) => s + r.inferred_year, 0);
  const present = DOC_TYPES.filter((t) => rows.some((r) => r.doc_type === t));
  const legend: LegendItem[] = present.map((t) => ({ label: DOC_TYPE_LABELS[t], color: DOC_TYPE_TOKEN[t] }));

  return {
    id: 'home-timeline',
    kind: 'bar-timeline',
    title: { zh: '报告的年份与类型', en: 'Reports by year and type' },
    subtitle: {
      zh: `每年的报告数，按文件类型分段${inferred ? `；其中${inferred}份的年份在转载时被改写，为推断年份` : ''}。`,
      en: `Reports per year, by document type${inferred ? `; ${inferred} of them have years rewritten by the host site and inferred` : ''}.`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `柱状图：${reports.length}份报告，年份从${minYear}到${maxYear}年，${busiestYear}年最多（${busiestCount}份）。`,
      en: `Bar chart: ${reports.length} reports from ${minYear} to ${maxYear}, most in ${busiestYear} (${busiestCount}).`,
    },
    page: urls.home(),
    rows,
    columns: [
      { key: 'year', zh: '年份', en: 'Year' },
      { key: 'doc_type_label', zh: '类型', en: 'Type' },
      { key: 'reports', zh: '报告数', en: 'Reports' },
      { key: 'inferred_year', zh: '其中年份为推断', en: 'Of which year inferred' },
    ],
    legend,
    plot(data, { lang, width }) {
      const allYears = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
      const every = Math.max(1, Math.ceil(allYears.length / Math.floor(width / 56)));
      const typeLabel = (d: TimelineCountRow) =>
        lang === 'zh' ? d.doc_type_label : DOC_TYPE_LABELS[d.doc_type as DocType].en;
      const tip = (d: TimelineCountRow) =>
        `${d.year} · ${typeLabel(d)}\n${lang === 'zh' ? `${d.reports}份` : `${d.reports} report(s)`}`;
      return {
        height: 220,
        marginLeft: 48,
        marginRight: 16,
        marginTop: 16,
        marginBottom: 32,
        x: {
          type: 'band',
          domain: allYears,
          padding: 0.15,
          label: null,
          tickFormat: (y: number) => ((y - minYear) % every === 0 ? String(y) : ''),
        },
        y: { grid: true, ticks: 5, tickFormat: 'd', label: lang === 'zh' ? '报告数' : 'Reports' },
        color: { type: 'identity' },
        marks: [
          Plot.barY(data, {
            x: 'year',
            y: 'reports',
            fill: (d: TimelineCountRow) => color(DOC_TYPE_TOKEN[d.doc_type as DocType]),
            title: tip,
          }),
          Plot.ruleY([0], { stroke: color('ink') }),
        ],
      };
    },
  };
}
