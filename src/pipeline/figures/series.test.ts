import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicons.ts';
import { comparableKey, seriesKey, unitFamily } from './series.ts';
import { measureLabel, measureText, scopeLabel } from '../../words/series-words.ts';

const vocab = loadLexicons('data');

describe('series', () => {
  it('keys a figure by indicator, measure, scope, kind and unit family', () => {
    const f = {
      indicator: 'high_tech_enterprises',
      measure: 'new',
      scope: 'provincial',
      kind: 'target' as const,
      unit: '家',
    };
    expect(seriesKey(f, vocab)).toBe('high_tech_enterprises|new|provincial|target|count');
    expect(seriesKey({ ...f, unit: '%' }, vocab)).toBe('high_tech_enterprises|new|provincial|target|percent');
    expect(seriesKey({ ...f, indicator: null }, vocab)).toBe(null);
    // 全市 in a city's report is the report's own territory: it does not split a series.
    expect(seriesKey({ ...f, scope: 'region_wide' }, vocab)).toBe('high_tech_enterprises|new|-|target|count');
  });

  it('pairs a target with a result only of the same series but for the kind', () => {
    const target = { indicator: 'rd_active_firms', measure: 'growth', scope: null, kind: 'target' as const, unit: '%' };
    const result = { indicator: 'rd_active_firms', measure: 'rate', scope: null, kind: 'actual' as const, unit: '%' };
    expect(comparableKey(target, vocab)).not.toBe(comparableKey(result, vocab));
    expect(comparableKey({ ...result, measure: 'growth' }, vocab)).toBe(comparableKey(target, vocab));
    expect(comparableKey({ ...target, indicator: null }, vocab)).toBe(null);
  });

  it('names unit families, with other for a unit it does not know', () => {
    expect([unitFamily('亿元'), unitFamily('个百分点'), unitFamily('人次'), unitFamily('')]).toEqual([
      'money',
      'change',
      'count',
      'other',
    ]);
  });

  it('labels measures and scopes in both languages, for charts', () => {
    expect(measureLabel('new', vocab)).toEqual({ zh: '新增（新认定）', en: 'new (added or certified)' });
    expect(measureLabel(null, vocab).en).toBe('unspecified');
    expect(scopeLabel('above_scale', vocab)).toEqual({ zh: '规上', en: 'above designated size' });
    const stock = { measure: 'stock', kind: 'actual' as const, scope: 'provincial' };
    expect(measureText({ ...stock, series: 'x|stock|provincial|actual|count' }, vocab)).toEqual({
      zh: '省级 存量（累计/有效）',
      en: 'provincial-level stock (total held)',
    });
    // 全市 in a city's report does not split the series, so it is not named.
    expect(measureText({ ...stock, scope: 'region_wide', series: 'x|stock|-|actual|count' }, vocab, true)).toEqual({
      zh: '存量',
      en: 'stock',
    });
    expect(measureText({ ...stock, kind: 'target', series: 'x|stock|provincial|target|count' }, vocab).zh).toBe(
      '省级 存量（累计/有效） · 目标',
    );
  });
});

describe('the vocabulary', () => {
  it('defines every measure in both languages, and the ones the rules rely on exist', () => {
    const ids = vocab.measures.map((m) => m.id);
    for (const id of [
      'stock',
      'new',
      'applied',
      'pool',
      'reexamined',
      'benefit',
      'milestone',
      'count',
      'total',
      'amount',
      'growth',
      'share',
      'rate',
      'rank',
      'per_item',
      'batches',
    ]) {
      expect(ids).toContain(id);
    }
    for (const m of vocab.measures) expect(m.name_zh && m.name_en && m.definition_zh && m.definition_en).toBeTruthy();
  });
});
