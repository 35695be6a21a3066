// Assembles the dataset the whole site is built from: curated reports →
// paragraphs and sentences → figures (with curator overrides) → themes and
// policy instruments. Plain Node; pages, charts, search and downloads read it.
import { join } from 'node:path';
import type { Dataset, InstrumentHit, Paragraph, Sentence, ThemeHit } from './types.ts';
import { loadReports, checkRegions } from './corpus/load-reports.ts';
import { loadRegions } from './corpus/regions.ts';
import { parseParagraphs } from './corpus/paragraphs.ts';
import { sentencesOf } from './corpus/sentences.ts';
import { extractFigures, loadIndicators } from './figures/index.ts';
import { loadInstruments, loadThemes, reportInstrumentCounts, reportThemeShares, tagInstruments, tagThemes } from './themes/index.ts';
import { applyCuration, loadCuration } from './curation/index.ts';
import { loadVocabulary } from './figures/measures.ts';

export interface DatasetOptions {
  contentDir?: string;
  dataDir?: string;
}

export function loadDataset({ contentDir = 'content/reports', dataDir = 'data' }: DatasetOptions = {}): Dataset {
  const regions = loadRegions(join(dataDir, 'regions.csv'));
  const indicators = loadIndicators(join(dataDir, 'indicators.csv'));
  const themes = loadThemes(join(dataDir, 'themes.csv'));
  const instruments = loadInstruments(join(dataDir, 'instruments.csv'));
  const vocabulary = loadVocabulary(dataDir);
  const curationRows = loadCuration(join(dataDir, 'curation.csv'), {
    indicator: indicators.map((d) => d.id),
    measure: vocabulary.measures.map((m) => m.id),
    scope: vocabulary.scopes.map((s) => s.id),
  });

  const reports = loadReports(contentDir);
  checkRegions(reports, regions);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphThemes = new Map<string, ThemeHit[]>();
  const sentenceInstruments = new Map<string, InstrumentHit[]>();
  let extracted = [] as ReturnType<typeof extractFigures>;

  for (const report of reports) {
    const id = report.meta.id;
    const ps = parseParagraphs(report.body, id);
    const ss = sentencesOf(report.body, ps);
    paragraphs.push(...ps);
    sentences.push(...ss);
    for (const p of ps) {
      if (p.kind === 'gap') continue;
      const hits = tagThemes(p.text, themes);
      if (hits.length) paragraphThemes.set(`${id}#${p.n}`, hits);
    }
    for (const s of ss) {
      const hits = tagInstruments(s.text, instruments);
      if (hits.length) sentenceInstruments.set(`${id}#${s.n}`, hits);
    }
    extracted = extracted.concat(extractFigures(report.body, id, indicators));
  }

  const { figures, applied } = applyCuration(extracted, curationRows, vocabulary);
  const reportThemes = reportThemeShares(
    paragraphs.filter((p) => p.kind !== 'gap'),
    paragraphThemes,
    themes,
  );
  const reportInstruments = reportInstrumentCounts(
    sentences,
    sentenceInstruments,
  );

  return {
    reports,
    paragraphs,
    sentences,
    figures,
    paragraphThemes,
    sentenceInstruments,
    reportThemes,
    reportInstruments,
    regions,
    indicators,
    themes,
    instruments,
    measures: vocabulary.measures,
    scopes: vocabulary.scopes,
    curation: applied,
  };
}
