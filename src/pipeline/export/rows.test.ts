import { loadMeasures, loadScopes } from '../figures/measures.ts';
import { assembleDataset } from '../dataset.ts';
import { assert, describe, expect, it } from 'vitest';
import { reportMetaSchema } from '../schema.ts';
import type { Dataset, Figure, Report } from '../types.ts';
import {
  FIGURE_COLUMNS,
  figureRows,
  INSTRUMENT_COLUMNS,
  instrumentRows,
  paragraphRows,
  REPORT_COLUMNS,
  reportRows,
  THEME_COLUMNS,
  themeRows,
} from './rows.ts';
import { toCsv } from './serialise.ts';

const meta = reportMetaSchema.parse({
  id: 'xianju-2024-h1-summary-h2-plan',
  title: '仙居县科技局2024年上半年工作总结和下半年工作计划',
  region: { code: '331024', name: '仙居县', province: '浙江省', city: '台州市', level: 'county' },
  region_basis: 'stated',
  years: [2024],
  year: 2024,
  period: 'H1+H2',
  doc_type: 'summary+plan',
  issuer: '仙居县科技局',
  source: { raw_file: '004_87709b1c34e14cd9.txt', published: '2024-08-05' },
  quality: { notes: ['site chrome removed', 'index table removed'] },
});
const report: Report = { meta, body: '', file: 'content/reports/xianju-2024-h1-summary-h2-plan.md' };
const id = meta.id;
/** Permalinks are absolute on the site's address (SITE_URL). */
const SITE = 'https://atlas.example.org';
const figure: Figure = {
  id: `${id}-f3`,
  report: id,
  n: 3,
  paragraph: 5,
  sentence_n: 9,
  sentence: '1-5月规上工业研发费4.61亿元，占营收比重3.78%，全市排名3；',
  start: 1200,
  end: 1206,
  raw: '4.61亿元',
  value: 4.61,
  unit: '亿元',
  value_norm: 46100,
  unit_norm: '万元',
  kind: 'actual',
  qualifier: '',
  subject_qualifier: '',
  period: '1-5月',
  masked: false,
  indicator: 'rd_spending',
  label: '研发费',
  theme: 'rd',
  measure: 'amount',
  measure_basis: [],
  measure_rule: 'default',
  scope: 'above_scale',
  series: 'rd_spending|amount|above_scale|actual|money',
  review: 'verified',
  in_series: true,
  same_as: null,
  also: [],
};

function dataset(over: Partial<Dataset> = {}): Dataset {
  return assembleDataset({
    reports: [report],
    paragraphs: [{ report: id, n: 5, kind: 'text', text: '1-5月规上工业研发费4.61亿元', start: 1190, end: 1230 }],
    sentences: [{ report: id, n: 9, paragraph: 5, start: 1190, end: 1230, text: figure.sentence }],
    figures: [figure],
    paragraphThemes: new Map([[`${id}#5`, [{ theme: 'rd', keywords: ['研发费'] }]]]),
    sentenceInstruments: new Map(),
    reportThemes: [{ report: id, theme: 'rd', chars: 120, share: 0.123456789, paragraphs: 4 }],
    reportInstruments: [{ report: id, instrument: 'env_goals', mentions: 7, example_sentence: 9 }],
    regions: [],
    indicators: [],
    themes: [{ id: 'rd', zh: '研发投入', en: 'R&D spending', keywords: ['研发费'] }],
    instruments: [{ id: 'env_goals', side: 'environment', zh: '目标规划', en: 'Goals and plans', keywords: ['力争'] }],
    measures: loadMeasures('data/measures.csv'),
    scopes: loadScopes('data/scopes.csv'),
    reviews: [],
    disagreements: [],
    releases: [{ version: '1.0.0', date: '2026-01-01', notes: [] }],
    published: { charts: [], figures: [] },
    sources: [{ file: '004_87709b1c34e14cd9.txt', published: '004_87709b1c34e14cd9.txt', bytes: 1000 }],
    ...over,
  });
}

describe('figureRows', () => {
  it('carries report id, region code, year, sentence, offsets and a permalink', () => {
    const [row] = figureRows(dataset(), SITE);
    assert(row, 'one row');
    expect(row).toMatchObject({
      id: `${id}-f3`,
      report: id,
      region_code: '331024',
      year: 2024,
      year_reliable: true,
      sentence: figure.sentence,
      start: 1200,
      end: 1206,
      value_norm: 46100,
      curation_note: null,
      permalink: `${SITE}/reports/${id}/#f-3`,
    });
    expect(Object.keys(row)).toEqual(FIGURE_COLUMNS);
  });

  it('keeps a curator note, and fails loudly on a figure of an unknown report', () => {
    const curated = { ...figure, curation: { note: 'unit fixed', reviewed: '2026-12-07' } };
    expect(figureRows(dataset({ figures: [curated] }), SITE)[0]?.curation_note).toBe('unit fixed');
    expect(() => figureRows(dataset({ figures: [{ ...figure, report: 'nowhere' }] }), SITE)).toThrow(
      /report "nowhere"/,
    );
  });
});

describe('reportRows', () => {
  it('flattens region, source and quality, with counts', () => {
    const [row] = reportRows(dataset(), SITE);
    assert(row, 'one row');
    expect(row).toMatchObject({
      id,
      region_code: '331024',
      region_name: '仙居县',
      province: '浙江省',
      city: '台州市',
      level: 'county',
      region_basis: 'stated',
      region_confidence: null,
      year: 2024,
      years: [2024],
      period: 'H1+H2',
      doc_type: 'summary+plan',
      raw_file: '004_87709b1c34e14cd9.txt',
      source_file: `${SITE}/sources/004_87709b1c34e14cd9.txt`,
      author: null,
      published: '2024-08-05',
      url: null,
      masked_figures: 0,
      quality_notes: ['site chrome removed', 'index table removed'],
      paragraphs: 1,
      figures: 1,
      permalink: `${SITE}/reports/${id}/`,
    });
    expect(Object.keys(row)).toEqual(REPORT_COLUMNS);
  });

  it('links the raw file by the name it is published under, and only when it is published', () => {
    const html = { file: '新沂 科技局.html', published: '新沂 科技局.html.txt', bytes: 10 };
    const meta = { ...report.meta, source: { ...report.meta.source, raw_file: html.file } };
    const [linked] = reportRows(dataset({ sources: [html], reports: [{ ...report, meta }] }), SITE);
    expect(linked?.source_file).toBe(`${SITE}/sources/${encodeURIComponent('新沂 科技局.html.txt')}`);
    const [absent] = reportRows(dataset({ sources: [] }), SITE);
    expect(absent?.raw_file).toBe('004_87709b1c34e14cd9.txt');
    expect(absent?.source_file).toBeNull();
  });
});

describe('themeRows and instrumentRows', () => {
  it('name the theme and round the share', () => {
    const [row] = themeRows(dataset());
    assert(row, 'one row');
    expect(row).toEqual({
      report: id,
      region_code: '331024',
      year: 2024,
      theme: 'rd',
      theme_zh: '研发投入',
      theme_en: 'R&D spending',
      chars: 120,
      share: 0.123457,
      paragraphs: 4,
    });
    expect(Object.keys(row)).toEqual(THEME_COLUMNS);
  });

  it('give the instrument side and its example sentence with a link', () => {
    const [row] = instrumentRows(dataset(), SITE);
    assert(row, 'one row');
    expect(row).toMatchObject({
      instrument: 'env_goals',
      side: 'environment',
      mentions: 7,
      example_text: figure.sentence,
      example_permalink: `${SITE}/reports/${id}/#s-9`,
    });
    expect(Object.keys(row)).toEqual(INSTRUMENT_COLUMNS);
  });
});

describe('paragraphRows', () => {
  it('lists themes and the keywords behind them', () => {
    expect(paragraphRows(dataset(), SITE)[0]).toMatchObject({
      n: 5,
      themes: ['rd'],
      theme_keywords: ['rd:研发费'],
      permalink: `${SITE}/reports/${id}/#p-5`,
    });
  });
});

describe('rows to CSV', () => {
  it('produce one line per figure with the sentence quoted where needed', () => {
    const csv = toCsv(figureRows(dataset(), SITE), FIGURE_COLUMNS);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${id}-f3,${id},331024,2024,true,3,5,9,`);
  });
});
