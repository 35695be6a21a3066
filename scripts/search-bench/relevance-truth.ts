// Ground truth for the relevance benchmark, computed from the corpus the
// engine indexes, independently of the engine's index and ranking: a passage
// (paragraph) is relevant when it literally contains a clause of the query —
// as written or, unquoted, as one of the phrases the lexicons make it equal
// to (its synonym group, a swapped spelling: R&D投入 for 研发投入, a measured
// form: 研发投入强度 for 研发投入占GDP); a report when it holds every clause
// somewhere (its title line counts) and no excluded one. The query syntax is
// read here on its own terms: "quoted", A OR B / A | B, -word / NOT word.
// Latin/digit phrases must stand as whole tokens (12 is not in 120); a number
// with its unit may carry a qualifier (130余家 holds 130家). When no report
// holds every clause, the relevant reports are those holding the most
// (partial matches). Place names: the reports of that region.
import { expandSynonyms, type SynonymTable } from '../../src/search/engine/synonyms.ts';
import type { SearchCorpus, SearchReport } from '../../src/search/engine/types.ts';
import type { RelevanceQuery } from './relevance-queries.ts';

/** NFKC folds full-width forms; lower case; tone marks dropped (Xīnyí → xinyi). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase();
}

const ALNUM = /[a-z0-9]/;

function containsAt(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + phrase.length] ?? '';
    if (ALNUM.test(phrase.slice(0, 1)) && ALNUM.test(before)) continue;
    if (ALNUM.test(phrase.slice(-1)) && ALNUM.test(after)) continue;
    return true;
  }
  return false;
}

/** Does folded `text` contain folded `phrase`, Latin/digit ends standing as whole tokens, a number's qualifier allowed? */
export function containsPhrase(text: string, phrase: string): boolean {
  if (containsAt(text, phrase)) return true;
  const [, digits] = /^(\d+(?:\.\d+)?)([\u3400-\u9fff])/.exec(phrase) ?? [];
  return (
    digits !== undefined && ['余', '多'].some((q) => containsAt(text, `${digits}${q}${phrase.slice(digits.length)}`))
  );
}

export interface Truth {
  /** Relevant report ids. */
  reports: Set<string>;
  /** Relevant passages as `report#n`; empty for place names (judged by report). */
  passages: Set<string>;
  /** No report holds every clause: the relevant reports hold the most of them. */
  partial: boolean;
}

interface Option {
  text: string;
  literal: boolean;
}

/** The query as meant: groups of options (OR), each to be held, or (negated) not held. */
export function groupsOf(q: string): { options: Option[]; negated: boolean }[] {
  const out: { options: Option[]; negated: boolean }[] = [];
  let or = false;
  let not = false;
  for (const [, dash, quoted, bar, word] of q.matchAll(/(-?)"([^"]*)"|(\|)|([^\s|]+)/g)) {
    if (bar || word === 'OR') {
      or = out.length > 0;
      continue;
    }
    if (word === 'NOT') {
      not = true;
      continue;
    }
    const literal = quoted !== undefined;
    // One alternative matched: a quoted phrase (possibly empty) or a word.
    const raw = quoted ?? word ?? '';
    const negated = not || dash === '-' || (!literal && raw.startsWith('-'));
    const option = { text: fold(literal ? raw.trim() : raw.replace(/^-+/, '')), literal };
    if (!option.text) continue;
    const last = out.at(-1);
    if (or && !negated && last && !last.negated) last.options.push(option);
    else out.push({ options: [option], negated });
    or = not = false;
  }
  return out;
}

function phrasesOf(option: Option, synonyms: SynonymTable): string[] {
  if (option.literal) return [option.text];
  // The lexicons' equivalents are written without punctuation between pieces (16家, r&d投入): compare alike.
  const key = option.text.replace(/\s+/g, ' ');
  return [...new Set([option.text, ...expandSynonyms(key, synonyms, 24).slice(1)])];
}

function headOf(r: SearchReport): string {
  return fold([r.title, r.region, `${r.year}年`].join(' '));
}

export function groundTruth(query: RelevanceQuery, corpus: SearchCorpus, synonyms: SynonymTable): Truth {
  if (query.place) {
    const reports = corpus.reports
      .filter((r) => r.region.includes(query.place!) || r.region_name === query.place)
      .map((r) => r.id);
    return { reports: new Set(reports), passages: new Set(), partial: false };
  }
  const groups = groupsOf(query.intended ?? query.q).map((g) => ({
    negated: g.negated,
    phrases: g.options.flatMap((o) => phrasesOf(o, synonyms)),
  }));
  const wanted = groups.filter((g) => !g.negated);
  const unwanted = groups.filter((g) => g.negated);
  const held = new Map<string, number>();
  const texts = new Map<string, { key: string; text: string }[]>();
  for (const r of corpus.reports) {
    const paras = r.paragraphs.map((p) => ({ key: `${r.id}#${p.n}`, text: fold(p.text) }));
    texts.set(r.id, paras);
    const head = headOf(r);
    const holds = (phrases: string[]) =>
      phrases.some((ph) => containsPhrase(head, ph) || paras.some((p) => containsPhrase(p.text, ph)));
    if (unwanted.some((g) => holds(g.phrases))) continue;
    const n = wanted.filter((g) => holds(g.phrases)).length;
    if (n) held.set(r.id, n);
  }
  const most = Math.max(0, ...held.values());
  const partial = most > 0 && most < wanted.length;
  const reports = new Set([...held].filter(([, n]) => n === most && most > 0).map(([id]) => id));
  const passages = new Set<string>();
  for (const id of reports)
    for (const p of texts.get(id) ?? [])
      if (wanted.some((g) => g.phrases.some((ph) => containsPhrase(p.text, ph)))) passages.add(p.key);
  return { reports, passages, partial };
}
