// home-timeline: one dot per report, by year, stacked, colour and shape by
// document type; hollow when the year is inferred (rewritten on the host site).
// Past MAX_TIMELINE_STACK reports in a year it counts instead (home-timeline-counts.ts).
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../pipeline/types.ts';
import { DOC_TYPES } from '../core/codes.ts';
import type { ChartDef, LegendItem } from './types.ts';
import { color } from './palette.ts';
import { DOC_TYPE_SYMBOL, DOC_TYPE_TOKEN, reportLabels } from './labels.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import type { DocType } from '../core/codes.ts';
import { MAX_TIMELINE_STACK } from './limits.ts';
import { timelineCountsChart, type TimelineCountRow } from './home-timeline-counts.ts';
import { urls } from '../core/urls.ts';

export type TimelineRow = {
  report: string;
  label: string;
  label_en: string;
  year: number;
  year_reliable: boolean;
  doc_type: string;
  doc_type_label: string;
  stack: number;
  href: string;
};

export function timelineChart(ds: Dataset): ChartDef<TimelineRow> | ChartDef<TimelineCountRow> {
  const perYearCount = new Map<number, number>();
  for (const r of ds.reports) perYearCount.set(r.meta.year, (perYearCount.get(r.meta.year) ?? 0) + 1);
  if (Math.max(0, ...perYearCount.values()) > MAX_TIMELINE_STACK) return timelineCountsChart(ds.reports);
  return timelineDotsChart(ds);
}

export function timelineDotsChart(ds: Dataset): ChartDef<TimelineRow> {
  const labels = reportLabels(ds);
  const order = (t: string) => DOC_TYPES.indexOf(t as DocType);
  const sorted = [...ds.reports].sort(
    (a, b) =>
      a.meta.year - b.meta.year ||
      order(a.meta.doc_type) - order(b.meta.doc_type) ||
      a.meta.id.localeCompare(b.meta.id),
  );
  const perYear = new Map<number, number>();
  const rows: TimelineRow[] = sorted.map((r) => {
    const stack = (perYear.get(r.meta.year) ?? 0) + 1;
    perYear.set(r.meta.year, stack);
    const label = labels.get(r.meta.id) ?? { zh: r.meta.id, en: r.meta.id };
    return {
      report: r.meta.id,
      label: label.zh,
      label_en: label.en,
      year: r.meta.year,
      year_reliable: r.meta.year_reliable,
      doc_type: r.meta.doc_type,
      doc_type_label: DOC_TYPE_LABELS[r.meta.doc_type].zh,
      stack,
      href: urls.report(r.meta.id),
    };
  });
  const years = rows.map((r) => r.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const present = DOC_TYPES.filter((t) => rows.some((r) => r.doc_type === t));
  const inferred = rows.filter((r) => !r.year_reliable).length;
  const legend: LegendItem[] = present.map((t) => ({
    label: DOC_TYPE_LABELS[t],
    color: DOC_TYPE_TOKEN[t],
    symbol: DOC_TYPE_SYMBOL[t],
  }));
  if (inferred)
    legend.push({
      label: { zh: '空心：年份为推断', en: 'Hollow: year inferred' },
      color: 'ink',
      symbol: 'circle',
      hollow: true,
    });
  const busiest = [...perYear.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];

  return {
    id: 'home-timeline',
    kind: 'dot-timeline',
    title: { zh: '报告的年份与类型', en: 'Reports by year and type' },
    subtitle: {
      zh: `每个点是一份报告，形状和颜色表示文件类型${inferred ? '；空心点的年份在转载时被改写，为推断年份' : ''}。`,
      en: `Each dot is one report; shape and colour show the document type${inferred ? '; hollow dots mark years rewritten by the host site and inferred' : ''}.`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `时间线：${rows.length}份报告，年份从${minYear}到${maxYear}年，${busiest ? `${busiest[0]}年最多（${busiest[1]}份）` : ''}。`,
      en: `Timeline: ${rows.length} reports from ${minYear} to ${maxYear}${busiest ? `, most in ${busiest[0]} (${busiest[1]})` : ''}.`,
    },
    page: urls.home(),
    rows,
    columns: [
      { key: 'label', zh: '报告', en: 'Report' },
      { key: 'year', zh: '年份', en: 'Year' },
      { key: 'year_reliable', zh: '年份可靠', en: 'Year reliable' },
      { key: 'doc_type_label', zh: '类型', en: 'Type' },
    ],
    legend,
    plot(data, { lang, width }) {
      const r = width < 500 ? 6 : 8;
      const maxStack = Math.max(1, ...data.map((d) => d.stack));
      const tip = (d: TimelineRow) =>
        lang === 'zh'
          ? `${d.label}\n${d.doc_type_label}${d.year_reliable ? '' : '（年份为推断）'}`
          : `${d.label_en}\n${DOC_TYPE_LABELS[d.doc_type as DocType].en}${d.year_reliable ? '' : ' (year inferred)'}`;
      const paint = (d: TimelineRow) => color(DOC_TYPE_TOKEN[d.doc_type as DocType]);
      const span = maxYear - minYear;
      return {
        height: Math.max(160, 70 + maxStack * (2 * r + 8)),
        marginLeft: 40,
        marginRight: 16,
        marginTop: 16,
        marginBottom: 32,
        x: {
          domain: [minYear - 0.5, maxYear + 0.5],
          ticks: span <= 6 ? span + 1 : Math.min(8, Math.floor(width / 70)),
          tickFormat: (y: number) => (Number.isInteger(y) ? String(y) : ''),
          label: null,
        },
        y: {
          domain: [0, maxStack + 0.5],
          ticks: maxStack <= 5 ? maxStack : 5,
          tickFormat: 'd',
          label: lang === 'zh' ? '报告数' : 'Reports',
          grid: true,
        },
        symbol: { type: 'identity' },
        color: { type: 'identity' },
        marks: [
          Plot.ruleY([0], { stroke: color('rule') }),
          Plot.dot(data, {
            x: 'year',
            y: 'stack',
            r,
            symbol: (d: TimelineRow) => DOC_TYPE_SYMBOL[d.doc_type as DocType],
            fill: (d: TimelineRow) => (d.year_reliable ? paint(d) : 'none'),
            stroke: paint,
            strokeWidth: 1.5,
            title: tip,
            href: 'href',
          }),
        ],
      };
    },
  };
}
