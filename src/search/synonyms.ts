// Synonym groups: a query for one member also finds the others. The indicator
// lexicon (data/indicators.csv, `synonyms` column) supplies most of them; a
// few core groups are built in so search works before or without it.
import { normalize, searchableText } from './normalize.ts';
import type { IndicatorEntry } from './types.ts';

export const BUILT_IN_SYNONYMS: string[][] = [
  ['高新技术企业', '高企', '国高企', '国家高新技术企业'],
  ['研发', 'R&D'],
  ['研发投入', 'R&D投入', '研发经费投入'],
  ['科技型中小企业', '科技型中小微企业'],
  ['科技特派员', '科特派'],
  ['技术合同成交额', '技术交易额'],
  ['知识产权', 'IP'],
  ['产学研', '产学研合作'],
];

const HAS_CJK = /[\u3400-\u9fff]/;

function key(s: string): string {
  return searchableText(normalize(s.trim()));
}

/**
 * Merges built-in groups and indicator names + synonyms into normalised
 * groups; groups sharing a member are merged; members too short to mean
 * anything on their own (one character) are dropped.
 */
export function synonymGroups(indicators: IndicatorEntry[], builtIn = BUILT_IN_SYNONYMS): string[][] {
  const raw = [...builtIn, ...indicators.map((i) => [i.zh, ...i.synonyms])];
  const groups: Set<string>[] = [];
  for (const g of raw) {
    const members = g.map(key).filter((m) => m.length >= 2);
    if (members.length < 2) continue;
    const overlapping = groups.filter((s) => members.some((m) => s.has(m)));
    const merged = new Set(members);
    for (const s of overlapping) {
      for (const m of s) merged.add(m);
      groups.splice(groups.indexOf(s), 1);
    }
    groups.push(merged);
  }
  return groups.map((s) => [...s].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The alternatives a normalised phrase stands for: itself, whole-phrase
 * synonyms, and the phrase with one contained member swapped for another
 * (研发投入 → r&d投入). At most `max` alternatives, the phrase first.
 */
export function expandSynonyms(phrase: string, groups: string[][], max = 8): string[] {
  const out = [phrase];
  const add = (s: string) => {
    if (out.length < max && !out.includes(s)) out.push(s);
  };
  for (const g of groups) if (g.includes(phrase)) g.forEach(add);
  for (const g of groups) {
    for (const m of g) {
      // Only CJK members are swapped inside a phrase: Latin ones (ip) would hit inside words.
      if (m === phrase || !HAS_CJK.test(m) || !phrase.includes(m)) continue;
      for (const other of g) if (other !== m) add(phrase.replace(m, other));
    }
  }
  return out;
}
