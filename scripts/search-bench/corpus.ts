// Benchmark corpus: synthetic reports (recombined real paragraphs) → the
// search corpus, each paragraph keeping the themes of the real paragraph it
// came from (tagging 100,000+ paragraphs again would only slow the benchmark)
// and the figures of that paragraph (for ranking by a report's figures).
import { parseParagraphs } from '../../src/pipeline/corpus/paragraphs.ts';
import type { Dataset, Report } from '../../src/pipeline/types.ts';
import { figureCounts, mainThemesOf, searchReportHead, searchVocabulary } from '../../src/search/build/from-dataset.ts';
import type { SearchCorpus, SearchReport } from '../../src/search/engine/types.ts';

export interface ReportWithOrigin extends Report {
  origin: { report: string; paragraph: number }[];
}

export function searchCorpusFromSynthetic(reports: ReportWithOrigin[], seeds: Dataset): SearchCorpus {
  const figuresOf = new Map<string, Dataset['figures'][number][]>();
  for (const f of seeds.figures) {
    const key = `${f.report}#${f.paragraph}`;
    figuresOf.set(key, [...(figuresOf.get(key) ?? []), f]);
  }
  const out: SearchReport[] = reports.map(({ meta, body, origin }) => {
    const paragraphs = parseParagraphs(body, meta.id)
      .filter((p) => p.kind !== 'gap')
      .map((p) => {
        const o = origin[p.n];
        const hits = o ? (seeds.paragraphThemes.get(`${o.report}#${o.paragraph}`) ?? []) : [];
        return { n: p.n, text: p.text, themes: hits.map((h) => h.theme) };
      });
    return {
      ...searchReportHead(meta, seeds.regions),
      figures: figureCounts(origin.flatMap((o) => (o ? (figuresOf.get(`${o.report}#${o.paragraph}`) ?? []) : []))),
      themes: mainThemesOf(paragraphs),
      paragraphs,
    };
  });
  return { reports: out, ...searchVocabulary(seeds) };
}
