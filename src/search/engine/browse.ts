// Reports by their filters alone (province, level, year, type, theme), newest
// first, one page at a time: what the compare picker lists when no words are
// typed. Reads only the facet columns and the title line (part 0) of the
// reports on the page shown, so a page costs the same at 10 reports or 10,000.
import { facetCounts, filterPredicate, type FilterKey } from './facets.ts';
import { UNKNOWN } from './facets-format.ts';
import type { IndexClient } from './index-client.ts';
import type { FacetCount, Manifest, ReportFacets, SearchFilters } from './types.ts';
import type { ReportListing } from '../../words/report-words.ts';

/** A report as a list shows it (its title line and facet values), with its number in the index. */
export interface ReportHead extends ReportListing {
  index: number;
}

export interface BrowseRequest {
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface BrowseResult {
  /** Reports in the index. */
  all: number;
  /** Reports passing the filters. */
  total: number;
  page: number;
  pageCount: number;
  reports: ReportHead[];
  facets: Record<FilterKey, FacetCount[]>;
}

export const BROWSE_PAGE = 20;

/** The shown fields of a report's title line (or of a search result for it). */
type HeadFields = Omit<ReportListing, 'level'>;

/** A report's head: what its title line says, with its level from the facet column. */
export function headOf(index: number, fields: HeadFields, facets: ReportFacets, m: Manifest): ReportHead {
  const code = facets.level[index] ?? UNKNOWN;
  return {
    index,
    id: fields.id,
    title: fields.title,
    region: fields.region,
    year: fields.year,
    ...(fields.years ? { years: fields.years } : {}),
    ...(fields.year_reliable === undefined ? {} : { year_reliable: fields.year_reliable }),
    doc_type: fields.doc_type,
    level: code === UNKNOWN ? null : (m.facets.levels[code] ?? null),
  };
}

/** A report's head, read from its title line (part 0). */
export async function reportHead(client: IndexClient, index: number): Promise<ReportHead> {
  const [m, facets, head] = await Promise.all([client.manifest(), client.facets(), client.part(index, 0)]);
  return headOf(index, head, facets, m);
}

/** Report numbers passing the filters, newest year first (unknown years last), then in index order. */
export function newestFirst(facets: ReportFacets, pass: (r: number) => boolean): number[] {
  const out: number[] = [];
  for (let r = 0; r < facets.year.length; r++) if (pass(r)) out.push(r);
  // An unknown year (255) sorts after every known one.
  const rank = (r: number) => {
    const year = facets.year[r] ?? UNKNOWN;
    return year === UNKNOWN ? -1 : year;
  };
  return out.sort((a, b) => rank(b) - rank(a) || a - b);
}

export async function browseReports(client: IndexClient, req: BrowseRequest = {}): Promise<BrowseResult> {
  const filters = req.filters ?? {};
  const pageSize = Math.max(1, Math.floor(req.pageSize ?? BROWSE_PAGE));
  const [m, facets] = await Promise.all([
    client.manifest(),
    filters.theme ? client.facetsWithThemes() : client.facets(),
  ]);
  const everyone = Array.from({ length: m.reports }, (_, r) => r);
  const matching = newestFirst(facets, filterPredicate(filters, facets, m));
  const pageCount = Math.ceil(matching.length / pageSize);
  const page = Math.min(Math.max(1, Math.floor(req.page ?? 1)), Math.max(1, pageCount));
  const shown = matching.slice((page - 1) * pageSize, page * pageSize);
  return {
    all: m.reports,
    total: matching.length,
    page,
    pageCount,
    reports: await Promise.all(shown.map((r) => reportHead(client, r))),
    facets: facetCounts(everyone, filters, facets, m),
  };
}
