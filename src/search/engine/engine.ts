// The search engine: query → terms → the shards of those terms → scored parts
// → ranked, filtered reports → one page of groups with marked snippets, plus
// filter counts. Shared by the search page, the benchmark and the tests.
import { matchEntities } from './entities.ts';
import { facetCounts, filterPredicate, FILTER_KEYS } from './facets.ts';
import { IndexClient, type Loader } from './index-client.ts';
import { planQuery } from './plan.ts';
import { isCjk } from './normalize.ts';
import { loadFuse, matchIndicators, morePassages, presentPage } from './present.ts';
import { expansions, parseQuery, type ParsedQuery } from './query-parse.ts';
import { scoreReports } from './score.ts';
import type { SynonymTable } from './synonyms.ts';
import type { FacetCount, ResultGroup, SearchFilters, SearchResult, Snippet } from './types.ts';

export const PAGE_SIZE = 10;
/** Near matches listed in their block below the last page of matches (a whole page when nothing matches). */
export const NEAR_SHOWN = 5;

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
}

export interface SearchEngine {
  search(req: SearchRequest): Promise<SearchResult>;
  /** The passages of a shown group beyond those shown ("N more passages in this report"), best first. */
  more(req: { q: string; group: ResultGroup }): Promise<Snippet[]>;
  /** Starts fetching what a query will need (manifest, facets, its terms' shards) while the reader types. */
  prefetch(q: string): void;
  client: IndexClient;
}

function emptyFacets(): Record<keyof SearchFilters, FacetCount[]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Record<keyof SearchFilters, FacetCount[]>;
}

function emptyResult(q: string, notices: string[]): SearchResult {
  return {
    query: q,
    searched: [],
    expansions: [],
    notices,
    total: 0,
    near: 0,
    filtered: 0,
    page: 1,
    pageCount: 0,
    groups: [],
    nearGroups: [],
    facets: emptyFacets(),
    indicators: [],
    entities: [],
  };
}

/** Some CJK term of the query as typed (not of its synonyms) is unknown: it may be in traditional characters. */
function hasUnknownCjk(parsed: ParsedQuery, dfs: Map<string, number>): boolean {
  return parsed.clauses.some((c) => c.alternatives[0]?.terms.some((t) => isCjk(t.charCodeAt(0)) && !dfs.get(t)));
}

/** Share of the typed query's own terms (synonyms aside) that the index knows. */
function knownShare(parsed: ParsedQuery, dfs: Map<string, number>): number {
  const own = parsed.clauses.flatMap((c) => c.alternatives[0]?.terms ?? []);
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

async function runSearch(client: IndexClient, req: SearchRequest, pageSize: number): Promise<SearchResult> {
  const q = req.q ?? '';
  const filters = req.filters ?? {};
  if (!q.trim()) return emptyResult(q, []);
  const manifest = await client.manifest();
  const facetsFile = client.facets();
  const resolved = await resolveQuery(client, q, manifest.synonyms);
  if (!resolved.parsed.clauses.length) return emptyResult(q, resolved.parsed.notices);
  const P = manifest.partsPerReport;
  const parsed = planQuery(resolved.parsed, resolved.dfs, manifest.reports * P);
  const [lists, facets] = await Promise.all([client.lists(parsed.terms), facetsFile]);
  const scored = scoreReports(parsed, lists, resolved.dfs, manifest.reports, P, (r) => facets.year[r]);
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
    presentPage(client, pageHits, resolved.parsed),
    presentPage(client, nearHits, resolved.parsed),
    matchIndicators(manifest.indicators, resolved.parsed),
    matchEntities(client, resolved.parsed),
  ]);
  // A match the index saw but the text does not hold (高企 inside 提高企业) joins the near block.
  const groups = shown.filter((g) => g.tier !== 'near');
  const nearGroups = [...shown.filter((g) => g.tier === 'near'), ...nearShown];
  return {
    query: q,
    searched: resolved.parsed.clauses.flatMap((c) => c.alternatives.map((a) => a.runs.join(' '))),
    expansions: expansions(resolved.parsed),
    notices: resolved.parsed.notices,
    total: scored.fullCount,
    near: near.length,
    filtered: filtered.length,
    page,
    pageCount,
    groups,
    nearGroups,
    facets: counts,
    indicators,
    entities: entities.map(([kind, key, name]) => ({ kind, key, name })),
  };
}

async function runMore(client: IndexClient, q: string, group: ResultGroup): Promise<Snippet[]> {
  const manifest = await client.manifest();
  const { parsed } = await resolveQuery(client, q, manifest.synonyms);
  return morePassages(client, group, parsed);
}

/** Fetches the manifest, facets, the shards of the query's terms and fuse.js; errors are left to the search itself. */
async function runPrefetch(client: IndexClient, q: string): Promise<void> {
  void loadFuse().catch(() => undefined);
  const manifest = await client.manifest();
  void client.facets().catch(() => undefined);
  const parsed = parseQuery(q, manifest.synonyms);
  await client.frequencies(parsed.terms);
}

export function createSearchEngine(load: Loader, options: { pageSize?: number } = {}): SearchEngine {
  const client = new IndexClient(load);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return {
    client,
    search: (req) => runSearch(client, req, pageSize),
    more: (req) => runMore(client, req.q, req.group),
    prefetch: (q) => void runPrefetch(client, q).catch(() => undefined),
  };
}
