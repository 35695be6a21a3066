// Reduces the dataset to what a comparison needs, per report: the compact
// ReportCompareData served as /compare-data/<id>.json, and the vocabulary
// (theme, instrument and indicator names) served beside it.
import { figureValue } from '../pipeline/figure-value.ts';
import type { Dataset, Report } from '../pipeline/types.ts';
import { tagThemes } from '../pipeline/themes/tag.ts';
import { visibleChars } from '../pipeline/themes/shares.ts';
import { measureText } from '../words/series-words.ts';
import { pairKey } from '../pipeline/figures/series.ts';
import { withSections } from './sections.ts';
import type { CompareFigure, CompareMeta, CompareSentence, ReportCompareData, Vocabulary } from './types.ts';

export function compareMeta(report: Report): CompareMeta {
  const m = report.meta;
  return {
    id: m.id,
    title: m.title,
    region: m.region.name,
    code: m.region.code,
    province: m.region.province,
    city: m.region.city ?? '',
    level: m.region.level,
    year: m.year,
    years: m.years,
    period: m.period,
    doc_type: m.doc_type,
    year_reliable: m.year_reliable,
    region_basis: m.region_basis,
    gaps: m.quality.gaps,
    masked: m.quality.masked_figures,
  };
}

export function vocabulary(ds: Dataset): Vocabulary {
  return {
    themes: ds.themes.map((t) => ({ id: t.id, zh: t.zh, en: t.en })),
    instruments: ds.instruments.map((i) => ({ id: i.id, side: i.side, zh: i.zh, en: i.en })),
    indicators: ds.indicators.map((i) => ({ id: i.id, zh: i.name_zh, en: i.name_en })),
  };
}

export function reportCompareData(ds: Dataset, id: string): ReportCompareData {
  const report = ds.index.reportById.get(id);
  if (!report) throw new Error(`reportCompareData: no report ${id}`);
  const paragraphs = ds.index.paragraphsByReport.get(id) ?? [];
  const sentences = ds.index.sentencesByReport.get(id) ?? [];
  // The comparison aligns, pairs and highlights only figures that count in their series (verified by a curator).
  const figures = ds.index.seriesFiguresByReport.get(id) ?? [];
  const headings = new Set(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.n));
  const sentenceStart = new Map(sentences.map((s) => [s.n, s]));

  // A sentence is on a theme when its own words name it or a figure in it counts
  // something of that theme (a sentence of bare numbers still belongs).
  const figureThemes = new Map<number, Set<string>>();
  for (const f of figures) {
    if (!f.theme) continue;
    const set = figureThemes.get(f.sentence_n) ?? new Set<string>();
    set.add(f.theme);
    figureThemes.set(f.sentence_n, set);
  }

  return {
    meta: compareMeta(report),
    paragraphs: withSections(paragraphs, report.meta.doc_type).map(([p, section]) => ({
      n: p.n,
      kind: p.kind,
      ...(p.level !== undefined ? { level: p.level } : {}),
      chars: p.kind === 'gap' ? 0 : visibleChars(p.text),
      themes: (ds.paragraphThemes.get(`${id}#${p.n}`) ?? []).map((h) => ({ id: h.theme, w: h.keywords.length })),
      section,
    })),
    sentences: sentences.map((s): CompareSentence => {
      const own = tagThemes(s.text, ds.themes).map((h) => h.theme);
      const extra = [...(figureThemes.get(s.n) ?? [])].filter((t) => !own.includes(t));
      return {
        n: s.n,
        p: s.paragraph,
        text: s.text,
        heading: headings.has(s.paragraph),
        themes: [...own, ...extra],
        instruments: (ds.sentenceInstruments.get(`${id}#${s.n}`) ?? []).map((h) => ({
          id: h.instrument,
          w: h.keywords.length,
        })),
      };
    }),
    figures: figures.map((f): CompareFigure => {
      const s = sentenceStart.get(f.sentence_n);
      const inside = s !== undefined && f.start >= s.start && f.end <= s.end;
      return {
        n: f.n,
        s: f.sentence_n,
        at: inside ? f.start - s.start : -1,
        len: f.end - f.start,
        ...figureValue(f),
        measure: f.measure,
        series: f.series,
        pair: pairKey(f),
        measure_label: measureText(f, ds),
        pair_label: measureText({ ...f, kind: 'actual' }, ds),
      };
    }),
  };
}
