// Assembles the dataset the whole site is built from: curated reports →
// paragraphs and sentences → figures (with curator overrides) → themes and
// policy instruments. Plain Node; pages, charts, search and downloads read it.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type {
  Dataset,
  Figure,
  InstrumentHit,
  Paragraph,
  ReportInstrument,
  ReportTheme,
  Sentence,
  ThemeHit,
} from './types.ts';
import { loadDecisions, type CurationDecision } from './curation/decisions.ts';
import { applyDecisions, withDecidedFigures } from './curation/apply.ts';
import { loadLexicons, type Lexicons } from './lexicons.ts';
import { workLexicons, type ReportWork } from './work/report-work.ts';
import { corpusWork, corpusWorkSync, type WorkOptions } from './work/corpus-work.ts';
import { indexDataset } from './dataset-index.ts';
import { readReleases } from './release.ts';
import { loadPublished, numberFigures } from './published.ts';
import { readSources } from './sources.ts';

export interface DatasetOptions {
  /** The curated reports (content/reports). */
  contentDir: string;
  /** The lexicons and curation (data). */
  dataDir: string;
  /** Where each report's work is cached (src/pipeline/work/report-cache.ts); absent: no cache. */
  workCache?: string | null;
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
    workCache: workCacheDir(env),
    ...(env.ATLAS_SOURCES_DIR ? { sourcesDir: env.ATLAS_SOURCES_DIR } : {}),
  };
}

/** The report-work cache of a build or CLI: ATLAS_REPORT_CACHE (`off`: none), else .cache/report-work. */
export function workCacheDir(env: NodeJS.ProcessEnv): string | null {
  const dir = env.ATLAS_REPORT_CACHE ?? DEFAULT_WORK_CACHE;
  return dir === 'off' ? null : resolve(dir);
}
const DEFAULT_WORK_CACHE = '.cache/report-work';

/** The repository's own corpus and lexicons, relative to its root. */
export const REPOSITORY_DIRS: DatasetOptions = { contentDir: 'content/reports', dataDir: 'data' };

/** The dataset of these parts with its index, frozen (with its lists) so no consumer can change what another reads. */
export function assembleDataset(parts: Omit<Dataset, 'index'>): Dataset {
  const ds: Dataset = { ...parts, index: indexDataset(parts) };
  for (const value of Object.values(ds)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(ds);
}

/** Assembles the dataset from every report's work (in folder order): curation, figure numbers, the index. */
function datasetOf(
  works: readonly ReportWork[],
  lexicons: Lexicons,
  reviews: CurationDecision[],
  dirs: DatasetOptions,
): Dataset {
  const { dataDir } = dirs;
  // The raw sources folder is checked before the curation is applied (a FIFO there is named first).
  const sources = readSources(sourcesDirOf(dirs));
  const curationFile = join(dataDir, 'curation.csv');
  const reports = works.map((w) => w.report);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphThemes = new Map<string, ThemeHit[]>();
  const sentenceInstruments = new Map<string, InstrumentHit[]>();
  const extracted: Figure[] = [];
  const reportThemes: ReportTheme[] = [];
  const reportInstruments: ReportInstrument[] = [];
  for (const w of works) {
    const id = w.report.meta.id;
    for (const p of w.paragraphs) paragraphs.push(p);
    for (const s of w.sentences) sentences.push(s);
    for (const [n, hits] of w.paragraphThemes) paragraphThemes.set(`${id}#${n}`, hits);
    for (const [n, hits] of w.sentenceInstruments) sentenceInstruments.set(`${id}#${n}`, hits);
    for (const f of w.figures) extracted.push(f);
    for (const t of w.reportThemes) reportThemes.push(t);
    for (const t of w.reportInstruments) reportInstruments.push(t);
  }

  // The curators' decisions and the published record are data, not report text: applied after the cache.
  const published = loadPublished(dataDir);
  const bodies = new Map(reports.map((r) => [r.meta.id, r.body]));
  const decided = withDecidedFigures(extracted, reviews, bodies, curationFile);
  const numbered = numberFigures(decided.figures, published.figures);
  const { figures, disagreements } = applyDecisions(numbered, reviews, decided.missing, lexicons, curationFile);

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

/**
 * The dataset of a corpus folder and a data folder, in this thread. With
 * `workCache`, each report's work is taken from (and stored in) that cache.
 */
export function loadDataset(dirs: DatasetOptions): Dataset {
  const { contentDir, dataDir, workCache } = dirs;
  const lexicons = loadLexicons(dataDir);
  // The decisions are read first, so a bad curation row is named before any report is read.
  const reviews = loadDecisions(join(dataDir, 'curation.csv'), lexicons);
  const { works } = corpusWorkSync(contentDir, workLexicons(lexicons), lexicons.regions, { cacheDir: workCache });
  return datasetOf(works, lexicons, reviews, dirs);
}

/** The same dataset, the reports not cached worked on in a pool of threads (the build). */
export async function loadDatasetInPool(
  dirs: DatasetOptions,
  options: Omit<WorkOptions, 'cacheDir'> = {},
): Promise<{ dataset: Dataset; cached: number; done: number }> {
  const { contentDir, dataDir, workCache } = dirs;
  const lexicons = loadLexicons(dataDir);
  const reviews = loadDecisions(join(dataDir, 'curation.csv'), lexicons);
  const { works, cached, done } = await corpusWork(contentDir, workLexicons(lexicons), lexicons.regions, {
    ...options,
    cacheDir: workCache,
  });
  return { dataset: datasetOf(works, lexicons, reviews, dirs), cached, done };
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
// globalThis. It is keyed by the three folders. The dev server's memo is
// reused only while none of their files changed (it rebuilds after an edit);
// a build's (buildDataset) is fixed for the build: checking every file's
// time for every page made a build's page time grow with the corpus.
const DATASET_KEY = Symbol.for('atlas.dataset');
type Memo = Map<string, { signature: string | null; dataset: Dataset }>;
const memo: Memo = ((globalThis as Record<symbol, unknown>)[DATASET_KEY] ??= new Map()) as Memo;
const memoKey = (dirs: DatasetOptions) =>
  `${resolve(dirs.contentDir)}\0${resolve(dirs.dataDir)}\0${resolve(sourcesDirOf(dirs))}`;

export function sharedDataset(dirs: DatasetOptions): Dataset {
  const key = memoKey(dirs);
  const hit = memo.get(key);
  if (hit && hit.signature === null) return hit.dataset;
  const signature = inputsSignature(dirs);
  if (hit && hit.signature === signature) return hit.dataset;
  const dataset = loadDataset(dirs);
  memo.set(key, { signature, dataset });
  return dataset;
}

/**
 * The build's dataset, made once before any page (the reports not cached
 * worked on in a pool of threads) and shared, unchecked, with every page of
 * the build (sharedDataset). Returns how many reports came from the cache.
 */
export async function buildDataset(dirs: DatasetOptions): Promise<{ dataset: Dataset; cached: number; done: number }> {
  const made = await loadDatasetInPool(dirs);
  memo.set(memoKey(dirs), { signature: null, dataset: made.dataset });
  return made;
}
