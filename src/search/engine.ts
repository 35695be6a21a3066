// The search engine: query → terms → the shards of those terms → scored parts
// → ranked, filtered reports → one page of groups with marked snippets, plus
// filter counts. Shared by the search page, the benchmark and the tests.
import { facetCounts, filterPredicate, FILTER_KEYS } from './facets.ts';
import { IndexClient, type Loader, type TermLookup } from './index-client.ts';
import { isCjk } from './normalize.ts';
import { matchIndicators, presentPage } from './present.ts';
import { parseQuery, type ParsedQuery } from './query-parse.ts';
import { rankReports, scoreParts } from './score.ts';
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
  return { query: q, searched: [], notices, total: 0, near: 0, filtered: 0, page: 1, pageCount: 0, groups: [], facets: emptyFacets(), indicators: [] };
}

/** Some CJK term is unknown to the index: the query may be in traditional characters. */
function hasUnknownCjk(parsed: ParsedQuery, look: TermLookup): boolean {
  return parsed.terms.some((t) => isCjk(t.charCodeAt(0)) && !look.dfs.get(t));
}

function knownShare(parsed: ParsedQuery, look: TermLookup): number {
  return parsed.terms.filter((t) => look.dfs.get(t)).length / (parsed.terms.length || 1);
}

async function resolveTerms(client: IndexClient, q: string, synonyms: string[][]): Promise<{ parsed: ParsedQuery; look: TermLookup }> {
  const parsed = parseQuery(q, synonyms);
  const look = await client.lookup(parsed.terms);
  if (!hasUnknownCjk(parsed, look)) return { parsed, look };
  const t2s = await client.t2s();
  if (!t2s) return { parsed, look };
  const simplified = parseQuery(q, synonyms, t2s);
  if (simplified.terms.join('|') === parsed.terms.join('|')) return { parsed, look };
  const simplifiedLook = await client.lookup(simplified.terms);
  if (knownShare(simplified, simplifiedLook) <= knownShare(parsed, look)) return { parsed, look };
  simplified.notices.push(`已按简体字检索：${simplified.clauses.map((c) => c.text).join(' ')}`);
  return { parsed: simplified, look: simplifiedLook };
}

async function runSearch(client: IndexClient, req: SearchRequest, pageSize: number): Promise<SearchResult> {
  const q = req.q ?? '';
  const filters = req.filters ?? {};
  if (!q.trim()) return emptyResult(q, []);
  const manifest = await client.manifest();
  const facetsFile = client.facets();
  const { parsed, look } = await resolveTerms(client, q, manifest.synonyms);
  if (!parsed.clauses.length) return emptyResult(q, parsed.notices);
  const facets = await facetsFile;

  const P = manifest.partsPerReport;
  const matches = scoreParts(parsed, look.lists, look.dfs, manifest.reports * P);
  const hits = rankReports(matches, P, (a, b) => facets.year[b] - facets.year[a] || a - b);
  const full = hits.filter((h) => h.full);
  // Near matches join the list only when full matches are too few to fill a page.
  const shown = full.length >= pageSize ? full : hits;
  const keep = filterPredicate(filters, facets, manifest);
  const filtered = shown.filter((h) => keep(h.report));
  const pageCount = Math.ceil(filtered.length / pageSize);
  const page = Math.min(Math.max(1, Math.floor(req.page ?? 1)), Math.max(1, pageCount));
  const pageHits = filtered.slice((page - 1) * pageSize, page * pageSize);

  const [groups, indicators] = await Promise.all([presentPage(client, pageHits, parsed, P), matchIndicators(manifest.indicators, parsed)]);
  return {
    query: q,
    searched: parsed.clauses.flatMap((c) => c.alternatives.map((a) => a.runs.join(' '))),
    notices: parsed.notices,
    total: full.length,
    near: shown.length - full.length,
    filtered: filtered.length,
    page,
    pageCount,
    groups,
    facets: facetCounts(
      shown.map((h) => h.report),
      filters,
      facets,
      manifest,
    ),
    indicators,
  };
}

export function createSearchEngine(load: Loader, options: { pageSize?: number } = {}): SearchEngine {
  const client = new IndexClient(load);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return { client, search: (req) => runSearch(client, req, pageSize) };
}
