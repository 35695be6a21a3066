// Reports for a list to choose from (the compare picker): by the reader's
// words, ranked by the search engine, or by filters alone, newest first. One
// page at a time, as report heads, whatever the size of the corpus. Several
// place names are read as "any of" them (宁波 仙居: both reports), as a
// reader choosing reports to compare means.
import { BROWSE_PAGE, browseReports, headOf, type ReportHead } from './browse.ts';
import { createSearchEngine } from './engine.ts';
import type { Loader } from './index-client.ts';
import type { ResultGroup, SearchFilters } from './types.ts';

export interface FindRequest {
  q?: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
}

export interface FoundReports {
  reports: ReportHead[];
  /** Reports the words and filters match (near ones, when nothing matches). */
  matching: number;
  /** Reports in the index. */
  all: number;
  page: number;
  pageCount: number;
  /** Nothing matches the words: these are the nearest reports instead. */
  near: boolean;
}

export interface ReportFinder {
  find(req: FindRequest): Promise<FoundReports>;
}

export function createReportFinder(load: Loader, pageSize = BROWSE_PAGE): ReportFinder {
  const engine = createSearchEngine(load, { pageSize });
  const { client } = engine;

  async function byWords(q: string, filters: SearchFilters, page: number): Promise<FoundReports> {
    const [result, m, facets] = await Promise.all([
      engine.search({ q, filters, page, placesAnyOf: true }),
      client.manifest(),
      client.facets(),
    ]);
    const near = result.groups.length === 0 && result.nearGroups.length > 0;
    const head = (g: ResultGroup): ReportHead =>
      headOf(g.index, { ...g, id: g.report, title: g.original.map((t) => t.text).join('') }, facets, m);
    const groups = near ? result.nearGroups : result.groups;
    return {
      reports: groups.map(head),
      matching: near ? groups.length : result.filtered,
      all: m.reports,
      page: near ? 1 : result.page,
      pageCount: near ? 1 : result.pageCount,
      near,
    };
  }

  return {
    async find(req) {
      const filters = req.filters ?? {};
      const page = req.page ?? 1;
      const q = (req.q ?? '').trim();
      if (q) return byWords(q, filters, page);
      const b = await browseReports(client, { filters, page, pageSize });
      return { reports: b.reports, matching: b.total, all: b.all, page: b.page, pageCount: b.pageCount, near: false };
    },
  };
}
