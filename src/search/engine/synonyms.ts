// Synonyms: a query for one member of a group also finds the others, and
// each way round (R&D投入 finds what 研发投入 finds). Built at index time
// from the lexicons, plus a short curated list, into the manifest:
// - whole groups: phrases that mean the same (高企 ↔ 高新技术企业). From the
//   indicator lexicon (data/indicators.csv) search takes only abbreviations
//   of an indicator's name (高企 of 高新技术企业) and spellings of accepted
//   members: its `synonyms` column mixes true synonyms with related words
//   (人才: 专家, 博士, 团队);
// - swaps: words that may be exchanged inside a longer phrase (研发 ↔ r&d ↔
//   rd). Learnt from the lexicon too: two synonyms of one indicator that
//   differ only in a Latin word against a Chinese one (研发投入, R&D投入)
//   make a pair; a Latin word with & is also written without it (R&D, RD);
// - measured groups: an indicator that is another indicator measured as a
//   share (研发投入强度 = 研发投入 + 强度, a cue of the share measure in
//   data/measures.csv): 研发投入占GDP, written as the other indicator and any
//   cue of that measure, finds the first, and the first finds the other
//   indicator with the measure's cues.
import { isAlnum, normalize, phraseText } from './normalize.ts';
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

/** A measure of the measures lexicon as synonyms need it: its cue words and the unit families it applies to. */
export interface MeasureCues {
  id: string;
  applies_to: readonly string[];
  cues: readonly string[];
}

/** An indicator that is another measured one way (研发投入强度 = 研发投入 as a share). */
export interface MeasuredGroup {
  /** The indicator's own names (研发投入强度, r&d投入强度, 研发强度…). */
  names: string[];
  /** Names of the indicator it measures (研发投入, 研发经费, r&d投入…). */
  base: string[];
  /** The measure's cue words (占gdp, 比重, 强度…). */
  cues: string[];
}

export interface SynonymTable {
  /** Groups for whole-phrase expansion. */
  whole: string[][];
  /** Groups whose members may also be swapped inside a longer phrase. */
  swaps: string[][];
  measured?: MeasuredGroup[];
}

const HAS_CJK = /[\u3400-\u9fff]/;
/** Longer phrases are quotations (copied text): searched with whole-phrase synonyms only, no word swapped inside. */
const MAX_SWAPPED = 10;
const LATIN = /^[a-z0-9&.]+$/;

function key(s: string): string {
  return phraseText(normalize(s.trim()));
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
    const members = g.filter((m) => m.length >= 2);
    if (members.length < 2) continue;
    const merged = new Set(members);
    for (const s of groups.filter((s) => members.some((m) => s.has(m)))) {
      for (const m of s) merged.add(m);
      groups.splice(groups.indexOf(s), 1);
    }
    groups.push(merged);
  }
  // Each group has two members at least: ordered by its first.
  return groups.map((s) => [...s].sort()).sort(([a = ''], [b = '']) => a.localeCompare(b));
}

/** The pair a and b differ in, when they differ in one stretch only: 研发投入 / r&d投入 → ['研发', 'r&d']. */
function difference(a: string, b: string): [string, string] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  return x && y ? [x, y] : null;
}

/**
 * Latin words the lexicon writes for Chinese ones (r&d for 研发), learnt from
 * synonyms of one indicator that differ in just that. A Latin word takes the
 * Chinese word it stands for most often (研发投入/R&D投入, 研发经费/R&D经费
 * say 研发; 研发经费投入/R&D投入 alone would say 研发经费).
 */
function learntSwaps(indicators: IndicatorEntry[]): string[][] {
  const seen = new Map<string, Map<string, number>>();
  for (const i of indicators) {
    const names = [...new Set([i.zh, ...i.synonyms].map(key))];
    for (const a of names)
      for (const b of names) {
        const d = difference(a, b);
        if (!d || !LATIN.test(d[0]) || !/^[\u3400-\u9fff]+$/.test(d[1])) continue;
        const counts = seen.get(d[0]) ?? new Map<string, number>();
        counts.set(d[1], (counts.get(d[1]) ?? 0) + 1);
        seen.set(d[0], counts);
      }
  }
  return [...seen].flatMap(([latin, counts]) => {
    const [best] = [...counts].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length);
    return best ? [[latin, best[0]]] : [];
  });
}

/** R&D is also written RD: every Latin member with & joins its group without it. */
function withSpellings(groups: string[][]): string[][] {
  return groups.map((g) => [
    ...new Set(g.flatMap((m) => (m.includes('&') && LATIN.test(m) ? [m, m.replace(/&/g, '')] : [m]))),
  ]);
}

/** Can `rest` be cut entirely into cue words? (占gdp比重 = 占gdp + 比重) */
function allCues(rest: string, cues: string[]): boolean {
  if (!rest) return true;
  return cues.some((c) => rest.startsWith(c) && allCues(rest.slice(c.length), cues));
}

/** The group of `m` among `groups`, or just `m`. */
function groupOf(m: string, groups: string[][]): string[] {
  return groups.find((g) => g.includes(m)) ?? [m];
}

/**
 * Indicators that are another indicator measured one way: a name of one is a
 * name of another followed by cues of one measure for percentages (研发投入强度).
 */
function measuredGroups(
  indicators: IndicatorEntry[],
  measures: readonly MeasureCues[],
  whole: string[][],
): MeasuredGroup[] {
  const percent = measures.filter((m) => m.applies_to.includes('percent')).map((m) => m.cues.map(key).filter(Boolean));
  const out: MeasuredGroup[] = [];
  for (const ind of indicators) {
    const names = [...new Set([ind.zh, ...ind.synonyms].map(key))];
    for (const other of indicators) {
      if (other === ind) continue;
      const otherName = key(other.zh);
      for (const cues of percent) {
        if (!names.some((n) => n.startsWith(otherName) && n !== otherName && allCues(n.slice(otherName.length), cues)))
          continue;
        // Its names that carry a cue of the measure (研发投入强度, r&d投入强度, 研发强度), its own name first.
        const own = names.filter((n) => cues.some((c) => n.endsWith(c)));
        const base = [otherName, ...groupOf(otherName, whole).filter((b) => b !== otherName)];
        out.push({ names: own, base, cues });
      }
    }
  }
  return out;
}

export function synonymTable(
  indicators: IndicatorEntry[],
  measures: readonly MeasureCues[] = [],
  builtIn = BUILT_IN_SYNONYMS,
): SynonymTable {
  const curated = builtIn.map((g) => g.map(key));
  const swaps = merge(withSpellings([...curated, ...learntSwaps(indicators)]));
  const abbreviations = indicators.map((i) => [
    key(i.zh),
    ...i.synonyms.map(key).filter((s) => isAbbreviation(s, key(i.zh))),
  ]);
  const whole = merge([...swaps, ...curated, ...abbreviations]);
  const measured = measuredGroups(indicators, measures, whole);
  return { whole, swaps, ...(measured.length ? { measured } : {}) };
}

/** Offsets where `m` stands in `phrase` as itself: a Latin word not inside a longer one. */
function standsAt(phrase: string, m: string): number[] {
  const out: number[] = [];
  const latin = !HAS_CJK.test(m);
  for (let at = phrase.indexOf(m); at >= 0; at = phrase.indexOf(m, at + 1)) {
    const before = phrase.charCodeAt(at - 1);
    const after = phrase.charCodeAt(at + m.length);
    if (latin && (isAlnum(before) || before === 0x26 || isAlnum(after) || after === 0x26)) continue;
    out.push(at);
  }
  return out;
}

/** What a phrase also stands for through a measured group: its names, or its base written with the measure's cues. */
function measuredVariants(phrase: string, g: MeasuredGroup): string[] {
  if (g.names.includes(phrase)) return [...g.names, ...g.cues.map((c) => `${g.base[0]}${c}`)];
  const base = g.base.find((b) => phrase.startsWith(b) && phrase.length > b.length);
  return base && allCues(phrase.slice(base.length), g.cues) ? g.names : [];
}

/**
 * The alternatives a normalised phrase stands for: itself, whole-phrase
 * synonyms, the phrase with a contained member of a swap group replaced by
 * another (研发投入 → r&d投入, and back), and measured groups — followed a
 * second step, so R&D投入 reaches 研发经费 through 研发投入. At most `max`,
 * nearest first, the phrase itself first.
 */
export function expandSynonyms(phrase: string, table: SynonymTable, max = 8): string[] {
  const out = [phrase];
  const add = (s: string) => {
    if (out.length < max && !out.includes(s)) out.push(s);
  };
  // `out` grows while it is read (at most `max` long), so what a synonym adds is followed too.
  for (const p of out) {
    for (const g of table.whole) if (g.includes(p)) g.forEach(add);
    for (const g of table.measured ?? []) measuredVariants(p, g).forEach(add);
    for (const g of p.length <= MAX_SWAPPED ? table.swaps : []) {
      for (const m of g) {
        if (m === p) continue;
        for (const at of standsAt(p, m))
          for (const other of g) if (other !== m) add(p.slice(0, at) + other + p.slice(at + m.length));
      }
    }
  }
  return out;
}
