// Benchmark corpus: synthetic reports (recombined real paragraphs) → the
// search corpus, each paragraph keeping the themes of the real paragraph it
// came from (tagging 100,000+ paragraphs again would only slow the benchmark).
import { parseParagraphs } from '../../src/pipeline/corpus/paragraphs.ts';
import type { Dataset, Report } from '../../src/pipeline/types.ts';
import { mainThemesOf, regionLabel } from '../../src/search/build/from-dataset.ts';
import { placeNames } from '../../src/search/build/place-names.ts';
import type { SearchCorpus, SearchReport } from '../../src/search/engine/types.ts';

export interface ReportWithOrigin extends Report {
  origin: { report: string; paragraph: number }[];
}

export function searchCorpusFromSynthetic(reports: ReportWithOrigin[], seeds: Dataset): SearchCorpus {
  const out: SearchReport[] = reports.map(({ meta, body, origin }) => {
    const paragraphs = parseParagraphs(body, meta.id)
      .filter((p) => p.kind !== 'gap')
      .map((p) => {
        const o = origin[p.n];
        const hits = o ? (seeds.paragraphThemes.get(`${o.report}#${o.paragraph}`) ?? []) : [];
        return { n: p.n, text: p.text, themes: hits.map((h) => h.theme) };
      });
    return {
      id: meta.id,
      title: meta.title,
      region: regionLabel(meta),
      region_code: meta.region.code,
      region_name: meta.region.name,
      names: meta.region.code ? placeNames(meta.region, seeds.regions) : [],
      province: meta.region.province || null,
      level: meta.region.level,
      year: meta.year,
      doc_type: meta.doc_type,
      themes: mainThemesOf(paragraphs),
      paragraphs,
    };
  });
  return {
    reports: out,
    themes: seeds.themes.map((t) => ({ id: t.id, zh: t.zh })),
    indicators: seeds.indicators.map((i) => ({ id: i.id, zh: i.name_zh, synonyms: i.synonyms })),
  };
}
