// Synonyms: a query for one member of a group also finds the others.
// Two sources, used differently:
// - built-in groups, curated for search: true equivalents, also swapped
//   inside longer queries (研发投入 → r&d投入);
// - the indicator lexicon (data/indicators.csv, `synonyms` column). That list
//   is written for labelling figures and mixes true synonyms with related
//   words (人才: 专家, 博士, 团队), so search takes from it only abbreviations
//   of the indicator's name (高企, 高新企业 of 高新技术企业; 科小 of
//   科技型中小企业), and only for whole-query matches.
import { normalize, searchableText } from './normalize.ts';
import type { IndicatorEntry } from './types.ts';

export const BUILT_IN_SYNONYMS: string[][] = [
  ['高新技术企业', '高企', '国高企', '国家高新技术企业'],
  ['研发', 'R&D'],
  ['研发投入', '研发经费投入', '研发经费'],
  ['科技型中小企业', '科技型中小微企业'],
  ['科技特派员', '科特派'],
  ['技术合同成交额', '技术交易额', '技术合同交易额'],
  ['产学研', '产学研合作'],
];

export interface SynonymTable {
  /** Groups for whole-query expansion. */
  whole: string[][];
  /** Groups whose members may also be swapped inside a longer query. */
  swaps: string[][];
}

const HAS_CJK = /[\u3400-\u9fff]/;

function key(s: string): string {
  return searchableText(normalize(s.trim()));
}

/** `short` is a proper abbreviation of `long`: its characters in order, not a plain substring. */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || long.includes(short)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function merge(raw: string[][]): string[][] {
  const groups: Set<string>[] = [];
  for (const g of raw) {
    const members = g.map(key).filter((m) => m.length >= 2);
    if (members.length < 2) continue;
    const merged = new Set(members);
    for (const s of groups.filter((s) => members.some((m) => s.has(m)))) {
      for (const m of s) merged.add(m);
      groups.splice(groups.indexOf(s), 1);
    }
    groups.push(merged);
  }
  return groups.map((s) => [...s].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

export function synonymTable(indicators: IndicatorEntry[], builtIn = BUILT_IN_SYNONYMS): SynonymTable {
  const fromLexicon = indicators.map((i) => [i.zh, ...i.synonyms.filter((s) => isAbbreviation(key(s), key(i.zh)))]);
  return { whole: merge([...builtIn, ...fromLexicon]), swaps: merge(builtIn) };
}

/**
 * The alternatives a normalised phrase stands for: itself, whole-phrase
 * synonyms, and the phrase with one contained member of a swappable group
 * replaced by another (研发投入 → r&d 投入). At most `max`, the phrase first.
 */
export function expandSynonyms(phrase: string, table: SynonymTable, max = 8): string[] {
  const out = [phrase];
  const add = (s: string) => {
    if (out.length < max && !out.includes(s)) out.push(s);
  };
  for (const g of table.whole) if (g.includes(phrase)) g.forEach(add);
  for (const g of table.swaps) {
    for (const m of g) {
      // Only CJK members are swapped inside a phrase: Latin ones would hit inside words.
      if (m === phrase || !HAS_CJK.test(m) || !phrase.includes(m)) continue;
      for (const other of g) if (other !== m) add(phrase.replace(m, other));
    }
  }
  return out;
}
