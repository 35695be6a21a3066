// Document type and period from the title, and from the text when the title
// does not say (a news item, a page without its title): a text whose figures
// are all promises is a plan; results followed by promises of two or more
// figures for a later period (力争到年底…, 展望2020年…) a summary and plan; an
// account of the first half of a year (1-6月, 截至5月底, no whole-year
// results) covers H1.
import { readsAsPlan } from '../../pipeline/figures/mode.ts';
import { readText } from './text-reading.ts';
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

/** 某市2017年科技工作及2018年工作思路: one year's work, the next year's plan. */
const WORK_THEN_PLAN = /(\d{4})年\S*?工作\S*?[及和与暨、]\S*?(\d{4})年\S*?(?:计划|要点|谋划|打算|安排|思路)/;

export function classifyDocument(title: string, text: string): TypeGuess {
  const warnings: string[] = [];
  let docType: DocType;
  const read = readText(text);
  const workThenPlan = WORK_THEN_PLAN.exec(title);
  let fromText = false;
  if (/(行政执法|执法监督|监督检查)\S*(计划|方案)/.test(title)) docType = 'supervision-plan';
  else if (/(帮扶|结对|驻村)\S*(计划|方案)/.test(title)) docType = 'assistance-plan';
  else if (SUMMARY.test(title) && PLAN.test(title)) docType = 'summary+plan';
  else if (workThenPlan && Number(workThenPlan[2]) > Number(workThenPlan[1])) docType = 'summary+plan';
  else if (PLAN.test(title)) docType = 'plan';
  else if (SUMMARY.test(title)) docType = 'summary';
  else {
    fromText = true;
    // Counted by sentence, as the extractor does: a news article closing on
    // one 力争 sentence is still an account of work done.
    if (readsAsPlan(text) || (read.account === 0 && read.promise > 0)) docType = 'plan';
    else if (read.account > 0 && read.laterFigures >= 2) docType = 'summary+plan';
    else docType = 'summary';
    const why =
      docType === 'plan'
        ? 'every sentence with a figure holds a promise word'
        : docType === 'summary+plan'
          ? `results, then promises of ${read.laterFigures} figures for a later period (${[...new Set(read.laterPeriods)].join('、')})`
          : 'its figures are results';
    warnings.push(`document type not in the title: guessed "${docType}" from its sentences (${why})`);
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
  } else if (fromText && read.firstHalf.length > 0 && read.wholeYear.length === 0) {
    // An account of the first half of a year (1-6月, 截至5月底), with promises for the rest of it.
    const rest = read.laterPeriods.some((p) => /年底|年末|全年|下半年/.test(p));
    if (docType === 'summary' || (docType === 'summary+plan' && rest)) {
      period = docType === 'summary' ? 'H1' : 'H1+H2';
      warnings.push(
        `period ${period} taken from the text: its results run to mid-year (${[...new Set(read.firstHalf)].join('、')})${rest ? ', its promises to the year end' : ''}, and none covers the whole year`,
      );
    }
  }
  const planYear =
    planPart && docType === 'summary+plan' ? Number(/(\d{4})年/.exec(planPart)?.[1] ?? 0) || undefined : undefined;
  return { docType, period, planYear, warnings };
}
