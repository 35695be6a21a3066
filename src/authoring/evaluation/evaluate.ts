// Runs the extractor over every report that has gold annotations and scores
// it: shared by `npm run eval` and the regression test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../../pipeline/corpus/report-file.ts';
import type { FigureLexicons } from '../../pipeline/lexicons.ts';
import { extractFigures } from '../../pipeline/figures/extract.ts';
import { loadGold, overallScore, scoreReport, type OverallScore, type ReportScore } from './gold.ts';

export function reportBody(path: string): string {
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!parts) throw new Error(`${path}: no frontmatter`);
  return parts.body;
}

/** The report's doc_type, which the extractor reads as the default mode of its text (as the dataset does). */
export function reportDocType(path: string): string | undefined {
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  return (yaml.load(parts?.yaml ?? '') as { doc_type?: string } | null)?.doc_type;
}

export function evaluateGold(goldDir: string, reportsDir: string, lexicons: FigureLexicons): ReportScore[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const report = file.replace(/\.csv$/, '');
      const path = join(reportsDir, `${report}.md`);
      const body = reportBody(path);
      return scoreReport(
        report,
        body,
        loadGold(join(goldDir, file)),
        extractFigures(body, report, lexicons, { docType: reportDocType(path) }),
      );
    });
}

/** One block of `npm run eval` and of the methodology page: scores on one set of reports, said where they come from. */
export interface EvaluationSection {
  id: string;
  title_zh: string;
  title_en: string;
  /** What the scores are measured on, and what that means for trusting them. */
  note_en: string;
  reports: ReportScore[];
  overall: OverallScore;
}

/**
 * IN-SAMPLE: the eleven curated reports, whose reading the rules were written
 * from. These scores flatter the extractor; unseen text is scored apart.
 */
export function inSampleEvaluation(
  lexicons: FigureLexicons,
  goldDir = 'tests/fixtures/gold',
  reportsDir = 'content/reports',
): EvaluationSection {
  const reports = evaluateGold(goldDir, reportsDir, lexicons);
  return {
    id: 'in-sample',
    title_zh: '样本内（规则据以写成的报告）',
    title_en: 'IN-SAMPLE (the reports the rules were written from)',
    note_en: 'Scored on the curated reports the rules were written from: optimistic for new reports.',
    reports,
    overall: overallScore(reports),
  };
}

const round = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

/** The scores of a section as plain JSON (data/scores/<id>.json, read by the methodology page). */
export function sectionJson(section: EvaluationSection) {
  const scores = (s: OverallScore) => ({
    gold: s.gold,
    extracted: s.extracted,
    matched: s.matched,
    precision: round(s.precision),
    recall: round(s.recall),
    kind_accuracy: round(s.kindAccuracy),
    series_annotated: s.seriesAnnotated,
    indicator_accuracy: round(s.indicatorAccuracy),
    measure_accuracy: round(s.measureAccuracy),
  });
  return {
    id: section.id,
    title_zh: section.title_zh,
    title_en: section.title_en,
    note_en: section.note_en,
    overall: scores(section.overall),
    reports: section.reports.map((r) => ({ report: r.report, ...scores(r) })),
  };
}
