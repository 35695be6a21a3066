// Published chart ids against the charts a build draws: an id the record
// holds but the build no longer draws (a rule or a curator moved its figures
// to another series, a report was renamed) is retired, and its embed, oEmbed
// and download addresses lead to the chart that now shows its figures — so no
// article's embed breaks. Pure functions over the record and the chart list.
import type { PublishedChart } from '../pipeline/published.ts';
import type { Bilingual } from '../core/bilingual.ts';
import type { ChartDef } from './types.ts';
import type { Dataset } from '../pipeline/types.ts';
import { urls } from '../core/urls.ts';

/** A published id the build no longer draws, with where its figures are now. */
export interface RetiredChart {
  id: string;
  /** A chart the build draws that shows its figures now; null when none does (they are no longer a series' values). */
  successor: string | null;
  /** The page of what it showed (its indicator, report or region), where its figures are listed; the notice links there. */
  page: string;
  /** What it showed when it was recorded. */
  title: Bilingual;
}

type Drawn = Pick<ChartDef, 'id' | 'series'> & Partial<Pick<ChartDef, 'page'>>;

/** The indicator of an `indicator-<id>…` chart id (indicator ids hold no hyphen). */
const indicatorOf = (id: string) => /^indicator-([a-z0-9_]+)-/.exec(id)?.[1] ?? null;
const seriesParts = (key: string) => key.split('|');

/**
 * Where a retired chart's figures are now, by what it showed: the chart of
 * the same series under a new id; else a series of the same indicator,
 * measure and unit family (its scope or kind was corrected); else the
 * indicator's overview; for a report's or region's chart, the same report's
 * or region's figures chart. Null when nothing of it is drawn any more.
 */
export function successorFor(old: Pick<PublishedChart, 'id' | 'series'>, drawn: readonly Drawn[]): string | null {
  const byId = new Map(drawn.map((c) => [c.id, c]));
  if (old.series) {
    const same = drawn.find((c) => c.series === old.series);
    if (same) return same.id;
    const [indicator, measure, , , family] = seriesParts(old.series);
    const near = drawn
      .filter((c) => c.series)
      .find((c) => {
        const p = seriesParts(c.series as string);
        return p[0] === indicator && p[1] === measure && p[4] === family;
      });
    if (near) return near.id;
  }
  const indicator = indicatorOf(old.id);
  if (indicator && byId.has(`indicator-${indicator}-dots`)) return `indicator-${indicator}-dots`;
  const report = /^report-(.+)-(?:figures|themes|targets)$/.exec(old.id)?.[1];
  if (report)
    for (const kind of ['figures', 'themes'])
      if (byId.has(`report-${report}-${kind}`)) return `report-${report}-${kind}`;
  return null;
}

/**
 * The record's ids the build does not draw, each with a drawn successor: a
 * recorded successor is followed (through retired ids) to a drawn chart;
 * without one, or when it leads nowhere drawn, one is found by meaning. An
 * id no drawn chart stands for keeps a notice linking to the page of what it
 * showed (`pageOf`: its indicator's, report's or region's page, when the
 * build has it). `unresolved` lists the ids with neither.
 */
export function retiredCharts(
  record: readonly PublishedChart[],
  drawn: readonly Drawn[],
  pageOf: (id: string) => string | null = () => null,
): { retired: RetiredChart[]; unresolved: string[] } {
  const drawnIds = new Set(drawn.map((c) => c.id));
  const byId = new Map(record.map((r) => [r.id, r]));
  const follow = (start: PublishedChart): string | null => {
    const seen = new Set<string>();
    for (let r: PublishedChart | undefined = start; r && !seen.has(r.id); r = byId.get(r.successor)) {
      seen.add(r.id);
      if (r.successor && drawnIds.has(r.successor)) return r.successor;
      if (!r.successor) break;
    }
    return null;
  };
  const retired: RetiredChart[] = [];
  const unresolved: string[] = [];
  for (const r of record) {
    if (drawnIds.has(r.id)) continue;
    const successor = follow(r) ?? successorFor(r, drawn);
    const page = (successor ? drawn.find((c) => c.id === successor)?.page : undefined) ?? pageOf(r.id);
    if (successor || page)
      retired.push({ id: r.id, successor, page: page ?? '', title: { zh: r.title_zh, en: r.title_en } });
    else unresolved.push(r.id);
  }
  return { retired, unresolved };
}

/**
 * The record after a release: every drawn chart live (new ones marked with
 * this release), every recorded id no longer drawn retired with its
 * successor. Ids are never dropped: once published, an address is kept.
 */
export function recordRelease(
  record: readonly PublishedChart[],
  drawn: readonly Pick<ChartDef, 'id' | 'series' | 'title'>[],
  version: string,
): PublishedChart[] {
  const known = new Map(record.map((r) => [r.id, r]));
  const { retired } = retiredCharts(record, drawn);
  const successorOf = new Map(retired.map((r) => [r.id, r.successor]));
  const live: PublishedChart[] = drawn.map((c) => ({
    id: c.id,
    status: 'live',
    successor: '',
    series: c.series ?? '',
    title_zh: c.title.zh,
    title_en: c.title.en,
    released: known.get(c.id)?.released ?? version,
  }));
  const liveIds = new Set(live.map((c) => c.id));
  const gone: PublishedChart[] = record
    .filter((r) => !liveIds.has(r.id))
    .map((r) => ({ ...r, status: 'retired', successor: successorOf.get(r.id) ?? r.successor }));
  return [...live, ...gone].sort((a, b) => a.id.localeCompare(b.id));
}

/** The page of what a chart id shows, when this build has that page: its indicator's, report's, region's or theme's, or home. */
export function subjectPage(ds: Dataset, id: string): string | null {
  const m =
    /^(indicator|report|region|theme|home)-(.+?)(?:-(?:dots|figures|themes|targets|reports|[a-z0-9_-]+-dots))?$/.exec(
      id,
    );
  if (!m) return null;
  const [, kind, rest = ''] = m;
  if (kind === 'home') return urls.home();
  if (kind === 'indicator') {
    const [ind = ''] = rest.split('-');
    return ds.index.figuresByIndicator.has(ind) ? urls.indicator(ind) : null;
  }
  if (kind === 'report') {
    const report = /^(.+)-(?:figures|themes|targets)$/.exec(id.slice('report-'.length))?.[1] ?? rest;
    return ds.index.reportById.has(report) ? urls.report(report) : null;
  }
  if (kind === 'region') return ds.index.reportsByRegion.has(rest) ? urls.region(rest) : null;
  return ds.themes.some((t) => t.id === rest) ? urls.theme(rest) : null;
}
