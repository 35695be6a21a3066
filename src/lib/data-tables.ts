// The downloadable tables: name → rows and columns, from the dataset.
import type { Dataset } from '../pipeline/types.ts';
import {
  figureRows,
  instrumentRows,
  paragraphRows,
  reportRows,
  themeRows,
  FIGURE_COLUMNS,
  INSTRUMENT_COLUMNS,
  PARAGRAPH_COLUMNS,
  REPORT_COLUMNS,
  THEME_COLUMNS,
} from '../pipeline/export/index.ts';

export const DATA_TABLES = [
  { name: 'reports', zh: '报告及其来源、地区、年份、数据质量', en: 'Reports with source, region, year, data quality' },
  {
    name: 'figures',
    zh: '全部数字，附原句、字符位置与链接',
    en: 'Every figure with its sentence, offsets and permalink',
  },
  { name: 'themes', zh: '各报告各主题的文字占比', en: 'Share of text per theme per report' },
  {
    name: 'instruments',
    zh: '各报告的政策工具提及次数与例句',
    en: 'Policy-instrument mentions per report, with an example',
  },
  { name: 'paragraphs', zh: '全部段落及其主题', en: 'Every paragraph with its themes' },
  {
    name: 'indicators',
    zh: '指标词表（名称、单位类别、同义词、主题）',
    en: 'Indicator lexicon: names, unit family, synonyms, theme',
  },
  {
    name: 'measures',
    zh: '口径词表（存量、新增、申报、比率……：定义与判定用词）',
    en: 'Measure vocabulary: what a figure counts (stock, new, applied, rate …), definitions and cue words',
  },
  {
    name: 'scopes',
    zh: '范围词表（规上、省级、国家级……）',
    en: 'Scope vocabulary: where a figure was counted (above-scale, provincial, national …)',
  },
  { name: 'theme-keywords', zh: '主题关键词表', en: 'Theme keyword lexicon' },
  { name: 'instrument-keywords', zh: '政策工具关键词表', en: 'Policy-instrument keyword lexicon' },
  { name: 'regions', zh: '地区（GB/T 2260 代码、中英文名、层级）', en: 'Regions: GB/T 2260 code, names, level' },
] as const;

const joinLists = <T extends object>(rows: readonly T[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : v])));

export function tableRows(ds: Dataset, name: string): { rows: readonly object[]; columns: string[] } {
  switch (name) {
    case 'reports':
      return { rows: reportRows(ds), columns: [...REPORT_COLUMNS] };
    case 'figures':
      return { rows: figureRows(ds), columns: [...FIGURE_COLUMNS] };
    case 'themes':
      return { rows: themeRows(ds), columns: [...THEME_COLUMNS] };
    case 'instruments':
      return { rows: instrumentRows(ds), columns: [...INSTRUMENT_COLUMNS] };
    case 'paragraphs':
      return { rows: paragraphRows(ds), columns: [...PARAGRAPH_COLUMNS] };
    case 'indicators':
      return {
        rows: joinLists(ds.indicators),
        columns: ['id', 'name_zh', 'name_en', 'unit_family', 'synonyms', 'theme'],
      };
    case 'measures':
      return {
        rows: joinLists(ds.measures),
        columns: ['id', 'applies_to', 'name_zh', 'name_en', 'definition_zh', 'definition_en', 'cues'],
      };
    case 'scopes':
      return {
        rows: joinLists(ds.scopes),
        columns: ['id', 'name_zh', 'name_en', 'definition_en', 'in_series', 'cues'],
      };
    case 'theme-keywords':
      return { rows: joinLists(ds.themes), columns: ['id', 'zh', 'en', 'keywords'] };
    case 'instrument-keywords':
      return { rows: joinLists(ds.instruments), columns: ['id', 'side', 'zh', 'en', 'keywords'] };
    case 'regions':
      return { rows: ds.regions, columns: ['code', 'name_zh', 'name_en', 'level', 'province', 'city'] };
    default:
      throw new Error(`unknown data table "${name}"`);
  }
}

/**
 * The table as published: every row carries the dataset version in a last
 * column, so a file that travels alone still says which release it is (a
 * comment line would break CSV readers; datapackage.json says it too).
 */
export function publishedTable(ds: Dataset, name: string, version: string): { rows: object[]; columns: string[] } {
  const { rows, columns } = tableRows(ds, name);
  return { rows: rows.map((r) => ({ ...r, dataset_version: version })), columns: [...columns, 'dataset_version'] };
}
