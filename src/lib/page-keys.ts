// The data each reused page depends on, as a hash: Astro's incremental build
// (experimental.incrementalBuild, astro.config.mjs) restores a page from the
// previous build when its route's code is unchanged (Astro hashes the page's
// module graph, the config and the lockfile) and the `cacheKey` its
// getStaticPaths gave is the same. So a key must name every datum the page
// reads beyond its code:
// - the site key: what every page may show of the whole corpus — the
//   lexicons, the releases, the published chart record, every report's
//   frontmatter (related reports, titles, region lists), the raw files there
//   are with their published names (provenance boxes). Adding a report or editing a frontmatter changes
//   it, and every keyed page is rendered again;
// - a report's key: the site key, its frontmatter and text, its figures as
//   curated and numbered (so a decision in data/curation.csv or a number in
//   data/published/ re-renders exactly the pages of its report), and the
//   published figure anchors it keeps;
// - a region's key: the site key and the keys of its reports.
// Pages that gather from every report (home, indicators, themes, data tables,
// the search index) have no key and are rendered every build.
import { createHash, type Hash } from 'node:crypto';
import type { Dataset, Figure } from '../pipeline/types.ts';
import { group } from '../pipeline/dataset-index.ts';

interface Keys {
  site: string;
  reports: Map<string, string>;
  regions: Map<string, string>;
}

const memo = new WeakMap<Dataset, Keys>();

const json = (h: Hash, value: unknown) => h.update(JSON.stringify(value) ?? 'undefined').update('\n');

function siteKey(ds: Dataset): string {
  const h = createHash('sha256').update('atlas-page-keys-1\n');
  for (const part of [ds.regions, ds.indicators, ds.measures, ds.scopes, ds.themes, ds.instruments]) json(h, part);
  json(h, ds.releases);
  json(h, ds.published.charts);
  for (const r of ds.reports) json(h, [r.file, r.meta]);
  // The raw sources present, their published names and sizes (provenance boxes, reports.csv links).
  json(h, ds.sources);
  return h.digest('hex');
}

function keysOf(ds: Dataset): Keys {
  let keys = memo.get(ds);
  if (keys) return keys;
  const site = siteKey(ds);
  const published = group(ds.published.figures, (p) => p.report);
  const reports = new Map<string, string>();
  for (const r of ds.reports) {
    const id = r.meta.id;
    const h = createHash('sha256').update(site).update('\n');
    json(h, r.meta);
    h.update(r.body).update('\n');
    for (const f of ds.index.figuresByReport.get(id) ?? ([] as Figure[])) json(h, f);
    json(h, published.get(id) ?? []);
    reports.set(id, h.digest('hex'));
  }
  const regions = new Map<string, string>();
  for (const [code, list] of ds.index.reportsByRegion) {
    const h = createHash('sha256').update(site).update('\n');
    for (const r of list) h.update(reports.get(r.meta.id)!).update('\n');
    regions.set(code, h.digest('hex'));
  }
  keys = { site, reports, regions };
  memo.set(ds, keys);
  return keys;
}

/** The cache key of a page made from one report (its page, citations, comparison data, charts, card). */
export function reportKey(ds: Dataset, id: string): string {
  return keysOf(ds).reports.get(id)!;
}

/** The cache key of a page made from one region's reports. */
export function regionKey(ds: Dataset, code: string): string | undefined {
  return keysOf(ds).regions.get(code);
}

/**
 * The cache key of a chart's pages (embed, SVG and CSV downloads, oEmbed):
 * its report's or region's key for a report or region chart, none for a chart
 * gathered from many reports (rendered every build).
 */
export function chartKey(ds: Dataset, chartId: string): string | undefined {
  const report = /^report-(.+)-(?:figures|themes|targets)$/.exec(chartId)?.[1];
  if (report !== undefined && ds.index.reportById.has(report)) return `${chartId}\n${reportKey(ds, report)}`;
  const region = /^region-(.+)-figures$/.exec(chartId)?.[1];
  if (region !== undefined) {
    const key = regionKey(ds, region);
    return key === undefined ? undefined : `${chartId}\n${key}`;
  }
  return undefined;
}

/** A key from content alone (a card's SVG is all its PNG depends on, with the code). */
export function contentKey(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}
