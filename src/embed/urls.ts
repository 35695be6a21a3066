// Absolute addresses of a chart's embed artefacts, from the site's public
// origin (astro.config `site`), for snippets and oEmbed that live on other
// sites. The paths are the site's scheme (src/core/urls.ts).
import { absolute, urls } from '../core/urls.ts';
import { assertChartId } from './constants.ts';
import { optionsQuery } from './options.ts';
import type { EmbedOptions } from './options.ts';

export type Site = URL | string;

export const embedUrl = (id: string, site: Site, opts: Partial<EmbedOptions> = {}) =>
  absolute(`${urls.embed(assertChartId(id))}${optionsQuery(opts)}`, site);
export const oembedUrl = (id: string, site: Site) => absolute(urls.oembed(assertChartId(id)), site);
export const embedScriptUrl = (site: Site) => absolute(urls.embedScript(), site);
/** The chart on the page it comes from (Chart.astro gives the figure this id). */
export const chartPageUrl = (page: string, id: string, site: Site) =>
  absolute(urls.chartOnPage(page, assertChartId(id)), site);
