// The lexicons of data/: what the pipeline classifies by (indicators,
// measures, scopes, themes, instruments) and the region table. Loaded once,
// from the folder the caller names, and passed explicitly to every function
// that needs one: no module reads a lexicon behind its caller's back, so a
// fixture or benchmark with its own lexicons gets a consistent dataset.
import { join } from 'node:path';
import { loadRegions } from './corpus/regions.ts';
import { loadIndicators } from './figures/lexicon.ts';
import { loadMeasures, loadScopes } from './figures/measures.ts';
import { loadInstruments, loadThemes } from './themes/lexicon.ts';
import type { IndicatorDef, InstrumentDef, MeasureDef, Region, ScopeDef, ThemeDef } from './types.ts';

export interface Lexicons {
  /** data/regions.csv: every region the corpus uses, with its province and city. */
  regions: readonly Region[];
  /** data/indicators.csv: what a figure counts (高新技术企业, 研发投入 …). */
  indicators: readonly IndicatorDef[];
  /** data/measures.csv: how it counts it (stock, new, applied, growth, share, rank …). */
  measures: readonly MeasureDef[];
  /** data/scopes.csv: where it was counted (规上, 省级 …). */
  scopes: readonly ScopeDef[];
  /** data/themes.csv: policy areas, with their keywords. */
  themes: readonly ThemeDef[];
  /** data/instruments.csv: policy instruments (supply, environment, demand), with their keywords. */
  instruments: readonly InstrumentDef[];
}

/** What figure extraction reads. */
export type FigureLexicons = Pick<Lexicons, 'indicators' | 'measures' | 'scopes'>;
/** What a series key and its names read. */
export type SeriesLexicons = Pick<Lexicons, 'measures' | 'scopes'>;

/** Every lexicon of `dataDir`, each validated row by row (a bad row fails naming file, line and field). */
export function loadLexicons(dataDir: string): Lexicons {
  return {
    regions: loadRegions(join(dataDir, 'regions.csv')),
    indicators: loadIndicators(join(dataDir, 'indicators.csv')),
    measures: loadMeasures(join(dataDir, 'measures.csv')),
    scopes: loadScopes(join(dataDir, 'scopes.csv')),
    themes: loadThemes(join(dataDir, 'themes.csv')),
    instruments: loadInstruments(join(dataDir, 'instruments.csv')),
  };
}
