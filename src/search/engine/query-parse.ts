// A query string → clauses (all must match) and excluded clauses (none may)
// → alternatives (a clause's options and their synonyms; any may match) →
// terms (bigrams, single characters, Latin/digit tokens, number+unit).
// The syntax a researcher expects: words separated by spaces, "quoted
// phrases", OR or | between two words for either, -word or NOT word to leave
// out reports holding it. What the parser cannot read (a dangling OR, a range,
// brackets) it says in a notice, and never reads silently as something else.
// Hostile input is reduced, never rejected: over-long queries are cut, markup
// and emoji are just characters without terms.
import { normalize, phraseText, pieces, queryTerms, type CharMap } from './normalize.ts';
import { expandSynonyms, type SynonymTable } from './synonyms.ts';

export const MAX_QUERY_CHARS = 100;
const MAX_CLAUSES = 6;
/** Alternatives an option expands to (itself, synonyms, spellings), after those that add nothing are dropped. */
const MAX_PER_OPTION = 6;

export interface Alternative {
  /** The phrase as searched and shown: 高新技术企业, r&d投入, 16家, 研发投入 占gdp. */
  text: string;
  /**
   * Its pieces, in order: each stands together in the text (16家, r&d投入);
   * between two pieces the text may have a few spaces or punctuation marks,
   * nothing else (a phrase copied across 。 or ；).
   */
  runs: string[];
  terms: string[];
  /** One of the clause's options as the reader wrote it (not a synonym or spelling). */
  typed: boolean;
  /** Quoted by the reader: searched as written. */
  literal: boolean;
  /** The option (index into the clause's `options`) this alternative stands for. */
  of: number;
  /** Terms a part needs for a near match, when planning dropped some (plan.ts); else nearNeed(terms). */
  need?: number;
}

export interface ClauseOption {
  text: string;
  /** As the reader typed it (normalised, before traditional→simplified). */
  typed: string;
  literal: boolean;
}

export interface Clause {
  /** The clause as searched: 科普, or its options joined: 科普 | 防震减灾. */
  text: string;
  /** Every option quoted: searched as written — no synonyms, no simplified form, no near matches. */
  literal: boolean;
  /** As the reader typed it. */
  typed: string;
  options: ClauseOption[];
  alternatives: Alternative[];
}

export interface ParsedQuery {
  /** Every one must match. */
  clauses: Clause[];
  /** -word, NOT word: a report holding one of these is left out. */
  excluded: Clause[];
  notices: string[];
  /** Every term of every alternative (excluded clauses' too), once. */
  terms: string[];
  /** True when every clause is a single CJK character. */
  singleChar: boolean;
  /** How OR and exclusions were read, in words (科普 或 防震减灾，不含 地震); '' for a query without operators. */
  reading: string;
}

/** The searchable form of one option: its pieces, one space between. */
function alternative(phrase: string, typed: boolean, literal: boolean, of: number): Alternative {
  return { text: phrase, runs: pieces(phrase).map((p) => p.text), terms: queryTerms(phrase), typed, literal, of };
}

/** Does every piece of `inner` occur inside some piece of `outer`? Then whatever matches `outer` matches `inner`. */
function covers(outer: Alternative, inner: Alternative): boolean {
  return inner.runs.every((r) => outer.runs.some((o) => o.includes(r)));
}

/**
 * Drops synonyms that add nothing: duplicates, and those containing a shorter
 * alternative (国家高新技术企业 when 高新技术企业 is searched anyway). The
 * phrase as typed stays first.
 */
function withoutRedundant(alts: Alternative[]): Alternative[] {
  const [typed, ...others] = alts.filter((a) => a.terms.length > 0);
  if (!typed) return [];
  const kept = [typed];
  // Shorter first (a spelling without & counts as long as with it, which stays first).
  const length = (a: Alternative) => a.text.replace(/&/g, '').length;
  for (const alt of others.sort((a, b) => length(a) - length(b))) {
    if (!kept.some((k) => covers(alt, k))) kept.push(alt);
  }
  return kept;
}

/** The part of a query that is searched: the first MAX_QUERY_CHARS units, never half a surrogate pair. */
export function searchedPart(query: string): string {
  if (query.length <= MAX_QUERY_CHARS) return query;
  const c = query.charCodeAt(MAX_QUERY_CHARS - 1);
  return query.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS);
}

export const TOO_LONG_NOTICE = `查询过长，只按前 ${MAX_QUERY_CHARS} 个字符检索。`;
export const LITERAL_NOTICE = '引号内的词按原文检索：不用同义词、不转简体、不列相近结果。';
export const NOTICES = {
  danglingOr: 'OR（或 |）两边都要有检索词：多余的 OR 已忽略。',
  danglingNot: 'NOT（或 -）后面缺少要排除的词：已忽略。',
  orWithExcluded: '排除的词不能用 OR 连接：两边已分开检索。',
  onlyExcluded: '只有要排除的词：请再输入要查找的词。',
  brackets: '不支持括号分组：OR 只连接它两边相邻的词。',
  range: (chunk: string) => `暂不支持数值范围检索（${chunk}）：这一项没有检索。可以直接写数值和单位，如 100家。`,
  lowerOr: (word: string) => `小写的“${word}”按普通词检索；表示“或”请用大写 OR 或 |，表示排除请用 NOT 或 -词。`,
};

/**
 * One token of the query: a quoted stretch ("…", “…”, 「…」; an unclosed quote
 * quotes to the end), optionally after a minus; a bar; or a run of other
 * non-space characters (a word, or the operators OR, NOT, AND).
 */
const TOKEN = /(-?)(?:"([^"]*)"?|\u201c([^\u201d]*)\u201d?|\u300c([^\u300d]*)\u300d?)|(\|)|([^\s|]+)/g;
const RANGE = /^(?:>=|<=|[<>\u2264\u2265])\d/;

type Item = { op: 'or' | 'not' } | { term: string; at: number; literal: boolean; negated: boolean; raw: string };

/** The query as tokens: terms (with where they start in the typed text) and operators. */
function tokens(raw: string, typed: string, notices: string[]): Item[] {
  const items: Item[] = [];
  for (const m of typed.matchAll(TOKEN)) {
    // One alternative matches: a quote (with its sign), a bar, or a word; the others' groups are empty.
    const [, sign = '', straight, curly, corner, bar, word = ''] = m;
    if (bar) {
      items.push({ op: 'or' });
      continue;
    }
    const quoted = straight ?? curly ?? corner;
    if (quoted !== undefined) {
      items.push({ term: quoted, at: m.index + sign.length + 1, literal: true, negated: sign === '-', raw: quoted });
      continue;
    }
    const rawWord = raw.slice(m.index, m.index + word.length);
    if (rawWord === 'OR') items.push({ op: 'or' });
    else if (rawWord === 'NOT') items.push({ op: 'not' });
    else if (rawWord === 'AND') continue;
    else if (RANGE.test(word)) notices.push(NOTICES.range(rawWord));
    else {
      const minus = /^-+/.exec(word)?.[0].length ?? 0;
      if (minus && minus === word.length) notices.push(NOTICES.danglingNot);
      else
        items.push({
          term: word.slice(minus),
          at: m.index + minus,
          literal: false,
          negated: minus > 0,
          raw: rawWord.slice(minus),
        });
    }
  }
  return items;
}

interface Group {
  negated: boolean;
  options: { term: string; at: number; literal: boolean; raw: string }[];
}

/** Terms joined by OR become one group's options; NOT or a minus marks the next term's group as excluded. */
function groups(items: Item[], notices: string[]): Group[] {
  const out: Group[] = [];
  let or = false;
  let not = false;
  const note = (n: string) => notices.includes(n) || notices.push(n);
  for (const item of items) {
    if ('op' in item) {
      if (item.op === 'not') not = true;
      else if (!out.length || or || not) note(NOTICES.danglingOr);
      else or = true;
      continue;
    }
    const negated = item.negated || not;
    // OR is taken only after a group, so there is one to join.
    const joined = or ? out.at(-1) : undefined;
    if (joined && (joined.negated || negated)) note(NOTICES.orWithExcluded);
    if (joined && !joined.negated && !negated) joined.options.push(item);
    else out.push({ negated, options: [item] });
    or = not = false;
  }
  if (or) note(NOTICES.danglingOr);
  if (not) note(NOTICES.danglingNot);
  // or / not in lower case between two words: a word here, but say how to write the operator.
  items.forEach((item, i) => {
    if ('op' in item || item.literal || !/^(or|not)$/.test(item.raw)) return;
    if (i > 0 && i < items.length - 1) note(NOTICES.lowerOr(item.raw));
  });
  return out;
}

function clauseOf(g: Group, simplified: string, synonyms: SynonymTable): Clause | null {
  const options: ClauseOption[] = [];
  for (const o of g.options) {
    const typedPhrase = phraseText(o.term);
    const text = o.literal ? typedPhrase : phraseText(simplified.slice(o.at, o.at + o.term.length));
    if (text && !options.some((x) => x.text === text && x.literal === o.literal))
      options.push({ text, typed: typedPhrase, literal: o.literal });
  }
  if (!options.length) return null;
  const expanded = options.map((o, i) =>
    o.literal
      ? [alternative(o.text, true, true, i)]
      : withoutRedundant(
          expandSynonyms(o.text, synonyms, 3 * MAX_PER_OPTION).map((p, k) => alternative(p, k === 0, false, i)),
        ).slice(0, MAX_PER_OPTION),
  );
  // The options as typed first, then their synonyms.
  const alternatives = [...expanded.flatMap((a) => a.slice(0, 1)), ...expanded.flatMap((a) => a.slice(1))];
  return {
    text: options.map((o) => o.text).join(' | '),
    literal: options.every((o) => o.literal),
    typed: options.map((o) => o.typed).join(' | '),
    options,
    alternatives,
  };
}

/** How the query was read, when it used operators: 科普 或 防震减灾，不含 地震. */
function reading(clauses: Clause[], excluded: Clause[]): string {
  const one = (c: Clause) => c.options.map((o) => o.typed).join(' 或 ');
  const all = clauses.map((c) => (c.options.length > 1 && clauses.length > 1 ? `（${one(c)}）` : one(c))).join(' 且 ');
  return [all, ...excluded.map((c) => `不含 ${one(c)}`)].filter(Boolean).join('，');
}

export function parseQuery(query: string, synonyms: SynonymTable, t2s?: CharMap): ParsedQuery {
  const notices: string[] = [];
  const q = searchedPart(query);
  if (q !== query) notices.push(TOO_LONG_NOTICE);
  // Normalisation keeps length, so a token found in the typed text is at the same place in the simplified one.
  const typed = normalize(q);
  const simplified = normalize(q, t2s);
  const items = tokens(q, typed, notices);
  const clauses: Clause[] = [];
  const excluded: Clause[] = [];
  for (const g of groups(items, notices)) {
    const clause = clauseOf(g, simplified, synonyms);
    if (!clause) continue;
    const into = g.negated ? excluded : clauses;
    if (into.some((c) => c.text === clause.text && c.literal === clause.literal)) continue;
    if (clauses.length + excluded.length === MAX_CLAUSES) {
      notices.push(`最多按 ${MAX_CLAUSES} 个词检索，其余已忽略。`);
      break;
    }
    into.push(clause);
  }
  const operators = items.some((i) => 'op' in i || i.negated) || clauses.some((c) => c.options.length > 1);
  if (operators && /[()（）]/.test(q)) notices.push(NOTICES.brackets);
  if ([...clauses, ...excluded].some((c) => c.options.some((o) => o.literal))) notices.push(LITERAL_NOTICE);
  if (!clauses.length && excluded.length) notices.push(NOTICES.onlyExcluded);
  else if (query.trim() && !clauses.length && !notices.some((n) => n.startsWith('暂不支持')))
    notices.push('查询中没有可检索的汉字、字母或数字。');
  const terms = [...new Set([...clauses, ...excluded].flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
  const singleChar =
    clauses.length > 0 &&
    clauses.every((c) => c.options.every((o) => o.text.length === 1 && /[^\x20-\x7e]/.test(o.text)));
  if (singleChar) notices.push('单字检索结果较多，输入两个或更多字可以更精确。');
  return {
    clauses,
    excluded,
    notices,
    terms,
    singleChar,
    reading: operators && clauses.length ? reading(clauses, excluded) : '',
  };
}

/**
 * Per option as typed, what was searched besides what the reader typed:
 * synonyms and the simplified form of a traditional query. Words the reader
 * typed (in any clause) are not listed again.
 */
export function expansions(parsed: ParsedQuery): { typed: string; also: string[] }[] {
  const all = [...parsed.clauses, ...parsed.excluded];
  // A spelling without & (rd for r&d) is not another word to list.
  const spelling = (s: string) => s.replace(/&/g, '');
  const typed = new Set(all.flatMap((c) => c.options.map((o) => spelling(o.typed))));
  return all
    .flatMap((c) =>
      c.options.map((o, i) => {
        const listed = new Set(typed);
        const also: string[] = [];
        for (const a of c.alternatives) {
          if (a.of !== i || listed.has(spelling(a.text))) continue;
          listed.add(spelling(a.text));
          also.push(a.text);
        }
        return { typed: o.typed, also };
      }),
    )
    .filter((e) => e.also.length > 0);
}
