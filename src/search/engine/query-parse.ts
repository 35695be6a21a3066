// A query string → clauses (space-separated; all must match) → alternatives
// (the clause and its synonyms; any may match) → terms (bigrams, single
// characters, Latin/digit tokens). Hostile input is reduced, never rejected:
// over-long queries are cut, markup and emoji are just characters without terms.
import { normalize, queryTerms, runs, type CharMap } from './normalize.ts';
import { expandSynonyms, type SynonymTable } from './synonyms.ts';

export const MAX_QUERY_CHARS = 100;
const MAX_CLAUSES = 6;

export interface Alternative {
  /** Searchable runs of the phrase, e.g. ['高新技术企业'] or ['r&d', '投入']. */
  runs: string[];
  terms: string[];
}

export interface Clause {
  text: string;
  /** Quoted by the reader: searched as written — no synonyms, no simplified form, no near matches. */
  literal: boolean;
  /** The clause as the reader typed it (normalised, but before traditional→simplified). */
  typed: string;
  alternatives: Alternative[];
}

export interface ParsedQuery {
  clauses: Clause[];
  notices: string[];
  /** Every term of every alternative, once. */
  terms: string[];
  /** True when every clause is a single CJK character. */
  singleChar: boolean;
}

function alternative(phrase: string): Alternative {
  return { runs: runs(phrase).map((r) => r.text), terms: queryTerms(phrase) };
}

/** Does every run of `inner` occur inside some run of `outer`? Then whatever matches `outer` matches `inner`. */
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
  for (const alt of others.sort((a, b) => a.runs.join('').length - b.runs.join('').length)) {
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

const phraseOf = (chunk: string) =>
  runs(chunk)
    .map((r) => r.text)
    .join(' ');

/** A quoted stretch ("…", “…”, 「…」) or a run without spaces; an unclosed quote quotes to the end. */
const CHUNK = /"([^"]*)"?|\u201c([^\u201d]*)\u201d?|\u300c([^\u300d]*)\u300d?|(\S+)/g;

export const LITERAL_NOTICE = '引号内的词按原文检索：不用同义词、不转简体、不列相近结果。';

export function parseQuery(query: string, synonyms: SynonymTable, t2s?: CharMap): ParsedQuery {
  const notices: string[] = [];
  const q = searchedPart(query);
  if (q !== query) notices.push(TOO_LONG_NOTICE);
  // Normalisation keeps length, so a chunk found in the typed text is at the same place in the simplified one.
  const typed = normalize(q);
  const simplified = normalize(q, t2s);
  const clauses: Clause[] = [];
  for (const m of typed.matchAll(CHUNK)) {
    const literal = m[4] === undefined;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const at = m.index + (literal ? 1 : 0);
    const typedPhrase = phraseOf(inner);
    const phrase = literal ? typedPhrase : phraseOf(simplified.slice(at, at + inner.length));
    if (!phrase || clauses.some((c) => c.text === phrase && c.literal === literal)) continue;
    if (clauses.length === MAX_CLAUSES) {
      notices.push(`最多按 ${MAX_CLAUSES} 个词检索，其余已忽略。`);
      break;
    }
    const alternatives = literal
      ? [alternative(phrase)]
      : withoutRedundant(expandSynonyms(phrase, synonyms).map(alternative));
    clauses.push({ text: phrase, literal, typed: typedPhrase, alternatives });
  }
  if (clauses.some((c) => c.literal)) notices.push(LITERAL_NOTICE);
  if (query.trim() && clauses.length === 0) notices.push('查询中没有可检索的汉字、字母或数字。');
  const terms = [...new Set(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
  const singleChar = clauses.length > 0 && clauses.every((c) => c.text.length === 1 && /[^\x20-\x7e]/.test(c.text));
  if (singleChar) notices.push('单字检索结果较多，输入两个或更多字可以更精确。');
  return { clauses, notices, terms, singleChar };
}

/**
 * Per clause, what was searched besides what the reader typed: synonyms and
 * the simplified form of a traditional query. Words the reader typed (in any
 * clause) are not listed again.
 */
export function expansions(parsed: ParsedQuery): { typed: string; also: string[] }[] {
  const typed = new Set(parsed.clauses.map((c) => c.typed));
  return parsed.clauses
    .map((c) => ({ typed: c.typed, also: c.alternatives.map((a) => a.runs.join(' ')).filter((t) => !typed.has(t)) }))
    .filter((e) => e.also.length > 0);
}
