// The site's URL scheme, in one place; kept stable (embeds and citations rely on it).
const base = '/';

export const urls = {
  home: () => base,
  reports: () => `${base}reports/`,
  report: (id: string) => `${base}reports/${id}/`,
  paragraph: (id: string, n: number) => `${base}reports/${id}/#p-${n}`,
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
  data: (name: string) => `${base}data/${name}`,
  methodology: () => `${base}methodology/`,
  /** A report's citation record: BibTeX (.bib) or RIS (.ris). */
  citation: (id: string, format: 'bib' | 'ris') => `${base}cite/${id}.${format}`,
  sources: () => `${base}sources/`,
  /** A raw source file exactly as found. */
  source: (file: string) => `${base}sources/${encodeURIComponent(file)}`,
};
