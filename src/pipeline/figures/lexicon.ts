// The indicator lexicon (data/indicators.csv) and matching a figure's words
// against it. A Chinese noun phrase ends in its head (高新技术企业研发中心 is a
// 研发中心), so among synonyms found in a label the one ending last wins, then
// the longest.
import { readCsvTable } from '../themes/csv-table.ts';
import { TableError } from '../tables/read-table.ts';
import { checkLabels, checkListItems, rejectRepeatedNames } from '../tables/labels.ts';
import type { IndicatorDef } from '../types.ts';

export const INDICATOR_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'unit_family',
  'synonyms',
  'theme',
  'definition_zh',
  'definition_en',
] as const;
export const THEME_IDS = [
  'enterprise',
  'rd',
  'platforms',
  'projects',
  'talent',
  'transfer',
  'finance',
  'ip',
  'rural',
  'popularisation',
  'policy',
  'cooperation',
  'earthquake',
] as const;
/** `people`: the indicator counts persons (人, 名, 人次); a figure in such units takes no other indicator. */
const FAMILIES = ['count', 'money', 'percent', 'people'];

export function loadIndicators(path: string): readonly IndicatorDef[] {
  const seen = new Set<string>();
  const records = readCsvTable(path, INDICATOR_COLUMNS);
  for (const r of records) checkLabels(path, r, ['name_zh', 'name_en'], ['name_zh', 'name_en']);
  rejectRepeatedNames(path, records, 'name_zh');
  rejectRepeatedNames(path, records, 'name_en');
  return records.map(({ line, values }) => {
    const fail = (field: string, message: string) => new TableError(path, line, field, message);
    if (!/^[a-z][a-z0-9_]*$/.test(values.id)) throw fail('id', `"${values.id}" is not a lower-case id`);
    if (seen.has(values.id)) throw fail('id', `"${values.id}" is defined twice`);
    seen.add(values.id);
    if (!(THEME_IDS as readonly string[]).includes(values.theme))
      throw fail('theme', `"${values.theme}" is not a theme id`);
    if (!values.unit_family.split('|').every((f) => FAMILIES.includes(f))) {
      throw fail('unit_family', `"${values.unit_family}" must be ${FAMILIES.join(', ')} (several joined by |)`);
    }
    for (const field of ['name_zh', 'name_en', 'definition_zh', 'definition_en'] as const)
      if (!values[field]) throw fail(field, 'every indicator needs a bilingual name and a one-line definition');
    const synonyms = values.synonyms.split('|').map((s) => s.trim());
    if (synonyms.some((s) => s === '')) throw fail('synonyms', 'an empty synonym');
    checkListItems(path, line, 'synonyms', synonyms);
    return { ...values, synonyms } as IndicatorDef;
  });
}

export interface IndicatorHit {
  indicator: IndicatorDef;
  /** Offset just after the synonym in the searched text. */
  end: number;
  length: number;
}

interface Entry {
  synonym: string;
  indicator: IndicatorDef;
  families: string[];
}

// Synonyms indexed by their first character, built once per lexicon: a label
// is then scanned character by character instead of searched per synonym.
const compiled = new WeakMap<readonly IndicatorDef[], Map<number, Entry[]>>();

function index(lexicon: readonly IndicatorDef[]): Map<number, Entry[]> {
  let byFirst = compiled.get(lexicon);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const indicator of lexicon) {
    const families = indicator.unit_family.split('|');
    for (const synonym of indicator.synonyms) {
      const key = synonym.charCodeAt(0);
      const list = byFirst.get(key) ?? [];
      list.push({ synonym, indicator, families });
      byFirst.set(key, list);
    }
  }
  compiled.set(lexicon, byFirst);
  return byFirst;
}

/**
 * Spellings of one word folded before matching: 研究与试验发展 is 研发, and a
 * bracketed (R&D) after it says the same again: 研究与试验发展(R&D)经费支出
 * reads 研发经费支出. Offsets of hits are then those of the folded text (only
 * their order is used).
 */
function folded(text: string): string {
  return text
    .replace(/研究与[试实]验发展/g, '研发')
    .replace(/研发\s?[（(]R&D[)）]/g, '研发')
    .replace(/[（(]R&D[)）]/g, 'R&D');
}

/** Every synonym occurrence in `text`, filtered by unit family when one is given. */
function hits(raw: string, lexicon: readonly IndicatorDef[], family: string | null): IndicatorHit[] {
  const byFirst = index(lexicon);
  const found: IndicatorHit[] = [];
  const text = raw.includes('研究与') || raw.includes('R&D') ? folded(raw) : raw;
  for (let i = 0; i < text.length; i += 1) {
    for (const e of byFirst.get(text.charCodeAt(i)) ?? []) {
      if (family && !e.families.includes(family)) continue;
      if (text.startsWith(e.synonym, i))
        found.push({ indicator: e.indicator, end: i + e.synonym.length, length: e.synonym.length });
    }
  }
  return found;
}

/**
 * The indicator named in `text` nearest its end (the head of a label, or the
 * words right before a figure). `family` (count, money, percent) keeps money
 * words off counts; null accepts any (growth, shares and ranks of anything).
 */
export function matchIndicator(
  text: string,
  lexicon: readonly IndicatorDef[],
  family: string | null,
): IndicatorDef | null {
  const found = hits(text, lexicon, family);
  found.sort((a, b) => b.end - a.end || b.length - a.length);
  return found[0]?.indicator ?? null;
}

/**
 * The indicator named first in `text`: for words after a figure, where the
 * counted noun comes before whatever the clause goes on to say.
 */
export function firstIndicator(
  text: string,
  lexicon: readonly IndicatorDef[],
  family: string | null,
): IndicatorDef | null {
  const found = hits(text, lexicon, family);
  found.sort((a, b) => a.end - a.length - (b.end - b.length) || b.length - a.length);
  return found[0]?.indicator ?? null;
}
