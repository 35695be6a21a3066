// Assembles the dataset the whole site is built from: curated reports →
// paragraphs and sentences → figures (with curator overrides) → themes and
// policy instruments. Plain Node; pages, charts, search and downloads read it.
import { join } from 'node:path';
import type { Dataset, InstrumentHit, Paragraph, Sentence, ThemeHit } from './types.ts';
import { readCorpus } from './corpus/read-corpus.ts';
import { loadRegions } from './corpus/regions.ts';
import { parseParagraphs } from './corpus/paragraphs.ts';
import { sentencesOf } from './corpus/sentences.ts';
import { extractFigures, loadIndicators } from './figures/index.ts';
import {
  loadInstruments,
  loadThemes,
  reportInstrumentCounts,
  reportThemeShares,
  tagInstruments,
  tagThemes,
} from './themes/index.ts';
import { applyCuration, checkCurationMatches, loadCuration } from './curation/index.ts';
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
  const curationFile = join(dataDir, 'curation.csv');
  const curationRows = loadCuration(curationFile, {
    indicator: indicators.map((d) => d.id),
    measure: vocabulary.measures.map((m) => m.id),
    scope: vocabulary.scopes.map((s) => s.id),
  });

  const reports = readCorpus(contentDir, { regions });

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphThemes = new Map<string, ThemeHit[]>();
  const sentenceInstruments = new Map<string, InstrumentHit[]>();
  const extracted: ReturnType<typeof extractFigures> = [];

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
    for (const f of extractFigures(report.body, id, indicators, { docType: report.meta.doc_type })) extracted.push(f);
  }

  const { figures, applied } = applyCuration(extracted, curationRows, vocabulary);
  checkCurationMatches(applied, extracted, new Set(reports.map((r) => r.meta.id)), curationFile);
  const reportThemes = reportThemeShares(
    paragraphs.filter((p) => p.kind !== 'gap'),
    paragraphThemes,
    themes,
  );
  const reportInstruments = reportInstrumentCounts(sentences, sentenceInstruments);

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

// One dataset per process for the build: the corpus check (an integration
// hook) and the pages (another module graph) share it, so the corpus is read
// and extracted once. Reused while the corpus reader returns the same reports.
const DATASET_KEY = Symbol.for('atlas.dataset');
type Memo = Map<string, { reports: Dataset['reports']; dataset: Dataset }>;
const memo: Memo = ((globalThis as Record<symbol, unknown>)[DATASET_KEY] ??= new Map()) as Memo;

export function sharedDataset({ contentDir = 'content/reports', dataDir = 'data' }: DatasetOptions = {}): Dataset {
  const key = `${contentDir}\0${dataDir}`;
  const hit = memo.get(key);
  if (hit && readCorpus(contentDir) === hit.reports) return hit.dataset;
  const dataset = loadDataset({ contentDir, dataDir });
  memo.set(key, { reports: dataset.reports, dataset });
  return dataset;
}
