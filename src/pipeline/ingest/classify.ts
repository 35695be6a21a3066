// Document type and period from the title (and, failing that, the text).
import type { ReportMeta } from '../schema.ts';

export type DocType = ReportMeta['doc_type'];
export type Period = ReportMeta['period'];

export interface TypeGuess {
  docType: DocType;
  period: Period;
  warnings: string[];
}

const PLAN = /计划|要点|谋划|打算|安排/;
const SUMMARY = /总结|工作报告|回顾/;

export function classifyDocument(title: string, text: string): TypeGuess {
  const warnings: string[] = [];
  let docType: DocType;
  if (/(行政执法|执法监督|监督检查)\S*(计划|方案)/.test(title)) docType = 'supervision-plan';
  else if (/(帮扶|结对|驻村)\S*(计划|方案)/.test(title)) docType = 'assistance-plan';
  else if (SUMMARY.test(title) && PLAN.test(title)) docType = 'summary+plan';
  else if (PLAN.test(title)) docType = 'plan';
  else if (SUMMARY.test(title)) docType = 'summary';
  else {
    const plans = text.match(/力争|确保|争取|将(?:继续|进一步)/g)?.length ?? 0;
    const done = text.match(/已|完成|实现了|取得了|获批|累计/g)?.length ?? 0;
    docType = plans > done ? 'plan' : 'summary';
    warnings.push(`document type not in the title: guessed "${docType}" from the wording (${done} past-tense vs ${plans} target words)`);
  }
  let period: Period = 'year';
  const h1 = /上半年/.test(title);
  const h2 = /下半年/.test(title);
  if (h1 && h2) period = 'H1+H2';
  else if (h1) period = 'H1';
  else if (h2) period = 'H2';
  return { docType, period, warnings };
}
