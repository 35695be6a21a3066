// Adapter: the site's Dataset → the search engine's corpus. Gap markers are
// left out (nothing to find there); headings are kept (they are searchable).
import type { Dataset, Report } from '../../pipeline/types.ts';
import type { SearchCorpus, SearchReport } from '../engine/types.ts';
import { placeNames } from './place-names.ts';
import { displayTitle, regionPath } from '../../words/report-words.ts';
import { nameBase } from '../../words/place-names.ts';

/** A theme counts as one of the report's subjects from this share of its text. */
export const REPORT_THEME_SHARE = 0.1;
const MAX_REPORT_THEMES = 3;

/** Main themes from paragraph tags alone (share of characters in tagged paragraphs), when no report shares are at hand. */
export function mainThemesOf(paragraphs: SearchReport['paragraphs']): string[] {
  const total = paragraphs.reduce((s, p) => s + p.text.length, 0) || 1;
  const chars = new Map<string, number>();
  for (const p of paragraphs)
    for (const t of p.themes) chars.set(t, (chars.get(t) ?? 0) + p.text.length / p.themes.length);
  const ranked = [...chars].sort((a, b) => b[1] - a[1]);
  const main = ranked.filter(([, c]) => c / total >= REPORT_THEME_SHARE).slice(0, MAX_REPORT_THEMES);
  return (main.length ? main : ranked.slice(0, 1)).map(([t]) => t);
}

/** Every name of a report's place a reader may type: each level with and without its suffix, English and pinyin. */
function placesOf(meta: Report['meta'], names: string[]): string[] {
  const { name, city, province } = meta.region;
  const zh = [name, city, province].filter((n): n is string => !!n);
  return [...new Set([...zh, ...zh.map(nameBase), ...names])].filter((n) => n.length >= 2);
}

/** What the index knows of a report besides its text and themes: the same for the site and the benchmark. */
export function searchReportHead(
  meta: Report['meta'],
  regions: Dataset['regions'],
): Omit<SearchReport, 'themes' | 'paragraphs'> {
  const names = meta.region.code ? placeNames(meta.region, regions) : [];
  return {
    id: meta.id,
    title: meta.title,
    display_title: displayTitle(meta),
    region: regionPath(meta.region, meta.region_basis),
    region_code: meta.region.code,
    region_name: meta.region.name,
    names,
    places: meta.region.code && meta.region_basis !== 'unknown' ? placesOf(meta, names) : [],
    province: meta.region.province || null,
    level: meta.region.level,
    year: meta.year,
    years: meta.years,
    year_reliable: meta.year_reliable,
    doc_type: meta.doc_type,
  };
}

/** The vocabularies the engine matches besides text: theme names, indicator synonyms, the measures' cues. */
export function searchVocabulary(
  ds: Pick<Dataset, 'themes' | 'indicators' | 'measures' | 'figures'>,
): Omit<SearchCorpus, 'reports'> {
  // The indicator pages are those of indicators holding figures (src/pages/indicators/[id].astro).
  const withFigures = new Set(ds.figures.map((f) => f.indicator));
  return {
    themes: ds.themes.map((t) => ({ id: t.id, zh: t.zh })),
    indicators: ds.indicators.map((i) => ({
      id: i.id,
      zh: i.name_zh,
      synonyms: i.synonyms,
      page: withFigures.has(i.id),
    })),
    measures: ds.measures.map((m) => ({ id: m.id, applies_to: m.applies_to, cues: m.cues })),
  };
}

/** Figures per indicator of one report (masked ones too: the report holds them). */
export function figureCounts(figures: readonly { indicator: string | null }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of figures) if (f.indicator) out[f.indicator] = (out[f.indicator] ?? 0) + 1;
  return out;
}

export function searchCorpusFromDataset(ds: Dataset): SearchCorpus {
  const paragraphsByReport = new Map<string, SearchReport['paragraphs']>();
  for (const p of ds.paragraphs) {
    if (p.kind === 'gap') continue;
    const list = paragraphsByReport.get(p.report) ?? [];
    list.push({
      n: p.n,
      text: p.text,
      themes: (ds.paragraphThemes.get(`${p.report}#${p.n}`) ?? []).map((h) => h.theme),
    });
    paragraphsByReport.set(p.report, list);
  }
  const sharesByReport = new Map<string, Dataset['reportThemes'][number][]>();
  for (const t of ds.reportThemes) {
    if (t.share <= 0) continue;
    const list = sharesByReport.get(t.report);
    if (list) list.push(t);
    else sharesByReport.set(t.report, [t]);
  }
  const reports: SearchReport[] = ds.reports.map(({ meta }) => {
    const shares = [...(sharesByReport.get(meta.id) ?? [])].sort((a, b) => b.share - a.share);
    const main = shares.filter((t) => t.share >= REPORT_THEME_SHARE).slice(0, MAX_REPORT_THEMES);
    return {
      ...searchReportHead(meta, ds.regions),
      // Ranked by the verified series values a report holds (duplicates and parts not counted twice).
      figures: figureCounts(ds.index.seriesFiguresByReport.get(meta.id) ?? []),
      themes: (main.length ? main : shares.slice(0, 1)).map((t) => t.theme),
      paragraphs: paragraphsByReport.get(meta.id) ?? [],
    };
  });
  return { reports, ...searchVocabulary(ds) };
}
