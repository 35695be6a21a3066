// The extractor's measured accuracy, for the methodology page: the published
// figures (after curator overrides) scored against the hand-annotated gold.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, overallScore, scoreReport } from '../pipeline/figures/gold.ts';
import type { Dataset } from '../pipeline/types.ts';
import type { OverallScore } from '../pipeline/figures/gold.ts';

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

const GOLD_DIR = 'tests/fixtures/gold';

const rowOf = (s: OverallScore): Omit<EvalRow, 'report'> => ({
  gold: s.gold,
  precision: s.precision,
  recall: s.recall,
  kindAccuracy: s.kindAccuracy,
  seriesAnnotated: s.seriesAnnotated,
  indicatorAccuracy: s.indicatorAccuracy,
  measureAccuracy: s.measureAccuracy,
});

export function evaluationSummary(ds: Dataset): { reports: EvalRow[]; overall: EvalRow } | null {
  if (!existsSync(GOLD_DIR)) return null;
  const scores = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) => {
      const id = f.replace(/\.csv$/, '');
      const report = ds.reports.find((r) => r.meta.id === id);
      if (!report) return [];
      return [
        scoreReport(
          id,
          report.body,
          loadGold(join(GOLD_DIR, f)),
          ds.figures.filter((x) => x.report === id),
        ),
      ];
    });
  if (scores.length === 0) return null;
  const overall = overallScore(scores);
  return {
    reports: scores.map((s) => ({ report: s.report, ...rowOf(s) })),
    overall: { report: 'overall', ...rowOf(overall) },
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

export function unseenScores(file = 'data/scores/unseen.json'): UnseenScores | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { unseen?: UnseenScores }).unseen ?? null;
}
