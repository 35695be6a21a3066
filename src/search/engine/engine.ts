// The search engine: query → terms → the shards of those terms → scored parts
// → ranked, filtered reports → one page of groups with marked snippets, plus
// filter counts. Shared by the search page, the benchmark and the tests.
import { matchEntities } from './entities.ts';
import { facetCounts, filterPredicate, FILTER_KEYS } from './facets.ts';
import { IndexClient, type Loader } from './index-client.ts';
import { planQuery } from './plan.ts';
import { isCjk } from './normalize.ts';
import { matchIndicators, presentPage } from './present.ts';
import { expansions, parseQuery, type ParsedQuery } from './query-parse.ts';
import { scoreReports } from './score.ts';
import type { SynonymTable } from './synonyms.ts';
import type { FacetCount, SearchFilters, SearchResult } from './types.ts';

export const PAGE_SIZE = 10;

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
}

export interface SearchEngine {
  search(req: SearchRequest): Promise<SearchResult>;
  client: IndexClient;
}

function emptyFacets(): Record<keyof SearchFilters, FacetCount[]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Record<keyof SearchFilters, FacetCount[]>;
}

function emptyResult(q: string, notices: string[]): SearchResult {
  return { query: q, searched: [], expansions: [], notices, total: 0, near: 0, filtered: 0, page: 1, pageCount: 0, groups: [], facets: emptyFacets(), indicators: [], entities: [] };
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
async function resolveQuery(client: IndexClient, q: string, synonyms: SynonymTable): Promise<{ parsed: ParsedQuery; dfs: Map<string, number> }> {
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
  // Near matches join the list only when full matches are too few to fill a page.
  const shown = scored.fullCount >= pageSize ? scored.ranked.subarray(0, scored.fullCount) : scored.ranked;
  const filtering = Object.values(filters).some(Boolean);
  const filtered = filtering ? shown.filter(filterPredicate(filters, facets, manifest)) : shown;
  const pageCount = Math.ceil(filtered.length / pageSize);
  const page = Math.min(Math.max(1, Math.floor(req.page ?? 1)), Math.max(1, pageCount));
  const pageHits = Array.from(filtered.subarray((page - 1) * pageSize, page * pageSize), scored.hit);
  const counts = facetCounts(shown, filters, facets, manifest);

  const [groups, indicators, entities] = await Promise.all([
    presentPage(client, pageHits, resolved.parsed),
    matchIndicators(manifest.indicators, resolved.parsed),
    matchEntities(client, resolved.parsed),
  ]);
  return {
    query: q,
    searched: resolved.parsed.clauses.flatMap((c) => c.alternatives.map((a) => a.runs.join(' '))),
    expansions: expansions(resolved.parsed),
    notices: resolved.parsed.notices,
    total: scored.fullCount,
    near: shown.length - Math.min(shown.length, scored.fullCount),
    filtered: filtered.length,
    page,
    pageCount,
    groups,
    facets: counts,
    indicators,
    entities: entities.map(([kind, key, name]) => ({ kind, key, name })),
  };
}

export function createSearchEngine(load: Loader, options: { pageSize?: number } = {}): SearchEngine {
  const client = new IndexClient(load);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return { client, search: (req) => runSearch(client, req, pageSize) };
}
