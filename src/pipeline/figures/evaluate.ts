// Runs the extractor over every report that has gold annotations and scores
// it: shared by `npm run eval` and the regression test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../corpus/report-file.ts';
import type { IndicatorDef } from '../types.ts';
import { extractFigures } from './extract.ts';
import { loadGold, scoreReport, type ReportScore } from './gold.ts';

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

export function evaluateGold(goldDir: string, reportsDir: string, lexicon: IndicatorDef[]): ReportScore[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const report = file.replace(/\.csv$/, '');
      const path = join(reportsDir, `${report}.md`);
      const body = reportBody(path);
      return scoreReport(report, body, loadGold(join(goldDir, file)), extractFigures(body, report, lexicon, { docType: reportDocType(path) }));
    });
}
