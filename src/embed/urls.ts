// Absolute addresses of a chart's embed artefacts, from the site's public
// origin (astro.config `site`), for snippets and oEmbed that live on other sites.
import { assertChartId } from './constants.ts';
import { optionsQuery } from './options.ts';
import type { EmbedOptions } from './options.ts';

export type Site = URL | string;

const abs = (path: string, site: Site) => new URL(path, site).href;

export const embedUrl = (id: string, site: Site, opts: Partial<EmbedOptions> = {}) =>
  abs(`/embed/${assertChartId(id)}/${optionsQuery(opts)}`, site);
export const oembedUrl = (id: string, site: Site) => abs(`/oembed/${assertChartId(id)}.json`, site);
export const embedScriptUrl = (site: Site) => abs('/embed.js', site);
export const svgDownloadUrl = (id: string, site: Site) => abs(`/charts/${assertChartId(id)}.svg`, site);
export const csvDownloadUrl = (id: string, site: Site) => abs(`/charts/${assertChartId(id)}.csv`, site);
/** The chart on the page it comes from (Chart.astro gives the figure this id). */
export const chartPageUrl = (page: string, id: string, site: Site) => abs(`${page}#chart-${assertChartId(id)}`, site);
