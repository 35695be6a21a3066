// The site's URL scheme, in one place; kept stable (embeds and citations rely
// on it). The bottom layer: the pipeline's open data, charts, embeds, checks
// and pages all build addresses here. Paths start at the site's base path
// ("/", or "/atlas/" when SITE_URL has one); absolute ones come from
// `absolute()` with the site's address.
import { checkSiteUrl } from './site-url.ts';

declare const __ATLAS_BASE__: string | undefined;

/** The base path: written into the browser's bundles by the build (astro.config.mjs), else from SITE_URL. */
function siteBase(): string {
  if (typeof __ATLAS_BASE__ === 'string') return __ATLAS_BASE__;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const checked = checkSiteUrl(env?.SITE_URL);
  return checked.ok ? checked.base : '/';
}

const base = siteBase();

export const urls = {
  home: () => base,
  reports: () => `${base}reports/`,
  report: (id: string) => `${base}reports/${id}/`,
  /** A page of a report too long for one (src/pipeline/corpus/report-parts.ts): part 1 is the report page itself. */
  reportPart: (id: string, k: number) => (k <= 1 ? `${base}reports/${id}/` : `${base}reports/${id}/${k}/`),
  paragraph: (id: string, n: number) => `${base}reports/${id}/#p-${n}`,
  sentence: (id: string, n: number) => `${base}reports/${id}/#s-${n}`,
  figure: (id: string, n: number) => `${base}reports/${id}/#f-${n}`,
  /** A figure of the page the link is on. */
  figureHere: (n: number) => `#f-${n}`,
  regions: () => `${base}regions/`,
  region: (code: string) => `${base}regions/${code}/`,
  indicators: () => `${base}indicators/`,
  indicator: (id: string) => `${base}indicators/${id}/`,
  /** One series of an indicator (what exactly is counted), its slug from its meaning (`stock`, `new-target`). */
  series: (indicator: string, slug: string) => `${base}indicators/${indicator}/${slug}/`,
  /** A series view as the reader left it: regions picked and tab open (`?region=320381,330200&tab=table`). */
  seriesView: (indicator: string, slug: string, state: { regions?: string[]; tab?: string } = {}) => {
    const q = [
      state.regions?.length ? `region=${state.regions.map(encodeURIComponent).join(',')}` : '',
      state.tab && state.tab !== 'chart' ? `tab=${encodeURIComponent(state.tab)}` : '',
    ].filter(Boolean);
    return `${base}indicators/${indicator}/${slug}/${q.length ? `?${q.join('&')}` : ''}`;
  },
  /** Every figure of a series as CSV, each row with its sentence and permalink, and the file that describes it. */
  seriesCsv: (indicator: string, slug: string) => `${base}data/series/${indicator}/${slug}.csv`,
  seriesReadme: (indicator: string, slug: string) => `${base}data/series/${indicator}/${slug}.README.txt`,
  themes: () => `${base}themes/`,
  theme: (id: string) => `${base}themes/${id}/`,
  search: (q?: string) => (q ? `${base}search/?q=${encodeURIComponent(q)}` : `${base}search/`),
  /** A curated comparison, written whole at build time. */
  comparison: (slug: string) => `${base}compare/${slug}/`,
  compare: (ids?: string[]) => (ids?.length ? `${base}compare/?r=${ids.join(',')}` : `${base}compare/`),
  embeds: () => `${base}embed/`,
  embed: (chartId: string) => `${base}embed/${chartId}/`,
  oembeds: () => `${base}oembed/`,
  oembed: (chartId: string) => `${base}oembed/${chartId}.json`,
  /** The oEmbed response for an article column of `width` px (a static host cannot read ?maxwidth=). */
  oembedAtWidth: (chartId: string, width: number) => `${base}oembed/w${width}/${chartId}.json`,
  /** Chart downloads: SVG and CSV of exactly what is drawn. */
  charts: () => `${base}charts/`,
  chartSvg: (chartId: string) => `${base}charts/${chartId}.svg`,
  chartCsv: (chartId: string) => `${base}charts/${chartId}.csv`,
  embedScript: () => `${base}embed.js`,
  /** A chart on the page it comes from (Chart.astro gives the figure this id). */
  chartOnPage: (page: string, chartId: string) => `${page}#chart-${chartId}`,
  data: (name = '') => `${base}data/${name}`,
  /** The data releases listed on /data/. */
  changelog: () => `${base}data/#changelog`,
  /** A report's data for the comparison (fetched by the compare page for the reports chosen). */
  compareData: (id: string) => `${base}compare-data/${id}.json`,
  /** Names of themes, instruments and indicators for the comparison (in a folder: no report id can name it). */
  compareVocabulary: () => `${base}compare-data/meta/vocabulary.json`,
  searchIndex: () => `${base}search-index/`,
  /** A file served as it is from public/ (icons, stylesheets). */
  asset: (path: string) => `${base}${path}`,
  methodology: () => `${base}methodology/`,
  /** Every indexable page, for crawlers (named by robots.txt). */
  sitemap: () => `${base}sitemap.xml`,
  robots: () => `${base}robots.txt`,
  notFound: () => `${base}404.html`,
  /** A report's citation record: BibTeX (.bib), RIS (.ris) or CSL-JSON (.json). */
  citation: (id: string, format: 'bib' | 'ris' | 'json') => `${base}cite/${id}.${format}`,
  /** The citation record of a series, an indicator, a chart or a comparison (`series` ids are `<indicator>/<slug>`). */
  datasetCitation: (kind: 'series' | 'indicators' | 'charts' | 'compare', id: string, format: 'bib' | 'ris' | 'json') =>
    `${base}cite/${kind}/${id}.${format}`,
  /** A comparison's table as CSV (curated comparisons: /compare/<slug>/ has /compare/<slug>.csv). */
  compareCsv: (slug: string) => `${base}compare/${slug}.csv`,
  /** Social cards (PNG): the site's, a report's, an indicator's, a curated comparison's, a chart's. */
  cards: () => `${base}cards/`,
  siteCard: () => `${base}cards/site.png`,
  reportCard: (id: string) => `${base}cards/reports/${id}.png`,
  indicatorCard: (id: string) => `${base}cards/indicators/${id}.png`,
  comparisonCard: (slug: string) => `${base}cards/compare/${slug}.png`,
  chartCard: (id: string) => `${base}cards/charts/${id}.png`,
  sources: () => `${base}sources/`,
  /** A raw source file, byte for byte as found, by the name it is published under (always .txt: src/pipeline/sources.ts). */
  source: (published: string) => `${base}sources/${encodeURIComponent(published)}`,
};

/** An address of the scheme above (it starts at the base path) made absolute on the site's origin. */
export const absolute = (path: string, site: URL | string): string => new URL(path, site).href;

/** The base path every address above starts with: "/" or "/atlas/". */
export const basePath = (): string => base;

/** The path of an address inside the built folder: the base path taken off (/atlas/reports/x/ → /reports/x/). */
export const pathInBuild = (path: string): string => (path.startsWith(base) ? `/${path.slice(base.length)}` : path);
