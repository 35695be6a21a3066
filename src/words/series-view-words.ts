// What a series can and cannot show, in words, stated once for the series
// view, its chart, the indicator page and home: how many regions, how many
// years, and whether any region has two years (a time series) at all. Titles
// take their promise from here, so none says 历年 when no region has two years.
import type { Bilingual } from '../core/bilingual.ts';

/** How much time a series spans, region by region. */
export interface SeriesYears {
  /** Regions with a figure (an unidentified region counts as one). */
  regions: number;
  /** Distinct years over all regions. */
  years: number;
  /** Regions with values in two or more years: the ones a line can be drawn for. */
  multiYearRegions: number;
  /** First and last year; null for an empty series. */
  first: number | null;
  last: number | null;
}

const span = (y: SeriesYears, en = false) =>
  y.first === null ? '' : y.first === y.last ? `${y.first}` : `${y.first}${en ? '–' : '—'}${y.last}`;

/** The chart title's promise: by region (one year each) or by region and year (when some region has two). */
export function seriesChartTitle(title: Bilingual, y: SeriesYears): Bilingual {
  return y.multiYearRegions > 0
    ? { zh: `${title.zh}：各地区历年的数字`, en: `${title.en}: by region, over the years` }
    : { zh: `${title.zh}：各地区的数字`, en: `${title.en}: by region` };
}

/** One plain sentence on what the series can show. */
export function yearsStatement(y: SeriesYears): Bilingual {
  if (y.multiYearRegions === 0)
    return {
      zh: `本系列有 ${y.regions} 个地区的数字（${span(y)}），每个地区只有一个年份：没有一个地区有两年的数字，所以只能比较地区之间，看不出任何地区的变化。`,
      en: `This series holds figures from ${y.regions} region(s) (${span(y, true)}), one year each: no region has figures for two years, so regions can be compared with each other but no change over time can be seen.`,
    };
  const single = y.regions - y.multiYearRegions;
  return {
    zh: `本系列有 ${y.regions} 个地区、${y.years} 个年份（${span(y)}）的数字；其中 ${y.multiYearRegions} 个地区有两年或以上的数字，画成折线${single > 0 ? `，其余 ${single} 个地区只有一年，画成点` : ''}。`,
    en: `This series holds figures from ${y.regions} region(s) over ${y.years} year(s) (${span(y, true)}); ${y.multiYearRegions} region(s) have two or more years, drawn as lines${single > 0 ? `, the other ${single} have one year, drawn as dots` : ''}.`,
  };
}

/** The same, short, for a chart's subtitle (an embed carries it): how many regions and whether any has two years. */
export function yearsNote(y: SeriesYears): Bilingual {
  return y.multiYearRegions === 0
    ? {
        zh: `${y.regions} 个地区各一年（${span(y)}），看不出变化。`,
        en: `${y.regions} region(s), one year each (${span(y, true)}): no change can be seen.`,
      }
    : {
        zh: `${y.regions} 个地区（${span(y)}），${y.multiYearRegions} 个有两年以上，画成折线。`,
        en: `${y.regions} region(s) (${span(y, true)}); ${y.multiYearRegions} with two or more years, drawn as lines.`,
      };
}

/** Counts for a list entry: "3 个地区 · 1 个年份 · 3 个数字". */
export function seriesCounts(y: SeriesYears, figures: number): Bilingual {
  return {
    zh: `${y.regions} 个地区 · ${y.years} 个年份 · ${figures} 个数字`,
    en: `${y.regions} region(s) · ${y.years} year(s) · ${figures} figure(s)`,
  };
}

/** For a page over many series: whether any has a region with two years. */
export function corpusYearsStatement(multiYearSeries: number, series: number): Bilingual {
  return multiYearSeries === 0
    ? {
        zh: `目前没有一个系列有同一地区两个年份的数字（每个地区只收了一份报告），所以还看不出任何地区的变化，只能比较地区之间。`,
        en: `No series yet has figures for two years from one region (each region has one report so far), so no change over time can be seen yet; regions can only be compared with each other.`,
      }
    : {
        zh: `${series} 个系列中有 ${multiYearSeries} 个有同一地区两个年份以上的数字。`,
        en: `${multiYearSeries} of ${series} series have figures for two or more years from one region.`,
      };
}

/** Labels of the series view's tabs, picker and downloads. */
export const SERIES_VIEW_WORDS = {
  chart: { zh: '图表', en: 'Chart' },
  table: { zh: '表格', en: 'Table' },
  map: { zh: '地图', en: 'Map' },
  pick: { zh: '选择地区', en: 'Pick regions' },
  find: { zh: '按中文、拼音或英文查找地区', en: 'Find a region by Chinese, pinyin or English name' },
  /** The finder's example, in the three ways a region can be typed. */
  findExample: '宁波 / ningbo / Ningbo',
  findNone: { zh: '没有匹配的地区', en: 'No region matches' },
  showAll: { zh: '显示全部', en: 'Show all' },
  displayedCsv: { zh: '当前显示的数据 CSV', en: 'CSV of the rows shown' },
  fullCsv: { zh: '本系列全部数据 CSV', en: 'CSV of the whole series' },
  readme: { zh: '数据说明', en: 'About the data (README)' },
  redacted: { zh: '已遮蔽', en: 'redacted' },
  verified: { zh: '已核对', en: 'verified' },
} as const;
