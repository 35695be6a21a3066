// Rows of the published tables (src/pipeline/export/tables.ts), with typed
// values: numbers, booleans, lists as arrays, null for nothing. Every row
// carries enough provenance to be cited on its own: report id, region code,
// year, and the absolute address of its place on the site (built on the
// site's address, SITE_URL, so a link opens from a spreadsheet too).
import type { Dataset, Report } from '../types.ts';
import { absolute, urls } from '../../core/urls.ts';
import { figureValue } from '../figure-value.ts';
import { fieldNames, tableDef } from './tables.ts';
import type { TableName } from './tables.ts';

/** The site's own scheme (src/core/urls.ts) made absolute on the site's address. */
function permalinks(site: URL | string) {
  return {
    report: (id: string) => absolute(urls.report(id), site),
    paragraph: (id: string, n: number) => absolute(urls.paragraph(id, n), site),
    sentence: (id: string, n: number) => absolute(urls.sentence(id, n), site),
    figure: (id: string, n: number) => absolute(urls.figure(id, n), site),
    source: (file: string) => absolute(urls.source(file), site),
  };
}

export const REPORT_COLUMNS = fieldNames(tableDef('reports'));
export const FIGURE_COLUMNS = fieldNames(tableDef('figures'));
export const THEME_COLUMNS = fieldNames(tableDef('themes'));
export const INSTRUMENT_COLUMNS = fieldNames(tableDef('instruments'));

/** One value of a row: a list column holds an array. */
export type Value = string | number | boolean | null | readonly (string | number)[];
export type Row = Record<string, Value>;

function reportIndex(dataset: Dataset): (id: string) => Report {
  const byId = new Map(dataset.reports.map((r) => [r.meta.id, r]));
  return (id) => {
    const report = byId.get(id);
    if (!report) throw new Error(`export: a row refers to report "${id}", which is not in the dataset`);
    return report;
  };
}

/** How many items each report has, counted in one pass (not one pass per report). */
function countByReport(list: readonly { report: string }[]): (id: string) => number {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x.report, (counts.get(x.report) ?? 0) + 1);
  return (id) => counts.get(id) ?? 0;
}

export function reportRows(dataset: Dataset, site: URL | string): Row[] {
  const permalink = permalinks(site);
  const paragraphs = countByReport(dataset.paragraphs);
  const figures = countByReport(dataset.figures);
  // Linked only when the raw file is published: a report may name one the folder lacks.
  const published = new Map(dataset.sources.map((s) => [s.file, s.published]));
  const sourceFile = (raw: string) => {
    const name = published.get(raw);
    return name === undefined ? null : permalink.source(name);
  };
  return dataset.reports.map(({ meta: m }) => ({
    id: m.id,
    title: m.title,
    title_en: m.title_en ?? null,
    region_code: m.region.code,
    region_name: m.region.name,
    province: m.region.province,
    city: m.region.city ?? null,
    level: m.region.level,
    region_basis: m.region_basis,
    region_confidence: m.region_confidence,
    region_evidence: m.region_evidence,
    year: m.year,
    years: m.years,
    period: m.period,
    year_reliable: m.year_reliable,
    doc_type: m.doc_type,
    issuer: m.issuer,
    raw_file: m.source.raw_file,
    source_file: sourceFile(m.source.raw_file),
    part: m.source.part,
    parts: m.source.parts,
    site: m.source.site ?? null,
    author: m.source.author ?? null,
    url: m.source.url ?? null,
    published: m.source.published ?? null,
    retrieved: m.source.retrieved ?? null,
    masked_figures: m.quality.masked_figures,
    rewritten_years: m.quality.rewritten_years,
    gaps: m.quality.gaps,
    garbled: m.quality.garbled,
    converted_traditional: m.quality.converted_traditional,
    quality_notes: m.quality.notes,
    paragraphs: paragraphs(m.id),
    figures: figures(m.id),
    permalink: permalink.report(m.id),
  }));
}

export function figureRows(dataset: Dataset, site: URL | string): Row[] {
  const permalink = permalinks(site);
  const report = reportIndex(dataset);
  return dataset.figures.map((f) => {
    const { meta } = report(f.report);
    return {
      id: f.id,
      report: f.report,
      region_code: meta.region.code,
      year: meta.year,
      year_reliable: meta.year_reliable,
      n: f.n,
      paragraph: f.paragraph,
      sentence_n: f.sentence_n,
      sentence: f.sentence,
      start: f.start,
      end: f.end,
      ...figureValue(f),
      curation_note: f.curation?.note ?? null,
      permalink: permalink.figure(f.report, f.n),
      measure: f.measure,
      measure_basis: f.measure_basis,
      measure_rule: f.measure_rule,
      scope: f.scope,
      series: f.series,
      value_low: f.value_low ?? null,
      rank_of: f.rank_of ?? null,
      rank_among: f.rank_among ?? null,
      review: f.review,
      in_series: f.in_series,
      same_as: f.same_as,
    };
  });
}

export function themeRows(dataset: Dataset): Row[] {
  const report = reportIndex(dataset);
  const themes = new Map(dataset.themes.map((t) => [t.id, t]));
  return dataset.reportThemes.map((t) => {
    const { meta } = report(t.report);
    return {
      report: t.report,
      region_code: meta.region.code,
      year: meta.year,
      theme: t.theme,
      theme_zh: themes.get(t.theme)?.zh ?? null,
      theme_en: themes.get(t.theme)?.en ?? null,
      chars: t.chars,
      share: Number(t.share.toFixed(6)),
      paragraphs: t.paragraphs,
    };
  });
}

export function instrumentRows(dataset: Dataset, site: URL | string): Row[] {
  const permalink = permalinks(site);
  const report = reportIndex(dataset);
  const instruments = new Map(dataset.instruments.map((i) => [i.id, i]));
  const sentences = new Map(dataset.sentences.map((s) => [`${s.report}#${s.n}`, s]));
  return dataset.reportInstruments.map((ri) => {
    const { meta } = report(ri.report);
    const def = instruments.get(ri.instrument);
    const example = sentences.get(`${ri.report}#${ri.example_sentence}`);
    return {
      report: ri.report,
      region_code: meta.region.code,
      year: meta.year,
      instrument: ri.instrument,
      side: def?.side ?? null,
      instrument_zh: def?.zh ?? null,
      instrument_en: def?.en ?? null,
      mentions: ri.mentions,
      example_sentence: ri.example_sentence,
      example_text: example?.text ?? null,
      example_permalink: permalink.sentence(ri.report, ri.example_sentence),
    };
  });
}

export function paragraphRows(dataset: Dataset, site: URL | string): Row[] {
  const permalink = permalinks(site);
  return dataset.paragraphs.map((p) => {
    const hits = dataset.paragraphThemes.get(`${p.report}#${p.n}`) ?? [];
    return {
      report: p.report,
      n: p.n,
      kind: p.kind,
      level: p.level ?? null,
      start: p.start,
      end: p.end,
      text: p.text,
      themes: hits.map((h) => h.theme),
      theme_keywords: hits.map((h) => `${h.theme}:${h.keywords.join(',')}`),
      permalink: permalink.paragraph(p.report, p.n),
    };
  });
}

const lexiconRows = <T extends object>(rows: readonly T[]): Row[] => rows.map((r) => ({ ...r }) as Row);

/** A table's rows by name, in its columns' order, with nothing written one way: an empty string or absent value is null. */
export function tableRows(dataset: Dataset, name: TableName, site: URL | string): Row[] {
  const rows = ((): Row[] => {
    switch (name) {
      case 'reports':
        return reportRows(dataset, site);
      case 'figures':
        return figureRows(dataset, site);
      case 'themes':
        return themeRows(dataset);
      case 'instruments':
        return instrumentRows(dataset, site);
      case 'paragraphs':
        return paragraphRows(dataset, site);
      case 'indicators':
        return lexiconRows(dataset.indicators);
      case 'measures':
        return lexiconRows(dataset.measures);
      case 'scopes':
        return lexiconRows(dataset.scopes);
      case 'theme-keywords':
        return lexiconRows(dataset.themes);
      case 'instrument-keywords':
        return lexiconRows(dataset.instruments);
      case 'regions':
        return lexiconRows(dataset.regions);
    }
  })();
  const columns = fieldNames(tableDef(name));
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const value = row[c];
        return [c, value === undefined || value === '' ? null : value];
      }),
    ),
  );
}
