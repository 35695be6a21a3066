// A series as its view shows it (/indicators/<indicator>/<slug>/): the
// series, its chart, its points, how much time it spans, the regions a reader
// can pick (with the names they can be found by), the rows of its CSV (each
// with the figure's sentence and absolute permalink), the README that
// describes the file, and its citation. Plain functions over the dataset.
import { pinyin } from 'pinyin-pro';
import { indicatorSeries, type IndicatorSeries } from '../charts/indicator-series.ts';
import { seriesPoints, seriesYears, type SeriesPoint } from '../charts/series-value.ts';
import type { ChartDef } from '../charts/types.ts';
import type { Dataset, Figure, IndicatorDef } from '../pipeline/types.ts';
import type { Release } from '../pipeline/release.ts';
import { SERIES_TABLE, fieldNames, publishedFields } from '../pipeline/export/tables.ts';
import { toCsv } from '../pipeline/export/serialise.ts';
import { absolute, urls } from '../core/urls.ts';
import { nameBase } from '../words/place-names.ts';
import { SERIES_RULE } from '../words/series-words.ts';
import { seriesCounts, yearsStatement, type SeriesYears } from '../words/series-view-words.ts';
import { seriesMiniSvg } from '../charts/series-mini.ts';
import type { Bilingual } from '../core/bilingual.ts';
import { LICENCE, LICENCE_URL } from '../embed/constants.ts';
import { SITE_NAME } from '../words/source-words.ts';
import { chartById } from './charts.ts';
import { datasetCitation, type Citation } from './citation.ts';

/** A region a reader can pick, with every name it can be found by. */
export interface RegionChoice {
  key: string;
  zh: string;
  en: string;
  /** Lower-case words to match: the Chinese name and its base, the English name, the pinyin run together. */
  names: string;
  /** Figures of the series in this region. */
  figures: number;
}

export interface SeriesView {
  series: IndicatorSeries;
  indicator: IndicatorDef;
  /** The series' chart: undefined when every figure is redacted (the table stands alone). */
  chart: ChartDef<SeriesPoint> | undefined;
  points: SeriesPoint[];
  years: SeriesYears;
  regions: RegionChoice[];
  /** Province codes the series spans (the tile map is a tab when there are two or more). */
  provinces: string[];
}

/** Every series of every indicator with verified figures: one view each. */
export function allSeries(ds: Dataset): IndicatorSeries[] {
  return ds.indicators.flatMap((i) => indicatorSeries(ds, i.id));
}

const memo = new WeakMap<IndicatorSeries, SeriesView>();

export function seriesView(ds: Dataset, s: IndicatorSeries): SeriesView {
  const known = memo.get(s);
  if (known) return known;
  const points = seriesPoints(ds, s.figures);
  // A region's list is made with its first point: never empty.
  const byRegion = new Map<string, [SeriesPoint, ...SeriesPoint[]]>();
  for (const p of points) {
    const list = byRegion.get(p.region_key);
    if (list) list.push(p);
    else byRegion.set(p.region_key, [p]);
  }
  const regions = [...byRegion].map(([key, ps]) => {
    const { region: zh, region_en: en } = ps[0];
    const base = nameBase(zh);
    const spelled = pinyin(base, { toneType: 'none', separator: '' }).toLowerCase();
    return {
      key,
      zh,
      en,
      names: [zh, base, en.toLowerCase(), spelled].join(' '),
      figures: ps.length,
    };
  });
  regions.sort((a, b) => a.zh.localeCompare(b.zh, 'zh-CN'));
  const provinces = [...new Set(points.map((p) => p.province).filter((p): p is string => p !== null))].sort();
  const indicator = ds.indicators.find((i) => i.id === s.indicator);
  if (!indicator) throw new Error(`series ${s.key}: no indicator ${s.indicator} in the lexicon`);
  const view: SeriesView = {
    series: s,
    indicator,
    chart: chartById(ds, s.chartId) as ChartDef<SeriesPoint> | undefined,
    points,
    years: seriesYears(points),
    regions,
    provinces,
  };
  memo.set(s, view);
  return view;
}

/** The series an address names, or undefined. */
export function seriesBySlug(ds: Dataset, indicator: string, slug: string): IndicatorSeries | undefined {
  return indicatorSeries(ds, indicator).find((s) => s.slug === slug);
}

/** Drawable series by how many regions they reach (ties: most figures, then the indicator list's order): home leads with the first. */
export function widestSeries(ds: Dataset, n = 1): IndicatorSeries[] {
  const regions = (s: IndicatorSeries) => seriesView(ds, s).years.regions;
  return allSeries(ds)
    .filter((s) => s.drawable)
    .map((s, i) => ({ s, i, r: regions(s), f: s.figures.length }))
    .sort((a, b) => b.r - a.r || b.f - a.f || a.i - b.i)
    .slice(0, n)
    .map((x) => x.s);
}

/** One CSV row per figure of the series (SERIES_TABLE), in the view's table order: region, then year. */
export function seriesRows(view: SeriesView, site: URL | string): Record<string, unknown>[] {
  const figures = new Map<string, Figure>(view.series.figures.map((f) => [f.id, f]));
  const [, , keyScope = '-'] = view.series.key.split('|');
  return [...view.points]
    .sort((a, b) => a.region.localeCompare(b.region, 'zh-CN') || a.year - b.year || a.figure.localeCompare(b.figure))
    .map((p) => {
      const f = figures.get(p.figure);
      if (!f) throw new Error(`series ${view.series.key}: point ${p.figure} has no figure`);
      return {
        figure: f.id,
        indicator: view.series.indicator,
        series: view.series.key,
        measure: f.measure,
        scope: keyScope === '-' ? null : keyScope,
        kind: f.kind,
        region_code: p.region_key === 'unknown' ? null : p.region_key,
        region: p.region,
        region_en: p.region_en,
        year: p.year,
        year_reliable: p.year_reliable,
        raw: f.raw,
        value: p.value,
        unit: p.unit,
        masked: f.masked,
        review: f.review,
        report: f.report,
        n: f.n,
        permalink: absolute(urls.figure(f.report, f.n), site),
        sentence: f.sentence,
      };
    });
}

/** The series' CSV: SERIES_TABLE's columns and dataset_version; `rows` may be a subset (the regions shown). */
export function seriesCsv(rows: Record<string, unknown>[], release: Release): string {
  const columns = publishedFields(SERIES_TABLE).map((f) => f.name);
  return toCsv(
    rows.map((r) => ({ ...r, dataset_version: release.version })),
    columns,
  );
}

/** The CSV's lines without the header, one per row, in order: the view writes the displayed CSV from these. */
export function seriesCsvLines(rows: Record<string, unknown>[], release: Release): { header: string; lines: string[] } {
  const [header = '', ...lines] = seriesCsv(rows, release).trimEnd().split('\n');
  // A sentence may hold a line break inside its quotes: split per row instead when it does.
  if (lines.length !== rows.length)
    return {
      header,
      lines: rows.map((r) => seriesCsv([r], release).trimEnd().split('\n').slice(1).join('\n')),
    };
  return { header, lines };
}

/** The file beside the CSV: what the series is, what it holds and leaves out, the columns, version and licence. */
export function seriesReadme(ds: Dataset, view: SeriesView, release: Release, site: URL | string): string {
  const s = view.series;
  const page = absolute(urls.series(s.indicator, s.slug), site);
  const said = yearsStatement(view.years);
  const lines = [
    `${s.title.zh}`,
    `${s.title.en}`,
    '',
    `${SITE_NAME.zh} ${SITE_NAME.en} · 数据版本 dataset version ${release.version}${release.date ? ` (${release.date})` : ''}`,
    `页面 Page: ${page}`,
    `数据 Data: ${absolute(urls.seriesCsv(s.indicator, s.slug), site)}`,
    '',
    '系列 Series',
    `  key: ${s.key}  (indicator|measure|scope|kind|scale)`,
    `  指标 indicator: ${view.indicator.name_zh} ${view.indicator.name_en} (${s.indicator})`,
    `  口径 measure: ${s.measure ? `${s.measure.name_zh} ${s.measure.name_en}: ${s.measure.definition_zh} ${s.measure.definition_en}` : '未定 not determined'}`,
    `  单位 unit: ${s.units || '—'}`,
    '',
    '筛选 Filters',
    '  只收编辑核对过、且是本系列数值的数字（review = verified）；未核对的数字留在各自报告中，标为“待核对”。',
    '  Verified figures only, each the value of this series; unverified figures stay in their reports, marked 待核对.',
    `  ${SERIES_RULE.zh}`,
    `  ${SERIES_RULE.en}`,
    '  被原文遮蔽的数字（如 **家）保留为一行，masked = true，value 为空：数值从未被猜测或补上。',
    '  Figures the source redacted (**家) are rows with masked = true and no value: never guessed, never dropped.',
    '  year_reliable = false: the year is the curator’s estimate (约2012).',
    '  “当前显示的数据” (the displayed CSV) holds the rows of the regions picked in the view; this file names the full series.',
    '',
    '能看出什么 What it can show',
    `  ${said.zh}`,
    `  ${said.en}`,
    '',
    `列 Columns (${fieldNames(SERIES_TABLE).length + 1})`,
    ...publishedFields(SERIES_TABLE).map((f) => `  ${f.name} (${f.type}): ${f.description}`),
    '',
    'CSV: UTF-8 without BOM, comma, RFC 4180 double quotes, LF line ends, one header line.',
    `许可 Licence: ${LICENCE} ${LICENCE_URL}`,
    `引用 Cite: ${absolute(urls.datasetCitation('series', `${s.indicator}/${s.slug}`, 'bib'), site)}`,
    '',
  ];
  return lines.join('\n');
}

/** The series' citation: by the atlas, naming the data version. */
export function seriesCitation(view: SeriesView, release: Release, site: URL | string): Citation {
  const s = view.series;
  return datasetCitation({
    cited: { kind: 'series', id: `${s.indicator}-${s.slug}` },
    title: s.title,
    url: absolute(urls.series(s.indicator, s.slug), site),
    release,
    about: `Series ${s.key}: ${view.points.length} verified figure(s) from ${view.years.regions} region(s).`,
  });
}

/** A series in a list (an indicator page, home): where its view is, how much it holds, and its mini chart. */
export interface SeriesEntry {
  series: IndicatorSeries;
  href: string;
  counts: Bilingual;
  /** True when some region has values in two or more years (a line in the view). */
  overYears: boolean;
  mini: string;
}

export function seriesEntry(ds: Dataset, s: IndicatorSeries): SeriesEntry {
  const view = seriesView(ds, s);
  const counts = seriesCounts(view.years, s.figures.length);
  return {
    series: s,
    href: urls.series(s.indicator, s.slug),
    counts,
    overYears: view.years.multiYearRegions > 0,
    mini: seriesMiniSvg(view.points, s.units, `${s.title.zh}：${counts.zh}`),
  };
}

/** Series of the whole dataset with a region holding two or more years, and all series. */
export function seriesOverYears(ds: Dataset): { overYears: number; series: number } {
  const all = allSeries(ds);
  return { overYears: all.filter((s) => seriesView(ds, s).years.multiYearRegions > 0).length, series: all.length };
}

/** An indicator's citation: by the atlas, naming the data version (its page and /cite/indicators/<id>.*). */
export function indicatorCitation(ind: IndicatorDef, release: Release, site: URL | string): Citation {
  return datasetCitation({
    cited: { kind: 'indicator', id: ind.id },
    title: { zh: ind.name_zh, en: ind.name_en },
    url: absolute(urls.indicator(ind.id), site),
    release,
    about: `Indicator ${ind.id}: its series of verified figures from the reports.`,
  });
}

/** A curated comparison's citation: by the atlas, naming the data version (its page and /cite/compare/<slug>.*). */
export function comparisonCitation(
  c: { slug: string; title: Bilingual },
  release: Release,
  site: URL | string,
): Citation {
  return datasetCitation({
    cited: { kind: 'comparison', id: c.slug },
    title: c.title,
    url: absolute(urls.comparison(c.slug), site),
    release,
    about: `Comparison ${c.slug}; its table: ${absolute(urls.compareCsv(c.slug), site)}`,
  });
}
