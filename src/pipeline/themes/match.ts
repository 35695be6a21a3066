// Lexicon matching shared by theme and instrument tagging. Rule: a keyword
// occurrence lying inside a longer keyword occurrence (of any category) does
// not count, so 企业科技特派员 (talent) does not also fire 科技特派员 (rural),
// and 科技成果转化 counts once rather than as 成果转化 too.
import { GARBLED_CLOSE, GARBLED_OPEN } from '../types.ts';

export interface KeywordCategory {
  id: string;
  keywords: string[];
}

export interface CategoryMatch {
  id: string;
  /** Distinct keywords that fired, in order of first occurrence. */
  keywords: string[];
  /** Counted occurrences (after the longer-keyword rule). */
  occurrences: number;
}

/**
 * Phrases that contain a keyword without meaning it: 提高企业 is not 高企,
 * 全力争取 is not the target word 力争, 指导思想 is not guidance service.
 * They never fire, but they absorb the keyword occurrences inside them.
 */
export const NOT_KEYWORDS = ['提高企业', '全力争取', '努力争取', '奋力争', '指导思想', '研发中心城市'];

interface Occurrence {
  category: number;
  keyword: string;
  start: number;
  end: number;
}

/** Matching is on NFKC, lower-cased text, so R&D, Ｒ＆Ｄ and r&d agree. */
function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** A garbled run (「乱码：…」) is not text anyone wrote: blank it out. */
function withoutGarbled(text: string): string {
  let out = text;
  for (;;) {
    const open = out.indexOf(GARBLED_OPEN);
    if (open < 0) return out;
    const close = out.indexOf(GARBLED_CLOSE, open + GARBLED_OPEN.length);
    const end = close < 0 ? out.length : close + GARBLED_CLOSE.length;
    out = out.slice(0, open) + ' '.repeat(end - open) + out.slice(end);
  }
}

function* positions(hay: string, needle: string): Generator<number> {
  if (!needle) return;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) yield at;
}

interface Needle {
  category: number;
  keyword: string;
  folded: string;
}

// Folded once per lexicon, not once per text: a build tags every paragraph
// and sentence of the corpus against the same few hundred keywords.
const needlesOf = new WeakMap<readonly KeywordCategory[], Needle[]>();

function needles(categories: readonly KeywordCategory[]): Needle[] {
  let list = needlesOf.get(categories);
  if (!list) {
    const lists = [
      { category: -1, keywords: NOT_KEYWORDS },
      ...categories.map((c, category) => ({ category, keywords: c.keywords })),
    ];
    list = lists.flatMap(({ category, keywords }) =>
      keywords.map((keyword) => ({ category, keyword, folded: fold(keyword) })),
    );
    needlesOf.set(categories, list);
  }
  return list;
}

/** Every keyword occurrence; NOT_KEYWORDS phrases are listed with category -1. */
function findOccurrences(text: string, categories: readonly KeywordCategory[]): Occurrence[] {
  const hay = fold(withoutGarbled(text));
  const found: Occurrence[] = [];
  for (const { category, keyword, folded } of needles(categories)) {
    for (const at of positions(hay, folded)) found.push({ category, keyword, start: at, end: at + folded.length });
  }
  return found;
}

function insideLonger(o: Occurrence, all: Occurrence[]): boolean {
  const len = o.end - o.start;
  return all.some((p) => p.end - p.start > len && p.start <= o.start && o.end <= p.end);
}

/** Categories with at least one counted keyword, strongest first. */
export function matchCategories(text: string, categories: readonly KeywordCategory[]): CategoryMatch[] {
  const all = findOccurrences(text, categories);
  const counted = all.filter((o) => o.category >= 0 && !insideLonger(o, all)).sort((a, b) => a.start - b.start);
  const byCategory = new Map<number, { keywords: string[]; occurrences: number }>();
  for (const o of counted) {
    const entry = byCategory.get(o.category) ?? { keywords: [], occurrences: 0 };
    if (!entry.keywords.includes(o.keyword)) entry.keywords.push(o.keyword);
    entry.occurrences += 1;
    byCategory.set(o.category, entry);
  }
  return [...byCategory.entries()]
    .sort(([ia, a], [ib, b]) => b.occurrences - a.occurrences || b.keywords.length - a.keywords.length || ia - ib)
    .map(([i, m]) => {
      // Counted occurrences come from `categories` (the negative list, -1, is left out above).
      const category = categories[i];
      if (!category) throw new Error(`keyword category ${i} is not among the ${categories.length} given`);
      return { id: category.id, keywords: m.keywords, occurrences: m.occurrences };
    });
}
