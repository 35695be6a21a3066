// Curation at the level of series: a curator sets a figure's measure, scope
// or indicator, its series follows; the review list shows what weak rules decided.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndicators } from '../figures/lexicon.ts';
import type { CurationRow, Figure } from '../types.ts';
import { applyCuration } from './apply.ts';
import { loadCuration } from './load.ts';
import { reviewList } from '../../authoring/review/figure-review.ts';
import { REPOSITORY_DIRS } from '../dataset.ts';
import { loadLexicons } from '../lexicons.ts';

const LEXICONS = loadLexicons('data');

const lexicon = loadIndicators('data/indicators.csv');

function figure(over: Partial<Figure>): Figure {
  return {
    id: 'r-f0',
    report: 'r',
    n: 0,
    paragraph: 0,
    sentence_n: 0,
    sentence: '全市高企达到183家。',
    start: 100,
    end: 104,
    raw: '183家',
    value: 183,
    unit: '家',
    value_norm: 183,
    unit_norm: '家',
    kind: 'actual',
    qualifier: '',
    subject_qualifier: '',
    period: '',
    masked: false,
    indicator: 'high_tech_enterprises',
    label: '高企',
    theme: 'enterprise',
    measure: 'count',
    measure_basis: [],
    measure_rule: 'default',
    scope: null,
    series: 'high_tech_enterprises|count|-|actual|count',
    ...over,
  };
}
const row = (over: Partial<CurationRow>): CurationRow => ({
  report: 'r',
  offset: 100,
  action: 'correct',
  field: 'measure',
  value: 'stock',
  note: 'n',
  ...over,
});

describe('curating measures and series', () => {
  it('a measure set by a curator moves the figure to that series and is no longer a weak rule', () => {
    const {
      figures: [f],
    } = applyCuration([figure({})], [row({})], LEXICONS);
    expect(f).toMatchObject({
      measure: 'stock',
      measure_basis: ['curation'],
      measure_rule: 'cue',
      series: 'high_tech_enterprises|stock|-|actual|count',
    });
    expect(reviewList([f], lexicon, [row({})])).toEqual([]);
  });

  it('a scope or indicator correction recomputes the series; no indicator, no series', () => {
    const {
      figures: [f],
    } = applyCuration([figure({})], [row({ field: 'scope', value: 'provincial' })], LEXICONS);
    expect(f.series).toBe('high_tech_enterprises|count|provincial|actual|count');
    const {
      figures: [g],
    } = applyCuration([figure({})], [row({ field: 'indicator', value: '' })], LEXICONS);
    expect(g).toMatchObject({ indicator: null, series: null });
  });

  it('rejects a measure, scope or indicator that is not in the vocabulary, naming file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curation-series-'));
    const path = join(dir, 'c.csv');
    writeFileSync(
      path,
      'report,offset,action,field,value,note\nr,1,correct,measure,stock,ok\nr,2,correct,measure,stocks,typo\n',
    );
    const known = { indicator: ['high_tech_enterprises'], measure: ['stock', 'new'], scope: ['provincial'] };
    expect(() => loadCuration(path, known)).toThrow(
      `${path}:3: field "value": "stocks" is not a measure id (data/measures.csv)`,
    );
    writeFileSync(path, 'report,offset,action,field,value,note\nr,1,correct,scope,county,x\n');
    expect(() => loadCuration(path, known)).toThrow(/"county" is not a scope id/);
  });
});

describe('reviewList', () => {
  it('lists a defaulted measure, a missing indicator and one taken from the context, with the reasons', () => {
    const items = reviewList(
      [
        figure({ id: 'a' }),
        figure({ id: 'b', indicator: null, measure: 'new', measure_rule: 'cue', measure_basis: ['新增'] }),
        figure({ id: 'c', label: '企业', measure: 'new', measure_rule: 'cue', measure_basis: ['新增'] }),
        figure({ id: 'd', label: '高企', measure: 'new', measure_rule: 'cue', measure_basis: ['新增'] }),
      ],
      lexicon,
    );
    expect(items.map((i) => [i.figure.id, i.reasons])).toEqual([
      ['a', ['measure-default']],
      ['b', ['indicator-none']],
      ['c', ['indicator-context']],
    ]);
  });

  it('over the corpus, every figure whose measure was defaulted is listed', async () => {
    const { loadDataset } = await import('../dataset.ts');
    const ds = loadDataset(REPOSITORY_DIRS);
    const listed = new Set(reviewList(ds.figures, ds.indicators, ds.curation).map((i) => i.figure.id));
    const defaulted = ds.figures.filter((f) => f.measure_rule === 'default');
    expect(defaulted.length).toBeGreaterThan(0);
    for (const f of defaulted) expect(listed.has(f.id)).toBe(true);
  });
});
