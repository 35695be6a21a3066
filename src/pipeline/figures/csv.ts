// Figures as CSV (the `extract` CLI's output), written with papaparse.
import Papa from 'papaparse';
import type { Figure } from '../types.ts';

export const FIGURE_CSV_COLUMNS = [
  'report',
  'indicator',
  'label',
  'value',
  'unit',
  'value_norm',
  'unit_norm',
  'kind',
  'qualifier',
  'subject_qualifier',
  'period',
  'masked',
  'sentence',
  'sentence_n',
  'start',
  'end',
  'theme',
  'measure',
  'measure_basis',
  'measure_rule',
  'scope',
  'series',
  'value_low',
  'rank_of',
  'rank_among',
] as const;

export function figuresToCsv(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.report,
    f.indicator ?? '',
    f.label,
    f.value ?? '',
    f.unit,
    f.value_norm ?? '',
    f.unit_norm,
    f.kind,
    f.qualifier,
    f.subject_qualifier,
    f.period,
    f.masked,
    f.sentence,
    f.sentence_n,
    f.start,
    f.end,
    f.theme ?? '',
    f.measure ?? '',
    f.measure_basis.join('|'),
    f.measure_rule,
    f.scope ?? '',
    f.series ?? '',
    f.value_low ?? '',
    f.rank_of ?? '',
    f.rank_among ?? '',
  ]);
  return Papa.unparse({ fields: [...FIGURE_CSV_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
