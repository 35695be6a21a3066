import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CurationRow, Figure } from '../types.ts';
import { applyCuration } from './apply.ts';
import { loadCuration } from './load.ts';
import { checkCurationMatches } from './unmatched.ts';
import { normaliseValue } from './money.ts';
import { loadLexicons } from '../lexicons.ts';

const LEXICONS = loadLexicons('data');

const HEADER = 'report,offset,action,field,value,note\n';
const dir = mkdtempSync(join(tmpdir(), 'curation-'));
function csvFile(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, HEADER + body);
  return path;
}

describe('loadCuration', () => {
  it('reads the shipped file', () => {
    expect(Array.isArray(loadCuration('data/curation.csv'))).toBe(true);
  });

  it('reads reject and correct rows, notes with commas included', () => {
    const path = csvFile(
      'ok.csv',
      'xinyi-2023-summary,1520,reject,,,"a date, not a count"\nxianju-2024-h1-summary-h2-plan,88,correct,value,4.61,typo in source\n',
    );
    expect(loadCuration(path)).toEqual([
      {
        line: 2,
        report: 'xinyi-2023-summary',
        offset: 1520,
        action: 'reject',
        field: '',
        value: '',
        note: 'a date, not a count',
      },
      {
        line: 3,
        report: 'xianju-2024-h1-summary-h2-plan',
        offset: 88,
        action: 'correct',
        field: 'value',
        value: '4.61',
        note: 'typo in source',
      },
    ]);
  });

  it.each([
    ['unknown action', 'r,10,delete,,,x', 'action', /"delete" is not one of reject, correct/],
    ['unknown field', 'r,10,correct,amount,3,x', 'field', /"amount" is not one of value, unit, kind, indicator/],
    ['non-integer offset', 'r,10.5,reject,,,x', 'offset', /"10.5" is not a non-negative integer/],
    ['negative offset', 'r,-3,reject,,,x', 'offset', /not a non-negative integer/],
    ['missing report', ',10,reject,,,x', 'report', /missing report id/],
    ['non-numeric value', 'r,10,correct,value,十,x', 'value', /"十" is not a number/],
    ['unknown kind', 'r,10,correct,kind,goal,x', 'value', /"goal" is not a figure kind/],
    ['missing note', 'r,10,reject,,,', 'note', /say why/],
    ['reject with a field', 'r,10,reject,value,3,x', 'field', /a reject row takes no field or value/],
  ])('rejects an %s naming file, line and field', (_name, row, field, message) => {
    const path = csvFile(`bad-${field}.csv`, `r,1,reject,,,fine\n${row}\n`);
    expect(() => loadCuration(path)).toThrow(`${path}:3: field "${field}":`);
    expect(() => loadCuration(path)).toThrow(message);
  });
});

function figure(over: Partial<Figure>): Figure {
  return {
    id: 'r-f0',
    report: 'r',
    n: 0,
    paragraph: 0,
    sentence_n: 0,
    sentence: '规上工业研发费4.61亿元',
    start: 100,
    end: 106,
    raw: '4.61亿元',
    value: 4.61,
    unit: '亿元',
    value_norm: 46100,
    unit_norm: '万元',
    kind: 'actual',
    qualifier: '',
    subject_qualifier: '',
    period: '',
    masked: false,
    indicator: 'rd_spending',
    label: '研发费',
    theme: 'rd',
    measure: 'amount',
    measure_basis: [],
    measure_rule: 'default',
    scope: 'above_scale',
    series: 'rd_spending|amount|above_scale|actual|money',
    ...over,
  };
}
const row = (over: Partial<CurationRow>): CurationRow => ({
  report: 'r',
  offset: 100,
  action: 'correct',
  field: 'value',
  value: '',
  note: 'n',
  ...over,
});

describe('applyCuration', () => {
  const figures = [
    figure({}),
    figure({ id: 'r-f1', n: 1, start: 200, raw: '86家', value: 86, unit: '家', value_norm: 86, unit_norm: '家' }),
  ];

  it('removes rejected figures and leaves the others untouched', () => {
    const { figures: out, applied } = applyCuration(
      figures,
      [row({ action: 'reject', offset: 200, field: '', note: 'a year' })],
      LEXICONS,
    );
    expect(out).toEqual([figures[0]]);
    expect(applied[0].applied).toBe(true);
  });

  it('corrects a value, recomputes 万元 and marks the figure as curated', () => {
    const { figures: out } = applyCuration(figures, [row({ value: '4.16', note: 'digits swapped' })], LEXICONS);
    expect(out[0]).toMatchObject({
      value: 4.16,
      value_norm: 41600,
      unit_norm: '万元',
      curation: { action: 'correct', note: 'digits swapped' },
    });
    expect(figures[0].value).toBe(4.61); // input not mutated
    expect(out[1]).toBe(figures[1]);
  });

  it('corrects a unit from 亿元 to 元, and kind and indicator', () => {
    const rows = [
      row({ field: 'unit', value: '元', note: 'u' }),
      row({ field: 'kind', value: 'target', note: 'k' }),
      row({ field: 'indicator', value: '', note: 'i' }),
    ];
    const { figures: out } = applyCuration(figures, rows, LEXICONS);
    expect(out[0]).toMatchObject({
      unit: '元',
      value_norm: 0.000461,
      unit_norm: '万元',
      kind: 'target',
      indicator: null,
      curation: { note: 'u; k; i' },
    });
  });

  it('reports a row that matches no figure as not applied', () => {
    const { figures: out, applied } = applyCuration(
      figures,
      [row({ offset: 999 }), row({ report: 'other' })],
      LEXICONS,
    );
    expect(out).toEqual(figures);
    expect(applied.map((a) => a.applied)).toEqual([false, false]);
  });

  it('does not count a correction to a rejected figure as applied', () => {
    const { figures: out, applied } = applyCuration(
      figures,
      [row({ value: '1' }), row({ action: 'reject', field: '' })],
      LEXICONS,
    );
    expect(out.map((f) => f.id)).toEqual(['r-f1']);
    expect(applied.map((a) => a.applied)).toEqual([false, true]);
  });
});

describe('normaliseValue', () => {
  it('converts money to 万元 and copies other units', () => {
    expect(normaliseValue(4.61, '亿元')).toEqual({ value_norm: 46100, unit_norm: '万元' });
    expect(normaliseValue(5672, '元')).toEqual({ value_norm: 0.5672, unit_norm: '万元' });
    expect(normaliseValue(814.37, '万元')).toEqual({ value_norm: 814.37, unit_norm: '万元' });
    expect(normaliseValue(null, '亿元')).toEqual({ value_norm: null, unit_norm: '万元' });
    expect(normaliseValue(86, '家')).toEqual({ value_norm: 86, unit_norm: '家' });
  });
});

describe('curation rows that match nothing', () => {
  const figure = { report: 'r', start: 10 } as Figure;
  const unmatched = (r: Partial<CurationRow>) => ({
    line: 4,
    report: 'r',
    offset: 10,
    action: 'reject' as const,
    field: '',
    value: '',
    note: 'n',
    applied: false,
    ...r,
  });
  it('fail naming the curation file line: an unknown report, an offset with no figure', () => {
    expect(() =>
      checkCurationMatches([unmatched({ report: 'nope' })], [figure], new Set(['r']), 'data/curation.csv'),
    ).toThrow('data/curation.csv:4: field "report": no report "nope" in the corpus');
    expect(() =>
      checkCurationMatches([unmatched({ offset: 12 })], [figure], new Set(['r']), 'data/curation.csv'),
    ).toThrow('data/curation.csv:4: field "offset": no figure of r starts at offset 12 (nearest figures start at 10)');
  });
  it('pass when every row applied', () => {
    expect(() =>
      checkCurationMatches([{ ...unmatched({}), applied: true }], [figure], new Set(['r']), 'c.csv'),
    ).not.toThrow();
  });
});
