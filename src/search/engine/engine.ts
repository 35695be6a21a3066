// The search engine: query → terms → the shards of those terms → scored parts
// → ranked, filtered reports → one page of groups with marked snippets, plus
// filter counts. Shared by the search page, the benchmark and the tests.
import { matchEntities } from './entities.ts';
import { facetCounts, filterPredicate, FILTER_KEYS } from './facets.ts';
import { UNKNOWN } from './facets-format.ts';
import { IndexClient, type Loader } from './index-client.ts';
import { planQuery } from './plan.ts';
import { isCjk } from './normalize.ts';
import { loadFuse, matchIndicators, morePassages, presentPage } from './present.ts';
import { expansions, parseQuery, type Clause, type ParsedQuery } from './query-parse.ts';
import { namesIndicators, queryIndicators } from './query-indicators.ts';
import { scoreReports } from './score.ts';
import { figureTerms, placeTerm } from './shard-format.ts';
import { didYouMean } from './suggest.ts';
import type { SynonymTable } from './synonyms.ts';
import type { FacetCount, Manifest, ResultGroup, SearchFilters, SearchResult, Snippet } from './types.ts';

export const PAGE_SIZE = 10;
/** Near matches listed in their block below the last page of matches (a whole page when nothing matches). */
export const NEAR_SHOWN = 5;
/** Indicators of a query whose figures rank the reports (the first named). */
const RANKING_INDICATORS = 2;

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
  /** Words naming places (宁波 仙居, ningbo xianju) are read as "any of" them: the compare picker's finder. */
  placesAnyOf?: boolean;
}

export interface SearchEngine {
  search(req: SearchRequest): Promise<SearchResult>;
  /** The passages of a shown group beyond those shown ("N more passages in this report"), best first. */
  more(req: { q: string; group: ResultGroup; placesAnyOf?: boolean }): Promise<Snippet[]>;
  /** Starts fetching what a query will need (manifest, facets, its terms' shards) while the reader types. */
  prefetch(q: string): void;
  client: IndexClient;
}

function emptyFacets(): Record<keyof SearchFilters, FacetCount[]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Record<keyof SearchFilters, FacetCount[]>;
}

function emptyResult(q: string, notices: string[], reading = ''): SearchResult {
  return {
    query: q,
    searched: [],
    expansions: [],
    notices,
    reading,
    excluded: 0,
    didYouMean: null,
    total: 0,
    near: 0,
    filtered: 0,
    page: 1,
    pageCount: 0,
    groups: [],
    nearGroups: [],
    facets: emptyFacets(),
    themesPending: false,
    indicators: [],
    entities: [],
  };
}

/** The typed options' terms (not their synonyms'): what the reader wrote. */
const typedTerms = (parsed: ParsedQuery) =>
  parsed.clauses.flatMap((c) => c.alternatives.filter((a) => a.typed).flatMap((a) => a.terms));

const allCjk = (t: string) => [...t].every((c) => isCjk(c.charCodeAt(0)));

/** Some CJK term of the query as typed (not of its synonyms) is unknown: it may be in traditional characters. */
function hasUnknownCjk(parsed: ParsedQuery, dfs: Map<string, number>): boolean {
  return typedTerms(parsed).some((t) => allCjk(t) && !dfs.get(t));
}

/** Share of the typed query's own terms (synonyms aside) that the index knows. */
function knownShare(parsed: ParsedQuery, dfs: Map<string, number>): number {
  const own = typedTerms(parsed);
  return own.filter((t) => dfs.get(t)).length / (own.length || 1);
}

/** Parses the query; when it has unknown terms, tries it in simplified characters and keeps what matches better. */
async function resolveQuery(
  client: IndexClient,
  q: string,
  synonyms: SynonymTable,
): Promise<{ parsed: ParsedQuery; dfs: Map<string, number> }> {
  const parsed = parseQuery(q, synonyms);
  const dfs = await client.frequencies(parsed.terms);
  if (!hasUnknownCjk(parsed, dfs)) return { parsed, dfs };
  const t2s = await client.t2s();
  if (!t2s) return { parsed, dfs };
  const simplified = parseQuery(q, synonyms, t2s);
  if (simplified.terms.join('|') === parsed.terms.join('|')) return { parsed, dfs };
  const simplifiedDfs = await client.frequencies(simplified.terms);
  if (knownShare(simplified, simplifiedDfs) <= knownShare(parsed, dfs)) return { parsed, dfs };
  simplified.notices.push(`已按简体字检索：${simplified.clauses.map((c) => c.text).join(' ')}`);
  return { parsed: simplified, dfs: simplifiedDfs };
}

/**
 * The clauses that name a place (the index has a report of that place under
 * the word: 宁波, ningbo) joined into one "any of" clause, when there are
 * several: a reader choosing reports to compare by place wants each place's.
 */
async function placesAnyOf(client: IndexClient, parsed: ParsedQuery): Promise<ParsedQuery> {
  const single = parsed.clauses.filter((c) => c.options.length === 1 && !c.literal);
  if (single.length < 2) return parsed;
  const dfs = await client.frequencies(single.map((c) => placeTerm(c.text)));
  const places = single.filter((c) => dfs.get(placeTerm(c.text)));
  if (places.length < 2) return parsed;
  const merged: Clause = {
    text: places.map((c) => c.text).join(' | '),
    literal: false,
    typed: places.map((c) => c.typed).join(' | '),
    options: places.flatMap((c) => c.options),
    alternatives: places.flatMap((c, i) => c.alternatives.map((a) => ({ ...a, of: i }))),
  };
  const at = parsed.clauses.findIndex((c) => places.includes(c));
  const clauses = parsed.clauses.filter((c) => !places.includes(c));
  clauses.splice(at, 0, merged);
  const reading = [merged, ...clauses.filter((c) => c !== merged)]
    .map((c) => c.options.map((o) => o.typed).join(' 或 '))
    .join(' 且 ');
  return { ...parsed, clauses, reading: parsed.reading || reading };
}

/** Reports holding an excluded clause (some alternative's terms all in one part). */
function excludedReports(
  parsed: ParsedQuery,
  lists: Map<string, Int32Array>,
  reports: number,
  P: number,
): Uint8Array | undefined {
  if (!parsed.excluded.length) return undefined;
  const out = new Uint8Array(reports);
  const count = new Uint8Array(reports * P);
  for (const c of parsed.excluded) {
    for (const a of c.alternatives) {
      const found = a.terms.map((t) => lists.get(t)).filter((l) => l !== undefined);
      // A term the index lacks: no part holds every term.
      if (!found.length || found.length < a.terms.length) continue;
      // count starts at 0 in every part and is reset below, so a slot reads 0 before its first term.
      for (const l of found) for (const id of l) count[id] = (count[id] ?? 0) + 1;
      for (const l of found) for (const id of l) if (count[id] === found.length) out[Math.floor(id / P)] = 1;
      for (const l of found) for (const id of l) count[id] = 0;
    }
  }
  return out;
}

/** Per report, its figure level (shard-format.ts) for the query's indicators, summed over them. */
function figureLevels(lists: Map<string, Int32Array>, indicators: string[], reports: number, P: number): Uint8Array {
  const level = new Uint8Array(reports);
  for (const indicator of indicators)
    figureTerms(indicator).forEach((t, i) => {
      const ids = lists.get(t);
      for (const id of ids ?? []) {
        const r = Math.floor(id / P);
        level[r] = (level[r] ?? 0) + i + 1;
      }
    });
  return level;
}

async function runSearch(client: IndexClient, req: SearchRequest, pageSize: number): Promise<SearchResult> {
  const q = req.q ?? '';
  const filters = req.filters ?? {};
  if (!q.trim()) return emptyResult(q, []);
  const manifest = await client.manifest();
  // The theme column only when a theme filter needs it; else its counts follow when it is loaded (themesPending).
  const facetsFile = filters.theme ? client.facetsWithThemes() : client.facets();
  const resolved = await resolveQuery(client, q, manifest.synonyms);
  const read = req.placesAnyOf ? await placesAnyOf(client, resolved.parsed) : resolved.parsed;
  if (!read.clauses.length) return emptyResult(q, read.notices);
  const P = manifest.partsPerReport;
  const parsed = planQuery(read, resolved.dfs, manifest.reports * P);
  const rankBy = queryIndicators(read, manifest).slice(0, RANKING_INDICATORS);
  const [lists, facets] = await Promise.all([
    client.lists([...parsed.terms, ...rankBy.flatMap(figureTerms)]),
    facetsFile,
  ]);
  const excluded = excludedReports(parsed, lists, manifest.reports, P);
  const levels = rankBy.length ? figureLevels(lists, rankBy, manifest.reports, P) : null;
  const scored = scoreReports(parsed, lists, resolved.dfs, manifest.reports, P, {
    yearOf: (r) => facets.year[r] ?? UNKNOWN,
    excluded,
    figureLevel: levels ? (r) => levels[r] ?? 0 : undefined,
  });
  // Matches and near matches are listed apart: near ones never fill a page of matches.
  const full = scored.ranked.subarray(0, scored.fullCount);
  const near = scored.ranked.subarray(scored.fullCount);
  const filtering = Object.values(filters).some(Boolean);
  const pass = filtering ? filterPredicate(filters, facets, manifest) : null;
  const filtered = pass ? full.filter(pass) : full;
  const nearFiltered = pass ? near.filter(pass) : near;
  const pageCount = Math.ceil(filtered.length / pageSize);
  const page = Math.min(Math.max(1, Math.floor(req.page ?? 1)), Math.max(1, pageCount));
  const pageHits = Array.from(filtered.subarray((page - 1) * pageSize, page * pageSize), scored.hit);
  const lastPage = page >= pageCount;
  const nearHits = lastPage
    ? Array.from(nearFiltered.subarray(0, filtered.length ? NEAR_SHOWN : pageSize), scored.hit)
    : [];
  // Filter counts are over the matches; over the near ones only when nothing matches.
  const counts = facetCounts(full.length ? full : near, filters, facets, manifest);

  const [shown, nearShown, indicators, entities] = await Promise.all([
    presentPage(client, pageHits, read),
    presentPage(client, nearHits, read),
    // Suggested as links: only indicators the site has a page for.
    matchIndicators(
      manifest.indicators.filter((i) => i.page),
      read,
    ),
    // A query naming indicators gets them suggested (相关指标), not regions or titles: no entity shards to fetch.
    namesIndicators(read, manifest) ? [] : matchEntities(client, read),
  ]);
  // A match the index saw but the text does not hold (高企 inside 提高企业) joins the near block.
  const groups = shown.groups.filter((g) => g.tier !== 'near');
  const nearGroups = [...shown.groups.filter((g) => g.tier === 'near'), ...nearShown.groups];
  return {
    query: q,
    searched: read.clauses.flatMap((c) => c.alternatives.map((a) => a.text)),
    expansions: expansions(read),
    notices: read.notices,
    reading: read.reading,
    excluded: scored.excluded,
    didYouMean: filtered.length ? null : didYouMean(q, read, resolved.dfs, nearShown.texts),
    total: scored.fullCount,
    near: near.length,
    filtered: filtered.length,
    page,
    pageCount,
    groups,
    nearGroups,
    facets: counts,
    themesPending: !facets.themes,
    indicators,
    entities: entities.map(([kind, key, name]) => ({ kind, key, name })),
  };
}

async function runMore(client: IndexClient, q: string, group: ResultGroup, anyOf: boolean): Promise<Snippet[]> {
  const manifest = await client.manifest();
  const { parsed } = await resolveQuery(client, q, manifest.synonyms);
  return morePassages(client, group, anyOf ? await placesAnyOf(client, parsed) : parsed);
}

/** Fetches the manifest, facets, the shards of the query's terms and fuse.js; errors are left to the search itself. */
async function runPrefetch(client: IndexClient, q: string): Promise<void> {
  void loadFuse().catch(() => undefined);
  const manifest: Manifest = await client.manifest();
  void client.facets().catch(() => undefined);
  const parsed = parseQuery(q, manifest.synonyms);
  await client.frequencies([...parsed.terms, ...queryIndicators(parsed, manifest).flatMap(figureTerms)]);
}

export function createSearchEngine(load: Loader, options: { pageSize?: number } = {}): SearchEngine {
  const client = new IndexClient(load);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return {
    client,
    search: (req) => runSearch(client, req, pageSize),
    more: (req) => runMore(client, req.q, req.group, req.placesAnyOf ?? false),
    prefetch: (q) => void runPrefetch(client, q).catch(() => undefined),
  };
}
