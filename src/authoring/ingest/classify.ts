// Document type and period from the title (and, failing that, the text).
import { readsAsPlan } from '../../pipeline/figures/mode.ts';
import type { ReportMeta } from '../../pipeline/schema.ts';

export type DocType = ReportMeta['doc_type'];
export type Period = ReportMeta['period'];

export interface TypeGuess {
  docType: DocType;
  period: Period;
  /** The year a plan part's heading names (三、2025年工作计划), when the title does not. */
  planYear?: number;
  warnings: string[];
}

const PLAN = /计划|要点|谋划|打算|安排|思路/;
// A 述职报告 (an official's annual account of duties) reports work done.
const SUMMARY = /总结|工作报告|回顾|述职/;
/**
 * A heading of the body that opens a plan part for a named period: 二、下半年打算,
 * 三、2025年工作计划. 下一步打算 is the customary close of a summary, not a plan.
 */
const PLAN_HEADING = /^#{2,4}\s+\S{0,6}(?:下半年|明年|\d{4}年)\S{0,8}(?:计划|打算|思路|安排|谋划|要点)/m;
/** The opening that says which half-year the text covers (今年上半年，我局…). */
const OPENING_HALF = /^[^。]{0,12}(上半年|下半年)/;

export function classifyDocument(title: string, text: string): TypeGuess {
  const warnings: string[] = [];
  let docType: DocType;
  if (/(行政执法|执法监督|监督检查)\S*(计划|方案)/.test(title)) docType = 'supervision-plan';
  else if (/(帮扶|结对|驻村)\S*(计划|方案)/.test(title)) docType = 'assistance-plan';
  else if (SUMMARY.test(title) && PLAN.test(title)) docType = 'summary+plan';
  else if (PLAN.test(title)) docType = 'plan';
  else if (SUMMARY.test(title)) docType = 'summary';
  else {
    // Counted by sentence, as the extractor does: a news article closing on
    // one 力争 paragraph is still an account of work done.
    docType = readsAsPlan(text) ? 'plan' : 'summary';
    warnings.push(
      `document type not in the title: guessed "${docType}" from its sentences (a plan when nearly every sentence with a number holds a promise word)`,
    );
  }
  const planPart = PLAN_HEADING.exec(text)?.[0];
  if (docType === 'summary' && planPart) {
    docType = 'summary+plan';
    warnings.push(
      `a summary with a plan part ("${planPart.replace(/^#+\s+/, '')}"): type summary+plan although the title names only the summary`,
    );
  }
  let period: Period = 'year';
  const h1 = /上半年/.test(title);
  const h2 = /下半年/.test(title) || (h1 && /下半年/.test(planPart ?? ''));
  if (h1 && h2) period = 'H1+H2';
  else if (h1) period = 'H1';
  else if (h2) period = 'H2';
  else if (docType === 'summary' && OPENING_HALF.exec(text.trim())?.[1] === '上半年') {
    period = 'H1';
    warnings.push('period H1 taken from the opening words (上半年), not the title');
  }
  const planYear =
    planPart && docType === 'summary+plan' ? Number(/(\d{4})年/.exec(planPart)?.[1] ?? 0) || undefined : undefined;
  return { docType, period, planYear, warnings };
}
