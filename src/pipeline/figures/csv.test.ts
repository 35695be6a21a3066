import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIGURE_CSV_COLUMNS, figuresToCsv } from './csv.ts';
import { extractFigures } from './extract.ts';
import { loadLexicons } from '../lexicons.ts';

const NO_INDICATORS = { ...loadLexicons('data'), indicators: [] };

describe('figuresToCsv', () => {
  it('writes the documented header and one row per figure, quoting where needed', () => {
    const figures = extractFigures('申报高企108家，占比**%。', 'r', NO_INDICATORS);
    const csv = figuresToCsv(figures);
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    const rows = parsed.data.slice(1).map((r) => Object.fromEntries(FIGURE_CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(rows[0]).toMatchObject({
      report: 'r',
      value: '108',
      unit: '家',
      masked: 'false',
      sentence: '申报高企108家，占比**%。',
      sentence_n: '0',
      start: '4',
      end: '8',
    });
    expect(rows[1]).toMatchObject({ value: '', unit: '%', kind: 'actual', measure: 'share', masked: 'true' });
  });

  it('says what each figure counts: measure, the words that decided it, scope and series', () => {
    const lexicon = loadLexicons('data');
    const csv = figuresToCsv(extractFigures('申报国家高企108家，规上企业研发费用18.99亿元。', 'r', lexicon));
    const [, first, second] = Papa.parse<string[]>(csv.trim()).data.map((r) =>
      Object.fromEntries(FIGURE_CSV_COLUMNS.map((c, i) => [c, r[i]])),
    );
    expect(first).toMatchObject({
      measure: 'applied',
      measure_basis: '申报',
      measure_rule: 'cue',
      series: 'high_tech_enterprises|applied|-|actual|count',
    });
    expect(second).toMatchObject({
      measure: 'amount',
      measure_rule: 'default',
      scope: 'above_scale',
      series: 'rd_spending|amount|above_scale|actual|money',
    });
  });
});
