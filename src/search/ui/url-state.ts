// The search page's state lives in its address (/search/?q=…&theme=…&page=2),
// so a search can be shared and the back button returns to it.
import { FILTER_KEYS } from '../engine/facets.ts';
import { searchedPart } from '../engine/query-parse.ts';
import type { SearchFilters } from '../engine/types.ts';

export interface SearchState {
  q: string;
  filters: SearchFilters;
  page: number;
}

const MAX_PARAM = 200;
/** A hostile address can be megabytes; past this nothing is even looked at. */
const MAX_RAW_QUERY = 10_000;

/** The q parameter as given (bounded), before it is cut to what is searched. */
export function rawQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_RAW_QUERY);
}

/** The state of an address. Its query is only what is searched, so an address never carries more. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.slice(0, MAX_PARAM);
    if (v) filters[key] = v;
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { q: searchedPart(rawQuery(search)), filters, page: Number.isFinite(page) && page > 0 ? page : 1 };
}

/** The query string for a state ('' for the empty state); parameters in a fixed order. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) params.set(key, v);
  }
  if (state.page > 1) params.set('page', String(state.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function withFilter(state: SearchState, key: keyof SearchFilters, value: string | undefined): SearchState {
  return { q: state.q, filters: { ...state.filters, [key]: value }, page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page };
}
