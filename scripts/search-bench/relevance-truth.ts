// Ground truth for the relevance benchmark, computed from the corpus the
// engine indexes, independently of the engine: a passage (paragraph) is
// relevant when it literally contains a clause of the query — as written or,
// unquoted, as a member of its synonym group; a report when it holds every
// clause somewhere (its title line counts). Latin/digit phrases must stand as
// whole tokens (12 is not in 120). Place names: the reports of that region.
import type { SearchCorpus, SearchReport } from '../../src/search/engine/types.ts';
import type { SynonymTable } from '../../src/search/engine/synonyms.ts';
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

/** Does folded `text` contain folded `phrase`, Latin/digit ends standing as whole tokens? */
export function containsPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + phrase.length] ?? '';
    if (ALNUM.test(phrase[0]) && ALNUM.test(before)) continue;
    if (ALNUM.test(phrase[phrase.length - 1]) && ALNUM.test(after)) continue;
    return true;
  }
  return false;
}

export interface Truth {
  /** Relevant report ids. */
  reports: Set<string>;
  /** Relevant passages as `report#n`; empty for place names (judged by report). */
  passages: Set<string>;
}

/** The clauses of a query as meant: whitespace-separated, a quoted stretch is one literal clause. */
export function clausesOf(q: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) out.push({ text: fold(m[1].trim()), literal: true });
    else out.push({ text: fold(m[2]), literal: false });
  }
  return out.filter((c) => c.text);
}

function phrasesOf(clause: { text: string; literal: boolean }, synonyms: SynonymTable): string[] {
  if (clause.literal) return [clause.text];
  const group = synonyms.whole.find((g) => g.includes(clause.text));
  return group ? [...new Set([clause.text, ...group])] : [clause.text];
}

function headOf(r: SearchReport): string {
  return fold([r.title, r.region, `${r.year}年`].join(' '));
}

export function groundTruth(query: RelevanceQuery, corpus: SearchCorpus, synonyms: SynonymTable): Truth {
  if (query.place) {
    const reports = corpus.reports
      .filter((r) => r.region.includes(query.place!) || r.region_name === query.place)
      .map((r) => r.id);
    return { reports: new Set(reports), passages: new Set() };
  }
  const clauses = clausesOf(query.intended ?? query.q).map((c) => phrasesOf(c, synonyms));
  const reports = new Set<string>();
  const passages = new Set<string>();
  for (const r of corpus.reports) {
    const paras = r.paragraphs.map((p) => ({ key: `${r.id}#${p.n}`, text: fold(p.text) }));
    const head = headOf(r);
    const holds = (phrases: string[]) =>
      phrases.some((ph) => containsPhrase(head, ph) || paras.some((p) => containsPhrase(p.text, ph)));
    if (!clauses.every(holds)) continue;
    reports.add(r.id);
    for (const p of paras)
      if (clauses.some((phrases) => phrases.some((ph) => containsPhrase(p.text, ph)))) passages.add(p.key);
  }
  return { reports, passages };
}
