// Turns ranked report hits of one results page into what the page shows:
// loads only the parts that matched, picks the best sentences, marks them,
// and settles the final order — verified exact phrases first, then all terms,
// then near matches re-ranked by fuse.js (fuzzy matching is good at exactly
// this: ordering a handful of candidate sentences by closeness to the query).
import type { IndexClient } from './index-client.ts';
import { normalize } from './normalize.ts';
import type { ParsedQuery } from './query-parse.ts';
import type { ReportHit } from './score.ts';
import { assess, holdsAllTerms, markQuery, matchingSentences, segments, sentencesOf, type ScoredSentence, type Sentence } from './snippets.ts';
import type { IndicatorEntry, MatchTier, PartFile, ResultGroup, Snippet } from './types.ts';

/** Parts loaded per result: the best one (its sentences give up to three snippets). */
const PARTS_PER_GROUP = 1;
export const SNIPPETS_PER_GROUP = 3;
const TIER_ORDER: Record<MatchTier, number> = { exact: 0, 'all-terms': 1, near: 2 };

type FuseCtor = typeof import('fuse.js').default;
let fuseModule: Promise<FuseCtor> | undefined;
/** fuse.js is loaded on first use, off the page's critical path. */
export function loadFuse(): Promise<FuseCtor> {
  fuseModule ??= import('fuse.js').then((m) => m.default);
  return fuseModule;
}

function partsToLoad(hit: ReportHit): number[] {
  const body = hit.bestParts.filter((k) => k > 0);
  return body.length ? body.slice(0, PARTS_PER_GROUP) : [0];
}

function bestSentences(sentences: ScoredSentence[]): ScoredSentence[] {
  return [...sentences]
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.coverage - a.coverage || a.order - b.order)
    .slice(0, SNIPPETS_PER_GROUP);
}

/** An exact result shows the sentences holding the phrase: all of it when some do, else a whole clause of it. */
function phraseSentences(sentences: ScoredSentence[]): ScoredSentence[] {
  const exact = sentences.filter((s) => s.exact);
  return exact.length ? exact : sentences.filter((s) => s.phrases > 0);
}

function snippet(s: ScoredSentence, parsed: ParsedQuery, phrasesOnly = false): Snippet {
  return { paragraph: s.paragraph, segments: segments(s.text, markQuery(s.norm, parsed, phrasesOnly)), exact: s.exact };
}

interface Draft {
  group: ResultGroup;
  sentences: ScoredSentence[];
  fuzzy: number;
}

/** The index's all-terms match, checked on the loaded text (title line and parts). */
function verifiedAllTerms(head: PartFile, all: Sentence[], parsed: ParsedQuery): boolean {
  const text = [normalize(`${head.title} ${head.region} ${head.year}年`), ...all.map((s) => s.norm)].join('\n');
  return holdsAllTerms(text, parsed);
}

function draft(hit: ReportHit, files: PartFile[], parsed: ParsedQuery): Draft {
  const head = files[0];
  const all = files.flatMap((f) => sentencesOf(f.paras));
  const sentences = matchingSentences(all, parsed);
  const titleNorm = normalize(head.title);
  const exact = assess(titleNorm, parsed).exact || sentences.some((s) => s.exact);
  const chosen = bestSentences(exact ? phraseSentences(sentences) : sentences);
  const group: ResultGroup = {
    report: head.id,
    title: segments(head.title, markQuery(titleNorm, parsed, exact), Infinity),
    region: head.region,
    year: head.year,
    year_reliable: head.year_reliable,
    doc_type: head.doc_type,
    tier: exact ? 'exact' : hit.full && verifiedAllTerms(head, all, parsed) ? 'all-terms' : 'near',
    matchedParts: hit.matchedParts,
    snippets: chosen.map((s) => snippet(s, parsed, exact)),
  };
  return { group, sentences, fuzzy: 1 };
}

/** Fuzzy-scores near groups' sentences against the query; their best sentences become the snippets. */
async function rerankNear(drafts: Draft[], parsed: ParsedQuery): Promise<void> {
  const near = drafts.filter((d) => d.group.tier === 'near' && d.sentences.length);
  if (!near.length) return;
  const Fuse = await loadFuse();
  const pattern = parsed.clauses.map((c) => c.text).join(' ');
  for (const d of near) {
    const fuse = new Fuse(
      d.sentences.map((s) => s.norm),
      { includeScore: true, ignoreLocation: true, threshold: 0.7 },
    );
    const found = fuse.search(pattern);
    if (!found.length) continue;
    d.fuzzy = found[0].score ?? 1;
    const picked = found.slice(0, SNIPPETS_PER_GROUP).map((r) => d.sentences[r.refIndex]);
    d.group.snippets = picked.map((s) => snippet(s, parsed));
  }
}

export async function presentPage(client: IndexClient, hits: ReportHit[], parsed: ParsedQuery): Promise<ResultGroup[]> {
  const drafts = await Promise.all(
    hits.map(async (hit) => {
      const files = await Promise.all(partsToLoad(hit).map((k) => client.part(hit.report, k)));
      return draft(hit, files, parsed);
    }),
  );
  await rerankNear(drafts, parsed);
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => TIER_ORDER[a.d.group.tier] - TIER_ORDER[b.d.group.tier] || (a.d.group.tier === 'near' ? a.d.fuzzy - b.d.fuzzy : 0) || a.i - b.i)
    .map(({ d }) => d.group);
}

/** Indicators whose name or synonym is close to the query, best first (fuse.js over the lexicon). */
export async function matchIndicators(indicators: IndicatorEntry[], parsed: ParsedQuery, max = 3): Promise<IndicatorEntry[]> {
  const pattern = parsed.clauses.map((c) => c.text).join(' ');
  if (!indicators.length || pattern.length < 2 || parsed.singleChar) return [];
  const Fuse = await loadFuse();
  const fuse = new Fuse(indicators, { keys: ['zh', 'synonyms'], includeScore: true, threshold: 0.3, ignoreLocation: true });
  return fuse
    .search(pattern)
    .slice(0, max)
    .map((r) => r.item);
}
