// The extractor's measured accuracy, for the methodology page, as
// `npm run eval -- --write` saved it (data/scores/): the build reads the scores,
// it never runs the evaluation (tests/corpus/figures-gold.test.ts and unseen-eval.test.ts check they are current).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalRow {
  report: string;
  gold: number;
  precision: number;
  recall: number;
  kindAccuracy: number;
  /** Matched figures whose gold gives an indicator and measure; accuracies null when none. */
  seriesAnnotated: number;
  indicatorAccuracy: number | null;
  measureAccuracy: number | null;
}

interface ScoreJson {
  report?: string;
  gold: number;
  precision: number;
  recall: number;
  kind_accuracy: number;
  series_annotated: number;
  indicator_accuracy: number | null;
  measure_accuracy: number | null;
}

const rowOf = (report: string, s: ScoreJson): EvalRow => ({
  report,
  gold: s.gold,
  precision: s.precision,
  recall: s.recall,
  kindAccuracy: s.kind_accuracy,
  seriesAnnotated: s.series_annotated,
  indicatorAccuracy: s.indicator_accuracy,
  measureAccuracy: s.measure_accuracy,
});

/** The in-sample scores per report and overall (data/scores/in-sample.json), or null before any evaluation. */
export function evaluationSummary(dataDir: string): { reports: EvalRow[]; overall: EvalRow } | null {
  const file = join(dataDir, 'scores', 'in-sample.json');
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as { overall: ScoreJson; reports: ScoreJson[] };
  return {
    reports: json.reports.map((r) => rowOf(r.report ?? '', r)),
    overall: rowOf('overall', json.overall),
  };
}

/** Scores on the unseen development set, as `npm run eval -- --write` saved them (data/scores/unseen.json). */
export interface UnseenScores {
  cases: number;
  gold_figures: number;
  precision: number;
  recall: number;
  kind_accuracy: number;
  indicator_accuracy: number;
  measure_accuracy: number | null;
  metadata_accuracy: number;
  metadata_fields: Record<string, number>;
  regions_found: string;
  wrong_regions: number;
  placeholder_years_reliable: number;
  drafts_with_chrome: number;
}

export function unseenScores(dataDir: string): UnseenScores | null {
  const file = join(dataDir, 'scores', 'unseen.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { unseen?: UnseenScores }).unseen ?? null;
}
