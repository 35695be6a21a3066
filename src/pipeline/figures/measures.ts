// The measure and scope vocabularies (data/measures.csv, data/scopes.csv):
// what exactly a figure counts, and where it was counted. Loaded and checked
// once; a bad row fails naming file, line and field.
import { readCsvTable } from '../themes/csv-table.ts';
import { TableError } from '../tables/read-table.ts';
import { checkLabels, checkListItems, rejectRepeatedNames } from '../tables/labels.ts';
import type { MeasureDef, ScopeDef } from '../types.ts';

export type { MeasureDef, ScopeDef };

export const MEASURE_COLUMNS = [
  'id',
  'applies_to',
  'name_zh',
  'name_en',
  'definition_zh',
  'definition_en',
  'cues',
] as const;
export const SCOPE_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'definition_zh',
  'definition_en',
  'in_series',
  'cues',
] as const;
/** Unit families a measure applies to; `rank` stands for rank positions, `other` for a value without a unit (an index score). */
export const MEASURE_FAMILIES = [
  'count',
  'money',
  'percent',
  'change',
  'area',
  'weight',
  'length',
  'score',
  'compute',
  'rank',
  'other',
] as const;

const ID = /^[a-z][a-z0-9_]*$/;
const cueList = (text: string) => (text === '' ? [] : text.split('|').map((c) => c.trim()));

const MEASURE_TEXT = ['name_zh', 'name_en', 'definition_zh', 'definition_en'] as const;

export function loadMeasures(path: string): readonly MeasureDef[] {
  const seen = new Set<string>();
  const records = readCsvTable(path, MEASURE_COLUMNS);
  for (const r of records) checkLabels(path, r, MEASURE_TEXT, MEASURE_TEXT);
  rejectRepeatedNames(path, records, 'name_zh');
  rejectRepeatedNames(path, records, 'name_en');
  return records.map(({ line, values }) => {
    const fail = (field: string, message: string) => new TableError(path, line, field, message);
    if (!ID.test(values.id)) throw fail('id', `"${values.id}" is not a lower-case id`);
    if (seen.has(values.id)) throw fail('id', `"${values.id}" is defined twice`);
    seen.add(values.id);
    const applies = values.applies_to.split('|');
    if (!applies.every((f) => (MEASURE_FAMILIES as readonly string[]).includes(f))) {
      throw fail('applies_to', `"${values.applies_to}" must be ${MEASURE_FAMILIES.join(', ')} (several joined by |)`);
    }
    const cues = cueList(values.cues);
    if (cues.some((c) => c === '')) throw fail('cues', 'an empty cue');
    checkListItems(path, line, 'cues', cues);
    return { ...(values as Omit<MeasureDef, 'applies_to' | 'cues'>), applies_to: applies, cues };
  });
}

export function loadScopes(path: string): readonly ScopeDef[] {
  const seen = new Set<string>();
  const records = readCsvTable(path, SCOPE_COLUMNS);
  for (const r of records) checkLabels(path, r, ['name_zh', 'name_en', 'definition_en'], ['name_zh', 'name_en']);
  rejectRepeatedNames(path, records, 'name_zh');
  rejectRepeatedNames(path, records, 'name_en');
  return records.map(({ line, values }) => {
    const fail = (field: string, message: string) => new TableError(path, line, field, message);
    if (!ID.test(values.id)) throw fail('id', `"${values.id}" is not a lower-case id`);
    if (seen.has(values.id)) throw fail('id', `"${values.id}" is defined twice`);
    seen.add(values.id);
    if (values.in_series !== 'true' && values.in_series !== 'false') throw fail('in_series', 'must be true or false');
    for (const field of ['name_zh', 'name_en', 'definition_zh', 'definition_en'] as const)
      if (!values[field]) throw fail(field, 'every scope needs a bilingual name and definition');
    const cues = cueList(values.cues);
    if (cues.length === 0 || cues.some((c) => c === '')) throw fail('cues', 'a scope needs its cue words');
    checkListItems(path, line, 'cues', cues);
    return { ...(values as Omit<ScopeDef, 'in_series' | 'cues'>), in_series: values.in_series === 'true', cues };
  });
}
