// The published tables, each defined once: its name, its columns in order,
// each column's type and meaning, and the keys that tie the tables together.
// The CSV, JSON and xlsx files, the Frictionless schema in datapackage.json
// and the column lists on /data/ are all written from these definitions, so
// a column cannot be typed one way in one file and another way in the next.
import {
  CONFIDENCES,
  DOC_TYPES,
  FIGURE_KINDS,
  LEVELS,
  PERIODS,
  REGION_BASES,
  MEASURE_RULES,
} from '../../core/codes.ts';

/** Table Schema types the tables use (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldDef {
  /** Column name: the CSV and xlsx header, the JSON key. */
  name: string;
  /** Type of one value; a list column holds several (see `list`). */
  type: FieldType;
  /** What the column holds, in English, for datapackage.json and /data/. */
  description: string;
  /** Several values: an array in JSON, joined by LIST_SEPARATOR in CSV and xlsx (typed `string` there). */
  list?: true;
  /** Never empty. */
  required?: true;
  /** The only values allowed. */
  enum?: readonly string[];
  /** A regular expression every value matches (a GB/T 2260 code, a semantic version). */
  pattern?: string;
}

export interface ForeignKey {
  /** Columns of this table. */
  fields: string[];
  /** The table and columns they refer to. */
  reference: { resource: string; fields: string[] };
}

export interface TableDef {
  /** File name without extension: /data/<name>.csv. */
  name: string;
  /** What the table holds, in Chinese and English. */
  title: { zh: string; en: string };
  /** Columns, in file order. */
  fields: readonly FieldDef[];
  /** Columns that identify a row. */
  primaryKey: string[];
  /** Columns whose values are keys of another table. */
  foreignKeys?: ForeignKey[];
}

/** Joins the values of a list column in CSV and xlsx cells (no value contains it: ids, years, words of the text). */
export const LIST_SEPARATOR = '|';

const GB_CODE = '^[0-9]{6}$';
const id = (description: string): FieldDef => ({ name: 'id', type: 'string', required: true, description });
const report = (): FieldDef => ({
  name: 'report',
  type: 'string',
  required: true,
  description: 'Report id (reports.csv id).',
});
const regionCode = (): FieldDef => ({
  name: 'region_code',
  type: 'string',
  pattern: GB_CODE,
  description:
    "The report's GB/T 2260 region code, six digits, a code not a number (read it as text); empty when the region is unidentified.",
});
const year = (): FieldDef => ({
  name: 'year',
  type: 'integer',
  required: true,
  description: 'Year the report is filed under.',
});
/** An absolute http(s) address (a pattern rather than format "uri": validators differ on which hosts a URI may name). */
const uri = (name: string, description: string, required = true): FieldDef => ({
  name,
  type: 'string',
  pattern: '^https?://\\S+$',
  ...(required ? { required: true as const } : {}),
  description,
});
const toReport = (): ForeignKey => ({ fields: ['report'], reference: { resource: 'reports', fields: ['id'] } });

/** The last column of every table: the release the file belongs to, so a file that travels alone still says it. */
export const VERSION_FIELD: FieldDef = {
  name: 'dataset_version',
  type: 'string',
  required: true,
  pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$',
  description: 'Dataset release this row belongs to (data/CHANGELOG.md; datapackage.json version).',
};

const REPORTS: TableDef = {
  name: 'reports',
  title: { zh: '报告及其来源、地区、年份、数据质量', en: 'Reports with source, region, year, data quality' },
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['region_code'], reference: { resource: 'regions', fields: ['code'] } }],
  fields: [
    id('Report id: a lower-case slug, stable (the page is /reports/<id>/).'),
    { name: 'title', type: 'string', required: true, description: 'Title as the source gives it, in Chinese.' },
    { name: 'title_en', type: 'string', description: 'English title.' },
    regionCode(),
    {
      name: 'region_name',
      type: 'string',
      description: 'Region name as the report writes it; empty when unidentified.',
    },
    { name: 'province', type: 'string', description: 'Province the region lies in.' },
    { name: 'city', type: 'string', description: 'Prefecture-level city of a district or county.' },
    { name: 'level', type: 'string', enum: LEVELS, description: 'Administrative level of the region.' },
    {
      name: 'region_basis',
      type: 'string',
      required: true,
      enum: REGION_BASES,
      description: 'How the region is known: stated in the text, inferred by the curator from clues, or unknown.',
    },
    {
      name: 'region_confidence',
      type: 'string',
      enum: CONFIDENCES,
      description: "The curator's confidence in an inferred region.",
    },
    { name: 'region_evidence', type: 'string', list: true, description: 'The clues an inferred region rests on.' },
    year(),
    { name: 'years', type: 'integer', list: true, required: true, description: 'Every year the report covers.' },
    { name: 'period', type: 'string', required: true, enum: PERIODS, description: 'Part of the year covered.' },
    {
      name: 'year_reliable',
      type: 'boolean',
      required: true,
      description: 'false when the year is the curator’s estimate (the source masked or rewrote its years).',
    },
    { name: 'doc_type', type: 'string', required: true, enum: DOC_TYPES, description: 'Kind of report.' },
    { name: 'issuer', type: 'string', required: true, description: 'The bureau that issued the report.' },
    { name: 'raw_file', type: 'string', required: true, description: 'File name of the raw scrape.' },
    uri('source_file', 'Address of the raw scrape, published byte for byte.'),
    { name: 'part', type: 'integer', required: true, description: 'Which report of the raw file this is, from 1.' },
    { name: 'parts', type: 'integer', required: true, description: 'How many reports the raw file holds.' },
    { name: 'site', type: 'string', description: 'Site the raw file was scraped from.' },
    { name: 'author', type: 'string', description: 'Who wrote the text when not the issuer (a news outlet).' },
    uri('url', 'Address of the source page, when known.', false),
    { name: 'published', type: 'date', description: 'Date the source was published.' },
    { name: 'retrieved', type: 'date', description: 'Date the source was scraped.' },
    { name: 'masked_figures', type: 'integer', required: true, description: 'Figures the source masks (**家).' },
    { name: 'rewritten_years', type: 'boolean', required: true, description: 'true when the source rewrote years.' },
    { name: 'gaps', type: 'integer', required: true, description: 'Gaps between truncated page fragments.' },
    { name: 'garbled', type: 'integer', required: true, description: 'Unrecoverable garbled runs kept visible.' },
    {
      name: 'converted_traditional',
      type: 'boolean',
      required: true,
      description: 'true when the text was converted from traditional characters.',
    },
    { name: 'quality_notes', type: 'string', list: true, description: "The curator's notes." },
    { name: 'paragraphs', type: 'integer', required: true, description: 'Paragraphs in paragraphs.csv.' },
    { name: 'figures', type: 'integer', required: true, description: 'Figures in figures.csv.' },
    uri('permalink', "The report's page."),
  ],
};

const FIGURES: TableDef = {
  name: 'figures',
  title: { zh: '全部数字，附原句、字符位置与链接', en: 'Every figure with its sentence, offsets and permalink' },
  primaryKey: ['id'],
  foreignKeys: [
    toReport(),
    { fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } },
    { fields: ['theme'], reference: { resource: 'theme-keywords', fields: ['id'] } },
    { fields: ['measure'], reference: { resource: 'measures', fields: ['id'] } },
    { fields: ['scope'], reference: { resource: 'scopes', fields: ['id'] } },
  ],
  fields: [
    id('Figure id, <report>-f<n>.'),
    report(),
    regionCode(),
    year(),
    {
      name: 'year_reliable',
      type: 'boolean',
      required: true,
      description: "false when the report's year is the curator's estimate.",
    },
    { name: 'n', type: 'integer', required: true, description: 'Figure number in the report: the anchor #f-<n>.' },
    { name: 'paragraph', type: 'integer', required: true, description: 'Paragraph number (paragraphs.csv n).' },
    { name: 'sentence_n', type: 'integer', required: true, description: 'Sentence number in the report.' },
    {
      name: 'sentence',
      type: 'string',
      required: true,
      description: 'The sentence quoted: whole up to 300 characters, else 300 around the figure.',
    },
    {
      name: 'start',
      type: 'integer',
      required: true,
      description: "Offset of the figure's first character in the text.",
    },
    { name: 'end', type: 'integer', required: true, description: 'Offset just after its last character.' },
    { name: 'raw', type: 'string', required: true, description: 'The figure as written (4.8万余家, **家).' },
    { name: 'value', type: 'number', description: 'The number; empty when masked.' },
    { name: 'unit', type: 'string', description: 'Unit as written (家, 亿元, %).' },
    { name: 'value_norm', type: 'number', description: 'Money in 万元; other units as value.' },
    { name: 'unit_norm', type: 'string', description: 'Unit of value_norm.' },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: FIGURE_KINDS,
      description: 'Achieved or promised (target); a growth, share or rank says so in measure.',
    },
    { name: 'qualifier', type: 'string', description: '余 多 以上 近 … as written.' },
    { name: 'subject_qualifier', type: 'string', description: '新增 累计 有效 申报 … as written.' },
    { name: 'period', type: 'string', description: 'Period stated with the figure (1-5月, 上半年).' },
    { name: 'masked', type: 'boolean', required: true, description: 'true when the source hid the number (**家).' },
    { name: 'indicator', type: 'string', description: 'Indicator id (indicators.csv).' },
    { name: 'label', type: 'string', description: 'The words the figure counts.' },
    { name: 'theme', type: 'string', description: 'Theme id (theme-keywords.csv).' },
    { name: 'curation_note', type: 'string', description: "The curator's note when data/curation.csv corrected it." },
    uri('permalink', 'The figure in its report: #f-<n> on the report page.'),
    { name: 'measure', type: 'string', description: 'What exactly it counts: a measure id (measures.csv).' },
    {
      name: 'measure_basis',
      type: 'string',
      list: true,
      description: 'Words of the sentence that decided the measure.',
    },
    {
      name: 'measure_rule',
      type: 'string',
      required: true,
      enum: [...MEASURE_RULES],
      description:
        'How the measure was decided: a cue word, the unit, the clause structure (a list, a 其中 part, a 分别 pairing), or a default or weak rule.',
    },
    { name: 'scope', type: 'string', description: 'Where it was counted: a scope id (scopes.csv).' },
    {
      name: 'series',
      type: 'string',
      description: 'indicator|measure|scope|kind|unit family: figures of one series may be compared.',
    },
    {
      name: 'value_low',
      type: 'number',
      description: 'For a range written as such (3—5项): its lower end; value holds the upper.',
    },
    {
      name: 'rank_of',
      type: 'string',
      description: 'For a rank: what was ranked (the level itself, or its growth).',
    },
    {
      name: 'rank_among',
      type: 'string',
      description: 'For a rank: among whom (全市, 全省, 全国, 副省级城市 …), as the text says.',
    },
    {
      name: 'review',
      type: 'string',
      required: true,
      enum: ['verified', 'machine'],
      description:
        'verified: a curator checked every label (data/curation.csv); machine: the rules’ first pass, not yet checked.',
    },
    {
      name: 'in_series',
      type: 'boolean',
      required: true,
      description:
        "false for a verified figure that is not its series' value (a part of a whole, one of several): off charts and comparisons.",
    },
    { name: 'same_as', type: 'string', description: 'The id of the figure this one states again (the same fact).' },
  ],
};

const THEMES: TableDef = {
  name: 'themes',
  title: { zh: '各报告各主题的文字占比', en: 'Share of text per theme per report' },
  primaryKey: ['report', 'theme'],
  foreignKeys: [toReport(), { fields: ['theme'], reference: { resource: 'theme-keywords', fields: ['id'] } }],
  fields: [
    report(),
    regionCode(),
    year(),
    { name: 'theme', type: 'string', required: true, description: 'Theme id (theme-keywords.csv).' },
    { name: 'theme_zh', type: 'string', description: 'Theme name in Chinese.' },
    { name: 'theme_en', type: 'string', description: 'Theme name in English.' },
    { name: 'chars', type: 'integer', required: true, description: 'Characters of text on the theme.' },
    { name: 'share', type: 'number', required: true, description: "Share of the report's text, 0 to 1." },
    { name: 'paragraphs', type: 'integer', required: true, description: 'Paragraphs on the theme.' },
  ],
};

const INSTRUMENTS: TableDef = {
  name: 'instruments',
  title: { zh: '各报告的政策工具提及次数与例句', en: 'Policy-instrument mentions per report, with an example' },
  primaryKey: ['report', 'instrument'],
  foreignKeys: [toReport(), { fields: ['instrument'], reference: { resource: 'instrument-keywords', fields: ['id'] } }],
  fields: [
    report(),
    regionCode(),
    year(),
    { name: 'instrument', type: 'string', required: true, description: 'Instrument id (instrument-keywords.csv).' },
    {
      name: 'side',
      type: 'string',
      enum: ['supply', 'environment', 'demand'],
      description: 'Supply, environment or demand side.',
    },
    { name: 'instrument_zh', type: 'string', description: 'Instrument name in Chinese.' },
    { name: 'instrument_en', type: 'string', description: 'Instrument name in English.' },
    { name: 'mentions', type: 'integer', required: true, description: 'Sentences that mention it.' },
    { name: 'example_sentence', type: 'integer', required: true, description: 'Number of an example sentence.' },
    { name: 'example_text', type: 'string', description: 'The example sentence.' },
    uri('example_permalink', 'The example sentence on the report page (#s-<n>).'),
  ],
};

const PARAGRAPHS: TableDef = {
  name: 'paragraphs',
  title: { zh: '全部段落及其主题', en: 'Every paragraph with its themes' },
  primaryKey: ['report', 'n'],
  foreignKeys: [toReport()],
  fields: [
    report(),
    { name: 'n', type: 'integer', required: true, description: 'Paragraph number: the anchor #p-<n>.' },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: ['heading', 'text', 'gap'],
      description: 'text, a heading, or a gap where the source is missing text.',
    },
    { name: 'level', type: 'integer', description: 'Heading level 1–3.' },
    { name: 'start', type: 'integer', required: true, description: 'Offset of its first character in the text.' },
    { name: 'end', type: 'integer', required: true, description: 'Offset just after its last character.' },
    {
      name: 'text',
      type: 'string',
      required: true,
      description: 'The text, exactly the report between start and end.',
    },
    { name: 'themes', type: 'string', list: true, description: 'Theme ids it is about.' },
    {
      name: 'theme_keywords',
      type: 'string',
      list: true,
      description: 'Per theme, <theme>:<keyword>,<keyword> — the words that fired.',
    },
    uri('permalink', 'The paragraph on the report page (#p-<n>).'),
  ],
};

const INDICATORS: TableDef = {
  name: 'indicators',
  title: {
    zh: '指标词表（名称、单位类别、同义词、主题）',
    en: 'Indicator lexicon: names, unit family, synonyms, theme',
  },
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['theme'], reference: { resource: 'theme-keywords', fields: ['id'] } }],
  fields: [
    id('Indicator id.'),
    { name: 'name_zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'name_en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'unit_family', type: 'string', required: true, description: 'count, money, percent …' },
    { name: 'synonyms', type: 'string', list: true, description: 'Words that name it in the reports.' },
    { name: 'theme', type: 'string', description: 'Theme id.' },
  ],
};

const MEASURES: TableDef = {
  name: 'measures',
  title: {
    zh: '口径词表（存量、新增、申报、比率……：定义与判定用词）',
    en: 'Measure vocabulary: what a figure counts (stock, new, applied, rate …), definitions and cue words',
  },
  primaryKey: ['id'],
  fields: [
    id('Measure id.'),
    { name: 'applies_to', type: 'string', list: true, description: 'Unit families it applies to.' },
    { name: 'name_zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'name_en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'definition_zh', type: 'string', description: 'Definition in Chinese.' },
    { name: 'definition_en', type: 'string', description: 'Definition in English.' },
    { name: 'cues', type: 'string', list: true, description: 'Words that decide it; none for a default.' },
  ],
};

const SCOPES: TableDef = {
  name: 'scopes',
  title: {
    zh: '范围词表（规上、省级、国家级……）',
    en: 'Scope vocabulary: where a figure was counted (above-scale, provincial, national …)',
  },
  primaryKey: ['id'],
  fields: [
    id('Scope id.'),
    { name: 'name_zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'name_en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'definition_en', type: 'string', description: 'Definition in English.' },
    {
      name: 'in_series',
      type: 'boolean',
      required: true,
      description: 'false when it means the same as an unstated scope, so it does not split a series.',
    },
    { name: 'cues', type: 'string', list: true, description: 'Words that decide it.' },
  ],
};

const THEME_KEYWORDS: TableDef = {
  name: 'theme-keywords',
  title: { zh: '主题关键词表', en: 'Theme keyword lexicon' },
  primaryKey: ['id'],
  fields: [
    id('Theme id.'),
    { name: 'zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'keywords', type: 'string', list: true, description: 'Words that place a paragraph in the theme.' },
  ],
};

const INSTRUMENT_KEYWORDS: TableDef = {
  name: 'instrument-keywords',
  title: { zh: '政策工具关键词表', en: 'Policy-instrument keyword lexicon' },
  primaryKey: ['id'],
  fields: [
    id('Instrument id.'),
    {
      name: 'side',
      type: 'string',
      required: true,
      enum: ['supply', 'environment', 'demand'],
      description: 'Supply, environment or demand side (Rothwell & Zegveld).',
    },
    { name: 'zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'keywords', type: 'string', list: true, description: 'Words that mark a sentence as using it.' },
  ],
};

const REGIONS: TableDef = {
  name: 'regions',
  title: { zh: '地区（GB/T 2260 代码、中英文名、层级）', en: 'Regions: GB/T 2260 code, names, level' },
  primaryKey: ['code'],
  fields: [
    {
      name: 'code',
      type: 'string',
      required: true,
      pattern: GB_CODE,
      description: 'GB/T 2260 code, six digits (text, not a number).',
    },
    { name: 'name_zh', type: 'string', required: true, description: 'Name in Chinese.' },
    { name: 'name_en', type: 'string', required: true, description: 'Name in English.' },
    { name: 'level', type: 'string', required: true, enum: LEVELS, description: 'Administrative level.' },
    { name: 'province', type: 'string', required: true, description: 'Province it lies in.' },
    { name: 'city', type: 'string', description: 'Prefecture-level city of a district or county.' },
  ],
};

/** Every published table, in the order /data/ and datapackage.json list them. */
export const TABLES: readonly TableDef[] = [
  REPORTS,
  FIGURES,
  THEMES,
  INSTRUMENTS,
  PARAGRAPHS,
  INDICATORS,
  MEASURES,
  SCOPES,
  THEME_KEYWORDS,
  INSTRUMENT_KEYWORDS,
  REGIONS,
];

export type TableName =
  | 'reports'
  | 'figures'
  | 'themes'
  | 'instruments'
  | 'paragraphs'
  | 'indicators'
  | 'measures'
  | 'scopes'
  | 'theme-keywords'
  | 'instrument-keywords'
  | 'regions';

export function tableDef(name: string): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`unknown data table "${name}"`);
  return def;
}

/** A table's columns as published: its own, then dataset_version. */
export const publishedFields = (def: TableDef): FieldDef[] => [...def.fields, VERSION_FIELD];

export const fieldNames = (def: TableDef): string[] => def.fields.map((f) => f.name);

/**
 * One series as its view publishes it (/data/series/<indicator>/<slug>.csv,
 * and the "displayed" CSV the view writes of the regions picked): every
 * verified figure of the series with its region, year, value, verified state,
 * sentence and permalink. Not a table of the package: one file per series.
 */
export const SERIES_TABLE: TableDef = {
  name: 'series',
  title: { zh: '一个系列的全部数字，附原句与链接', en: 'Every figure of one series with its sentence and permalink' },
  primaryKey: ['figure'],
  fields: [
    { name: 'figure', type: 'string', required: true, description: 'Figure id (figures.csv id).' },
    { name: 'indicator', type: 'string', required: true, description: 'Indicator id (indicators.csv).' },
    {
      name: 'series',
      type: 'string',
      required: true,
      description: 'indicator|measure|scope|kind|scale: the series the figure is a value of.',
    },
    { name: 'measure', type: 'string', description: 'What exactly it counts: a measure id (measures.csv).' },
    { name: 'scope', type: 'string', description: 'Where it was counted: a scope id (scopes.csv); empty when unsaid.' },
    { name: 'kind', type: 'string', required: true, enum: FIGURE_KINDS, description: 'Achieved or promised (target).' },
    regionCode(),
    { name: 'region', type: 'string', required: true, description: 'Region name in Chinese (地区不明 when unknown).' },
    { name: 'region_en', type: 'string', required: true, description: 'Region name in English.' },
    year(),
    {
      name: 'year_reliable',
      type: 'boolean',
      required: true,
      description: "false when the report's year is the curator's estimate (约2012).",
    },
    { name: 'raw', type: 'string', required: true, description: 'The figure as written (183家, **家, 第一).' },
    {
      name: 'value',
      type: 'number',
      description: 'The number as comparable in the series (money in 万元); empty when masked.',
    },
    { name: 'unit', type: 'string', description: 'Unit of value.' },
    { name: 'masked', type: 'boolean', required: true, description: 'true when the source hid the number.' },
    {
      name: 'review',
      type: 'string',
      required: true,
      enum: ['verified'],
      description: 'verified: checked by a curator (a series holds verified figures only).',
    },
    report(),
    { name: 'n', type: 'integer', required: true, description: 'Figure number in the report: the anchor #f-<n>.' },
    uri('permalink', 'The figure in its report: #f-<n> on the report page.'),
    { name: 'sentence', type: 'string', required: true, description: 'The sentence the figure stands in, quoted.' },
  ],
};
