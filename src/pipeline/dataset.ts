// Assembles the dataset the whole site is built from: curated reports →
// paragraphs and sentences → figures (with curator overrides) → themes and
// policy instruments. Plain Node; pages, charts, search and downloads read it.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Dataset, Figure, InstrumentHit, Paragraph, Sentence, ThemeHit } from './types.ts';
import { readCorpus } from './corpus/read-corpus.ts';
import { parseParagraphs } from './corpus/paragraphs.ts';
import { sentencesOf } from './corpus/sentences.ts';
import { extractFigures } from './figures/index.ts';
import { reportInstrumentCounts, reportThemeShares, tagInstruments, tagThemes } from './themes/index.ts';
import { loadDecisions } from './curation/decisions.ts';
import { applyDecisions, withDecidedFigures } from './curation/apply.ts';
import { loadLexicons } from './lexicons.ts';
import { indexDataset } from './dataset-index.ts';
import { readReleases } from './release.ts';
import { loadPublished, numberFigures } from './published.ts';
import { readSources } from './sources.ts';

export interface DatasetOptions {
  /** The curated reports (content/reports). */
  contentDir: string;
  /** The lexicons and curation (data). */
  dataDir: string;
  /** The raw scraped files (content/sources); default: `sources` beside contentDir. */
  sourcesDir?: string;
}

/** The raw sources folder of these folders: the one named, else `sources` beside the curated reports. */
export const sourcesDirOf = (dirs: DatasetOptions): string =>
  dirs.sourcesDir ?? join(dirname(dirs.contentDir), 'sources');

/**
 * The folders a build or a CLI reads, from ATLAS_CONTENT_DIR and ATLAS_DATA_DIR
 * (fixtures, benchmarks), else the repository's own. Entry points call it
 * once and pass the folders on.
 */
export function datasetDirs(env: NodeJS.ProcessEnv): DatasetOptions {
  return {
    contentDir: env.ATLAS_CONTENT_DIR ?? REPOSITORY_DIRS.contentDir,
    dataDir: env.ATLAS_DATA_DIR ?? REPOSITORY_DIRS.dataDir,
    ...(env.ATLAS_SOURCES_DIR ? { sourcesDir: env.ATLAS_SOURCES_DIR } : {}),
  };
}

/** The repository's own corpus and lexicons, relative to its root. */
export const REPOSITORY_DIRS: DatasetOptions = { contentDir: 'content/reports', dataDir: 'data' };

/** The dataset of these parts with its index, frozen (with its lists) so no consumer can change what another reads. */
export function assembleDataset(parts: Omit<Dataset, 'index'>): Dataset {
  const ds: Dataset = { ...parts, index: indexDataset(parts) };
  for (const value of Object.values(ds)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(ds);
}

export function loadDataset(dirs: DatasetOptions): Dataset {
  const { contentDir, dataDir } = dirs;
  const lexicons = loadLexicons(dataDir);
  const curationFile = join(dataDir, 'curation.csv');
  const reviews = loadDecisions(curationFile, lexicons);

  const reports = readCorpus(contentDir, { regions: lexicons.regions });
  const sources = readSources(sourcesDirOf(dirs));

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphThemes = new Map<string, ThemeHit[]>();
  const sentenceInstruments = new Map<string, InstrumentHit[]>();
  const extracted: Figure[] = [];

  for (const report of reports) {
    const id = report.meta.id;
    const ps = parseParagraphs(report.body, id);
    const ss = sentencesOf(report.body, ps);
    paragraphs.push(...ps);
    sentences.push(...ss);
    for (const p of ps) {
      if (p.kind === 'gap') continue;
      const hits = tagThemes(p.text, lexicons.themes);
      if (hits.length) paragraphThemes.set(`${id}#${p.n}`, hits);
    }
    for (const s of ss) {
      const hits = tagInstruments(s.text, lexicons.instruments);
      if (hits.length) sentenceInstruments.set(`${id}#${s.n}`, hits);
    }
    for (const f of extractFigures(report.body, id, lexicons, {
      docType: report.meta.doc_type,
      yearsReliable: report.meta.year_reliable,
    }))
      extracted.push(f);
  }

  const published = loadPublished(dataDir);
  const bodies = new Map(reports.map((r) => [r.meta.id, r.body]));
  const decided = withDecidedFigures(extracted, reviews, bodies, curationFile);
  const numbered = numberFigures(decided.figures, published.figures);
  const { figures, disagreements } = applyDecisions(numbered, reviews, decided.missing, lexicons, curationFile);
  const reportThemes = reportThemeShares(
    paragraphs.filter((p) => p.kind !== 'gap'),
    paragraphThemes,
    lexicons.themes,
  );
  const reportInstruments = reportInstrumentCounts(sentences, sentenceInstruments);

  return assembleDataset({
    ...lexicons,
    reports,
    paragraphs,
    sentences,
    figures,
    paragraphThemes,
    sentenceInstruments,
    reportThemes,
    reportInstruments,
    reviews,
    disagreements,
    releases: readReleases(dataDir),
    published,
    sources,
  });
}

/** Size and time of every file a dataset is read from: a change anywhere gives another signature. */
function inputsSignature(dirs: DatasetOptions): string {
  const stamp = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return '-'; // an unreadable folder: loadDataset says why
    }
    return names
      .sort()
      .map((f) => {
        const s = statSync(join(dir, f), { throwIfNoEntry: false });
        return `${f}:${s?.size}:${s?.mtimeMs}`;
      })
      .join('|');
  };
  return `${stamp(dirs.contentDir)}\n${stamp(dirs.dataDir)}\n${stamp(sourcesDirOf(dirs))}`;
}

// One dataset per build process: Astro runs the corpus check (an integration
// hook) and the pages in different module graphs, so the memo lives on
// globalThis. It is keyed by the two folders and reused only while none of
// their files changed (the dev server rebuilds after an edit).
const DATASET_KEY = Symbol.for('atlas.dataset');
type Memo = Map<string, { signature: string; dataset: Dataset }>;
const memo: Memo = ((globalThis as Record<symbol, unknown>)[DATASET_KEY] ??= new Map()) as Memo;

export function sharedDataset(dirs: DatasetOptions): Dataset {
  const key = `${resolve(dirs.contentDir)}\0${resolve(dirs.dataDir)}\0${resolve(sourcesDirOf(dirs))}`;
  const signature = inputsSignature(dirs);
  const hit = memo.get(key);
  if (hit && hit.signature === signature) return hit.dataset;
  const dataset = loadDataset(dirs);
  memo.set(key, { signature, dataset });
  return dataset;
}
