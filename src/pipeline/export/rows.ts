// Flat rows for the /data downloads (reports, figures, themes, instruments,
// paragraphs). Every row carries enough provenance to be cited on its own:
// report id, region code, year, and a permalink into the report page.
import type { Dataset, Report } from '../types.ts';
import { urls } from '../../core/urls.ts';
import { figureValue } from '../figure-value.ts';

/** The site's own scheme (src/core/urls.ts): a row's permalink is the address of its place on the site. */
export const permalink = {
  report: urls.report,
  paragraph: urls.paragraph,
  sentence: urls.sentence,
  figure: urls.figure,
  source: urls.source,
};

export const REPORT_COLUMNS = [
  'id',
  'title',
  'title_en',
  'region_code',
  'region_name',
  'province',
  'city',
  'level',
  'region_basis',
  'region_confidence',
  'region_evidence',
  'year',
  'years',
  'period',
  'year_reliable',
  'doc_type',
  'issuer',
  'raw_file',
  'source_file',
  'part',
  'parts',
  'site',
  'author',
  'url',
  'published',
  'retrieved',
  'masked_figures',
  'rewritten_years',
  'gaps',
  'garbled',
  'converted_traditional',
  'quality_notes',
  'paragraphs',
  'figures',
  'permalink',
];

export const FIGURE_COLUMNS = [
  'id',
  'report',
  'region_code',
  'year',
  'year_reliable',
  'n',
  'paragraph',
  'sentence_n',
  'sentence',
  'start',
  'end',
  'raw',
  'value',
  'unit',
  'value_norm',
  'unit_norm',
  'kind',
  'qualifier',
  'subject_qualifier',
  'period',
  'masked',
  'indicator',
  'label',
  'theme',
  'curation_note',
  'permalink',
  'measure',
  'measure_basis',
  'measure_rule',
  'scope',
  'series',
];

export const THEME_COLUMNS = [
  'report',
  'region_code',
  'year',
  'theme',
  'theme_zh',
  'theme_en',
  'chars',
  'share',
  'paragraphs',
];

export const INSTRUMENT_COLUMNS = [
  'report',
  'region_code',
  'year',
  'instrument',
  'side',
  'instrument_zh',
  'instrument_en',
  'mentions',
  'example_sentence',
  'example_text',
  'example_permalink',
];

export const PARAGRAPH_COLUMNS = [
  'report',
  'n',
  'kind',
  'level',
  'start',
  'end',
  'text',
  'themes',
  'theme_keywords',
  'permalink',
];

type Row = Record<string, string | number | boolean | null>;

function reportIndex(dataset: Dataset): (id: string) => Report {
  const byId = new Map(dataset.reports.map((r) => [r.meta.id, r]));
  return (id) => {
    const report = byId.get(id);
    if (!report) throw new Error(`export: a row refers to report "${id}", which is not in the dataset`);
    return report;
  };
}

const joined = (list: readonly (string | number)[] | undefined) => (list ?? []).join('|');

/** How many items each report has, counted in one pass (not one pass per report). */
function countByReport(list: readonly { report: string }[]): (id: string) => number {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x.report, (counts.get(x.report) ?? 0) + 1);
  return (id) => counts.get(id) ?? 0;
}

export function reportRows(dataset: Dataset): Row[] {
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
    region_evidence: joined(m.region_evidence),
    year: m.year,
    years: joined(m.years),
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
    quality_notes: joined(m.quality.notes),
    paragraphs: paragraphs(m.id),
    figures: figures(m.id),
    permalink: permalink.report(m.id),
  }));
}

export function figureRows(dataset: Dataset): Row[] {
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
      measure_basis: joined(f.measure_basis),
      measure_rule: f.measure_rule,
      scope: f.scope,
      series: f.series,
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

export function instrumentRows(dataset: Dataset): Row[] {
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

export function paragraphRows(dataset: Dataset): Row[] {
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
      themes: joined(hits.map((h) => h.theme)),
      theme_keywords: hits.map((h) => `${h.theme}:${h.keywords.join(',')}`).join('|'),
      permalink: permalink.paragraph(p.report, p.n),
    };
  });
}
