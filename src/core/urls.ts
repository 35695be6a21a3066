// The site's URL scheme, in one place; kept stable (embeds and citations rely
// on it). The bottom layer: the pipeline's open data, charts, embeds, checks
// and pages all build addresses here. Paths are site-relative; absolute ones
// come from `absolute()` with the site's address.
const base = '/';

export const urls = {
  home: () => base,
  reports: () => `${base}reports/`,
  report: (id: string) => `${base}reports/${id}/`,
  paragraph: (id: string, n: number) => `${base}reports/${id}/#p-${n}`,
  sentence: (id: string, n: number) => `${base}reports/${id}/#s-${n}`,
  figure: (id: string, n: number) => `${base}reports/${id}/#f-${n}`,
  regions: () => `${base}regions/`,
  region: (code: string) => `${base}regions/${code}/`,
  indicators: () => `${base}indicators/`,
  indicator: (id: string) => `${base}indicators/${id}/`,
  themes: () => `${base}themes/`,
  theme: (id: string) => `${base}themes/${id}/`,
  search: (q?: string) => (q ? `${base}search/?q=${encodeURIComponent(q)}` : `${base}search/`),
  compare: (ids?: string[]) => (ids?.length ? `${base}compare/?r=${ids.join(',')}` : `${base}compare/`),
  embed: (chartId: string) => `${base}embed/${chartId}/`,
  oembed: (chartId: string) => `${base}oembed/${chartId}.json`,
  chartSvg: (chartId: string) => `${base}charts/${chartId}.svg`,
  chartCsv: (chartId: string) => `${base}charts/${chartId}.csv`,
  embedScript: () => `${base}embed.js`,
  /** A chart on the page it comes from (Chart.astro gives the figure this id). */
  chartOnPage: (page: string, chartId: string) => `${page}#chart-${chartId}`,
  data: (name = '') => `${base}data/${name}`,
  /** A report's data for the comparison (fetched by the compare page for the reports chosen). */
  compareData: (id: string) => `${base}compare-data/${id}.json`,
  /** Names of themes, instruments and indicators for the comparison (in a folder: no report id can name it). */
  compareVocabulary: () => `${base}compare-data/meta/vocabulary.json`,
  searchIndex: () => `${base}search-index/`,
  /** A file served as it is from public/ (icons, stylesheets). */
  asset: (path: string) => `${base}${path}`,
  methodology: () => `${base}methodology/`,
  /** A report's citation record: BibTeX (.bib) or RIS (.ris). */
  citation: (id: string, format: 'bib' | 'ris') => `${base}cite/${id}.${format}`,
  sources: () => `${base}sources/`,
  /** A raw source file exactly as found. */
  source: (file: string) => `${base}sources/${encodeURIComponent(file)}`,
};

/** A site-relative address made absolute on the site's address. */
export const absolute = (path: string, site: URL | string): string => new URL(path, site).href;
