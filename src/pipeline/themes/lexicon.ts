// Loads the two keyword lexicons (data/themes.csv, data/instruments.csv) and
// validates them row by row: a bad row fails the build naming file and line.
import type { InstrumentDef, ThemeDef } from '../types.ts';
import { readCsvTable, type CsvRecord } from './csv-table.ts';
import { TableError } from '../tables/read-table.ts';
import { checkLabels, checkListItems, rejectRepeatedNames } from '../tables/labels.ts';

export const THEME_LEXICON_COLUMNS = ['id', 'zh', 'en', 'keywords'] as const;
export const INSTRUMENT_LEXICON_COLUMNS = ['id', 'side', 'zh', 'en', 'keywords'] as const;
const SIDES = ['supply', 'environment', 'demand'] as const;
/** The id of an instrument starts with its side, e.g. env_tax. */
const SIDE_PREFIX: Record<InstrumentDef['side'], string> = {
  supply: 'supply_',
  environment: 'env_',
  demand: 'demand_',
};
const ID = /^[a-z][a-z0-9_]*$/;

/** The names of a theme or instrument: one visible line each, and no two entries named alike. */
function checkNames(path: string, records: CsvRecord<'zh' | 'en'>[]): void {
  for (const r of records) checkLabels(path, r, ['zh', 'en'], ['zh', 'en']);
  rejectRepeatedNames(path, records, 'zh');
  rejectRepeatedNames(path, records, 'en');
}

export function loadThemes(path: string): readonly ThemeDef[] {
  const records = readCsvTable(path, THEME_LEXICON_COLUMNS);
  checkNames(path, records);
  const themes = records.map((r) => ({ ...common(r, path), keywords: keywords(r, path) }));
  rejectDuplicateIds(records, path);
  return themes;
}

export function loadInstruments(path: string): readonly InstrumentDef[] {
  const records = readCsvTable(path, INSTRUMENT_LEXICON_COLUMNS);
  checkNames(path, records);
  const instruments = records.map((r) => {
    const base = common(r, path);
    const side = r.values.side as InstrumentDef['side'];
    if (!SIDES.includes(side)) {
      throw new TableError(path, r.line, 'side', `"${r.values.side}" is not one of ${SIDES.join(', ')}`);
    }
    if (!base.id.startsWith(SIDE_PREFIX[side])) {
      throw new TableError(path, r.line, 'id', `"${base.id}" should start with ${SIDE_PREFIX[side]} for side ${side}`);
    }
    return { id: base.id, side, zh: base.zh, en: base.en, keywords: keywords(r, path) };
  });
  rejectDuplicateIds(records, path);
  return instruments;
}

function common(r: CsvRecord<'id' | 'zh' | 'en'>, path: string): { id: string; zh: string; en: string } {
  const { id, zh, en } = r.values;
  if (!ID.test(id)) throw new TableError(path, r.line, 'id', `"${id}" is not a lower-case id (a-z, 0-9, _)`);
  if (!zh) throw new TableError(path, r.line, 'zh', 'empty');
  if (!en) throw new TableError(path, r.line, 'en', 'empty');
  return { id, zh, en };
}

function keywords(r: CsvRecord<'keywords'>, path: string): string[] {
  const list = r.values.keywords.split('|').map((k) => k.trim());
  if (list.some((k) => k === '')) {
    throw new TableError(path, r.line, 'keywords', 'an empty keyword (check for "||" or a trailing "|")');
  }
  checkListItems(path, r.line, 'keywords', list);
  const seen = new Set<string>();
  for (const k of list) {
    if (seen.has(k)) throw new TableError(path, r.line, 'keywords', `"${k}" is listed twice`);
    seen.add(k);
  }
  return list;
}

/** Run after every record made its definition, so a bad id is reported before a repeated one. */
function rejectDuplicateIds(records: CsvRecord<'id'>[], path: string): void {
  const seen = new Set<string>();
  for (const { line, values } of records) {
    if (seen.has(values.id)) throw new TableError(path, line, 'id', `"${values.id}" is defined twice`);
    seen.add(values.id);
  }
}
