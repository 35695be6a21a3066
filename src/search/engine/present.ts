// Turns ranked report hits of one results page into what the page shows:
// loads only the parts that matched best (enough to hold every clause),
// groups the matching sentences into passages (one per paragraph), shows the
// best few and counts the rest, which `morePassages` loads on request.
// Near matches are re-ranked by fuse.js (fuzzy matching is good at exactly
// this: ordering a handful of candidate sentences by closeness to the query).
// A group leads with the report's derived title (its scraped one beside it);
// a partial match says which clauses it holds; a phrase copied across a
// sentence break gets the sentences it spans as its passage.
import type { IndexClient } from './index-client.ts';
import { normalize } from './normalize.ts';
import type { ParsedQuery } from './query-parse.ts';
import type { ReportHit } from './score.ts';
import { passages, shownPassages, type Passage } from './passages.ts';
import {
  bridged,
  containsAlternative,
  holdsAllTerms,
  markQuery,
  matchingSentences,
  segments,
  sentencesOf,
  type ScoredSentence,
} from './snippets.ts';
import type { IndicatorEntry, MatchTier, PartFile, ResultGroup, Snippet } from './types.ts';

export const SNIPPETS_PER_GROUP = 3;
/** The first few groups of a page load their best parts up to this many, so they can show three passages; the rest load one. */
const RICH_GROUPS = 3;
const RICH_PARTS = 2;
const TIER_ORDER: Record<MatchTier, number> = { exact: 0, synonym: 0, 'all-terms': 1, near: 2, partial: 3 };

type FuseCtor = typeof import('fuse.js').default;
let fuseModule: Promise<FuseCtor> | undefined;
/** fuse.js is loaded on first use, off the page's critical path. */
export function loadFuse(): Promise<FuseCtor> {
  fuseModule ??= import('fuse.js').then((m) => m.default);
  return fuseModule;
}

/**
 * The best body part, then the best part of each clause it lacks: the fewest
 * parts that show every clause. The title line (part 0) only when a clause
 * is nowhere else: every part file carries the report's title anyway.
 */
function partsToLoad(hit: ReportHit, clauses: number, rich: boolean): number[] {
  // One clause mask per matched part (score.ts builds both lists from the same run).
  const body = hit.parts.map((k, i) => ({ k, mask: hit.clauseMasks[i] ?? 0 })).filter((p) => p.k > 0);
  if (!hit.full && !hit.partial) return [body[0]?.k ?? 0];
  const all = hit.partial ? hit.held : (1 << clauses) - 1;
  const out: number[] = [];
  let covered = 0;
  for (const p of body) {
    if (covered === all) break;
    if (!(p.mask & ~covered)) continue;
    out.push(p.k);
    covered |= p.mask;
  }
  if (covered !== all || !out.length) out.push(0);
  if (rich) for (const p of body) if (out.length < RICH_PARTS && !out.includes(p.k)) out.push(p.k);
  return out;
}

function snippet(s: ScoredSentence, parsed: ParsedQuery, phrasesOnly = false): Snippet {
  return {
    paragraph: s.paragraph,
    segments: segments(s.text, markQuery(s.norm, parsed, phrasesOnly)),
    exact: s.phrases > 0,
  };
}

/** The title line as indexed (part 0): title, region, year, English and pinyin names (when part 0 is loaded). */
function headNorm(head: PartFile, files: PartFile[]): string {
  return normalize([head.title, head.region, `${head.year}年`, ...files.map((f) => f.names ?? '')].join(' '));
}

/** What the loaded text says of a full hit: every clause as typed, some only as a synonym, only as scattered terms, or not at all. */
function tierOf(text: string, parsed: ParsedQuery): MatchTier {
  if (parsed.clauses.every((c) => c.alternatives.some((a) => a.typed && containsAlternative(text, a)))) return 'exact';
  if (parsed.clauses.every((c) => c.alternatives.some((a) => containsAlternative(text, a)))) return 'synonym';
  return holdsAllTerms(text, parsed) ? 'all-terms' : 'near';
}

interface Draft {
  group: ResultGroup;
  sentences: ScoredSentence[];
  fuzzy: number;
  /** A near match's sentences closest to the query (its snippets'), where "did you mean" reads. */
  closest: ScoredSentence[];
  /** A near match's passages in the loaded parts, and how many matched parts are not loaded. */
  near: Passage[];
  unloaded: number;
}

/** Passages of the draft not among its snippets, plus one (at least) per part not loaded. */
function countMore(d: Draft, found: Passage[]): void {
  const shown = new Set(d.group.snippets.map((s) => s.paragraph));
  d.group.more = found.filter((p) => !shown.has(p.sentence.paragraph)).length + d.unloaded;
  d.group.moreExact = d.unloaded === 0;
}

/** Passages mode for a tier: phrases (or synonyms), all terms of a clause, or enough terms (near). */
const modeOf = (tier: MatchTier) => (tier === 'near' ? 'near' : tier === 'all-terms' ? 'terms' : 'phrase');

function draft(hit: ReportHit, loaded: number[], files: PartFile[], parsed: ParsedQuery): Draft {
  // Every part file carries the report's head; partsToLoad loads one part at least.
  const [head] = files;
  if (!head) throw new Error(`search: no part of report ${hit.report} loaded`);
  const loadedSentences = files.flatMap((f) => sentencesOf(f.paras));
  // A near match does not hold the phrase: no stretch of sentences to look for it in.
  const all = hit.full || hit.partial ? bridged(loadedSentences, parsed) : loadedSentences;
  const text = [headNorm(head, files), ...all.map((s) => s.norm)].join('\n');
  const tier: MatchTier = hit.full ? tierOf(text, parsed) : hit.partial ? 'partial' : 'near';
  const exact = tier === 'exact' || tier === 'synonym' || tier === 'partial';
  const mark = (t: string) => segments(t, markQuery(normalize(t), parsed, exact), Infinity);
  const group: ResultGroup = {
    report: head.id,
    index: hit.report,
    title: mark(head.display ?? head.title),
    original: mark(head.title),
    region: head.region,
    year: head.year,
    ...(head.years ? { years: head.years } : {}),
    year_reliable: head.year_reliable,
    doc_type: head.doc_type,
    tier,
    ...(tier === 'partial' ? { held: parsed.clauses.filter((_, i) => hit.held & (1 << i)).map((c) => c.typed) } : {}),
    matchedParts: hit.matchedParts,
    snippets: [],
    more: 0,
    moreExact: true,
    parts: hit.parts,
  };
  const sentences = matchingSentences(all, parsed);
  const unloaded = hit.parts.filter((k) => k > 0 && !loaded.includes(k)).length;
  const d: Draft = { group, sentences, fuzzy: 1, closest: [], near: [], unloaded };
  if (tier !== 'near') {
    const found = passages(all, parsed, modeOf(tier));
    group.snippets = shownPassages(found, SNIPPETS_PER_GROUP).map((p) => snippet(p.sentence, parsed, exact));
    countMore(d, found);
  } else {
    d.near = passages(all, parsed, 'near');
    d.closest = [...sentences]
      .sort((a, b) => b.coverage - a.coverage || a.order - b.order)
      .slice(0, SNIPPETS_PER_GROUP);
    group.snippets = d.closest.map((s) => snippet(s, parsed));
    countMore(d, d.near);
  }
  return d;
}

/** Fuzzy-scores near groups' sentences against the query; their best sentences become the snippets. */
async function rerankNear(drafts: Draft[], parsed: ParsedQuery): Promise<void> {
  const near = drafts.filter((d) => d.group.tier === 'near' && d.sentences.length);
  if (!near.length) return;
  const Fuse = await loadFuse();
  const pattern = parsed.clauses.flatMap((c) => c.options.map((o) => o.text)).join(' ');
  for (const d of near) {
    const fuse = new Fuse(
      d.sentences.map((s) => s.norm),
      { includeScore: true, ignoreLocation: true, threshold: 0.7 },
    );
    const found = fuse.search(pattern);
    const [best] = found;
    if (!best) continue;
    d.fuzzy = best.score ?? 1;
    // refIndex points into the list Fuse was given.
    d.closest = found.slice(0, SNIPPETS_PER_GROUP).flatMap((r) => d.sentences[r.refIndex] ?? []);
    d.group.snippets = d.closest.map((s) => snippet(s, parsed));
    countMore(d, d.near);
  }
}

export interface Presented {
  groups: ResultGroup[];
  /** The near matches' sentences closest to the query, normalised: where "did you mean" looks for the reports' spelling. */
  texts: string[];
}

export async function presentPage(client: IndexClient, hits: ReportHit[], parsed: ParsedQuery): Promise<Presented> {
  const drafts = await Promise.all(
    hits.map(async (hit, i) => {
      const loaded = partsToLoad(hit, parsed.clauses.length, i < RICH_GROUPS);
      const files = await Promise.all(loaded.map((k) => client.part(hit.report, k)));
      return draft(hit, loaded, files, parsed);
    }),
  );
  await rerankNear(drafts, parsed);
  const groups = drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        TIER_ORDER[a.d.group.tier] - TIER_ORDER[b.d.group.tier] ||
        (a.d.group.tier === 'near' ? a.d.fuzzy - b.d.fuzzy : 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d.group);
  const texts = drafts.filter((d) => d.group.tier === 'near').flatMap((d) => d.closest.map((s) => s.norm));
  return { groups, texts };
}

/**
 * The passages of a shown group beyond those shown, best first: loads the
 * group's other matched parts (the shown ones are in memory already).
 */
export async function morePassages(client: IndexClient, group: ResultGroup, parsed: ParsedQuery): Promise<Snippet[]> {
  const body = group.parts.filter((k) => k > 0);
  const files = await Promise.all(body.map((k) => client.part(group.index, k)));
  const shown = new Set(group.snippets.map((s) => s.paragraph));
  const exact = group.tier === 'exact' || group.tier === 'synonym' || group.tier === 'partial';
  return passages(
    bridged(
      files.flatMap((f) => sentencesOf(f.paras)),
      parsed,
    ),
    parsed,
    modeOf(group.tier),
  )
    .filter((p) => !shown.has(p.sentence.paragraph))
    .map((p) => snippet(p.sentence, parsed, exact));
}

/** Indicators whose name or synonym is close to the query, best first (fuse.js over the lexicon). */
export async function matchIndicators(
  indicators: IndicatorEntry[],
  parsed: ParsedQuery,
  max = 3,
): Promise<IndicatorEntry[]> {
  const pattern = parsed.clauses.flatMap((c) => c.options.map((o) => o.text)).join(' ');
  if (!indicators.length || pattern.length < 2 || parsed.singleChar) return [];
  const Fuse = await loadFuse();
  const fuse = new Fuse(indicators, {
    keys: ['zh', 'synonyms'],
    includeScore: true,
    threshold: 0.3,
    ignoreLocation: true,
  });
  return fuse
    .search(pattern)
    .slice(0, max)
    .map((r) => r.item);
}
