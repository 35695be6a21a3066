// Document type and period from the title (and, failing that, the text).
import { readsAsPlan } from '../figures/mode.ts';
import type { ReportMeta } from '../schema.ts';

export type DocType = ReportMeta['doc_type'];
export type Period = ReportMeta['period'];

export interface TypeGuess {
  docType: DocType;
  period: Period;
  warnings: string[];
}

const PLAN = /计划|要点|谋划|打算|安排|思路/;
// A 述职报告 (an official's annual account of duties) reports work done.
const SUMMARY = /总结|工作报告|回顾|述职/;
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
    warnings.push(`document type not in the title: guessed "${docType}" from its sentences (a plan when nearly every sentence with a number holds a promise word)`);
  }
  let period: Period = 'year';
  const h1 = /上半年/.test(title);
  const h2 = /下半年/.test(title);
  if (h1 && h2) period = 'H1+H2';
  else if (h1) period = 'H1';
  else if (h2) period = 'H2';
  else if (docType === 'summary' && OPENING_HALF.exec(text.trim())?.[1] === '上半年') {
    period = 'H1';
    warnings.push('period H1 taken from the opening words (上半年), not the title');
  }
  return { docType, period, warnings };
}
