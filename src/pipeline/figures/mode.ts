// Whether a stretch of a report is a plan (its figures are targets unless
// the sentence says otherwise) or an account of work done. Decided by the
// nearest heading that says so (三、2023年重点工作谋划, 二、下阶段工作计划),
// else by the document's type when its title gives one (a 工作要点 is a plan,
// a 述职报告 or a news article an account), else by the whole document: when
// nearly every sentence with a number holds a promise word, it is a plan
// (县科技局2024年工作计划 has no such heading).
import { lastBefore } from '../lists.ts';

const PLAN_HEADING = /计划|谋划|打算|思路|要点|安排|下一步|下阶段|下半年|明年|来年|目标/;
const ACCOUNT_HEADING = /总结|情况|回顾|成效|亮点|上阶段|上半年|成绩|问题|做法|经验|成果/;
const HEADING_LINE = /^(#{2,4})\s+(.+)$/gm;
// 争取 is left out: it also says what was won (争取上级资金1860万元).
const FUTURE = /力争|确保|拟|预计|目标|计划(?=[新完引建实投培申认开达])|将(?![来近军])|明年|下一步/;

interface Heading {
  start: number;
  level: number;
  plan: boolean | null;
}

function classify(text: string): boolean | null {
  const plan = PLAN_HEADING.test(text);
  const account = ACCOUNT_HEADING.test(text);
  return plan === account ? null : plan;
}

const SENTENCE = /[^。！？；\n]+/g;
const NUMBER = /[0-9０-９]/;

/**
 * True when the document as a whole reads as a plan: sentences with a promise
 * word are at least twice those stating a number without one. Counted by
 * sentence, not word, so one 力争 paragraph closing a news article does not
 * turn its results into targets.
 */
export function readsAsPlan(body: string): boolean {
  let future = 0;
  let account = 0;
  for (const m of body.matchAll(SENTENCE)) {
    if (FUTURE.test(m[0])) future += 1;
    else if (NUMBER.test(m[0])) account += 1;
  }
  return future >= 2 && future >= 2 * account;
}

/** Document types whose figures are promises unless a sentence says otherwise. */
const PLAN_TYPES = new Set(['plan', 'supervision-plan', 'assistance-plan']);

export type ModeBasis = 'heading' | 'paragraph' | 'doc_type' | 'wording';

/** The mode of a text outside any telling heading: from the document type when known, else from its wording. */
function documentMode(body: string, docType: string | undefined): { plan: boolean; basis: ModeBasis } {
  if (docType && PLAN_TYPES.has(docType)) return { plan: true, basis: 'doc_type' };
  if (docType === 'summary') return { plan: false, basis: 'doc_type' };
  return { plan: readsAsPlan(body), basis: 'wording' };
}

const PARAGRAPH = /(?:^|\n\n)(?!#)([^\n]{0,16})/g;
/** A paragraph that opens on its period: 下半年，… 下一步，… 明年，… (plan) or 上半年，… (account). */
const OPENS_PLAN = /^(?:下半年|下一步|下阶段|明年|今后)/;
const OPENS_ACCOUNT = /^(?:上半年|今年以来|一年来|过去一年)/;
const OPENS_YEAR = /^(\d{4})年/;

/**
 * Paragraphs that open on their period act as headings below every real one:
 * in a summary with next year's plan and no headings, paragraphs opening on
 * the later year are the plan, those on an earlier one the account.
 */
function paragraphOpenings(body: string): Heading[] {
  const opens = [...body.matchAll(PARAGRAPH)].map((m) => {
    const [whole, text = ''] = m;
    return { start: m.index + (whole.startsWith('\n') ? 2 : 0), text };
  });
  const years = opens.map((o) => Number(OPENS_YEAR.exec(o.text)?.[1] ?? 0)).filter(Boolean);
  const planYear = new Set(years).size >= 2 ? years.reduce((a, b) => Math.max(a, b)) : null;
  const out: Heading[] = [];
  for (const o of opens) {
    const year = Number(OPENS_YEAR.exec(o.text)?.[1] ?? 0);
    let plan: boolean | null = null;
    if (OPENS_PLAN.test(o.text)) plan = true;
    else if (OPENS_ACCOUNT.test(o.text)) plan = false;
    else if (planYear !== null && year) plan = year === planYear;
    out.push({ start: o.start, level: 5, plan });
  }
  return out;
}

/** For an offset in `body`: whether it lies in a plan section, and what said so. */
export function planBasisOf(body: string, docType?: string): (offset: number) => { plan: boolean; basis: ModeBasis } {
  const headings: Heading[] = [];
  for (const m of body.matchAll(HEADING_LINE)) {
    const [, hashes = '', title = ''] = m;
    headings.push({ start: m.index, level: hashes.length, plan: classify(title) });
  }
  for (const h of paragraphOpenings(body)) headings.push(h);
  headings.sort((a, b) => a.start - b.start);
  const fallback = documentMode(body, docType);
  // The answer is the same from one heading to the next: the nearest
  // enclosing heading that says plan or account, else the document's mode.
  // Worked out once per heading with a stack of enclosing headings, then
  // found by binary search (not by walking every heading per figure).
  type Answer = { plan: boolean; basis: ModeBasis };
  const answers: Answer[] = [];
  const enclosing: { level: number; answer: Answer }[] = [];
  for (const h of headings) {
    let top = enclosing.at(-1);
    while (top && top.level >= h.level) {
      enclosing.pop();
      top = enclosing.at(-1);
    }
    const own: Answer | null =
      h.plan === null ? null : { plan: h.plan, basis: h.level === 5 ? 'paragraph' : 'heading' };
    const answer = own ?? top?.answer ?? fallback;
    enclosing.push({ level: h.level, answer });
    answers.push(answer);
  }
  // answers has one entry per heading; before the first heading, the fallback.
  return (offset) => answers[lastBefore(headings, (h) => h.start <= offset)] ?? fallback;
}
