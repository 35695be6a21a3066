// Which part of a report a paragraph belongs to: results (what was done),
// plan (what is promised) or problems. Whole-document types decide alone;
// a combined summary+plan is split at its top-level headings, because that is
// where the documents switch (一、工作开展情况 … 三、2023年重点工作谋划).
import type { Section } from './types.ts';

interface HeadingLike {
  kind: string;
  level?: number;
  text: string;
}

const PLAN_HEADING = /计划|谋划|打算|思路|安排|要点|下阶段|下半年|下一步|明年|展望|目标任务|重点工作/;
const RESULT_HEADING = /情况|成效|进展|亮点|总结|回顾|完成/;
const PROBLEM_HEADING = /问题|不足|困难|短板|差距/;

/** The section a top-level heading opens, or null when it says nothing either way. */
export function headingSection(text: string): Section | null {
  if (PROBLEM_HEADING.test(text)) return 'problems';
  // "2022年工作总结及2023年工作计划" style headings are results-first only if they
  // name a result; a plain "重点工作谋划" is a plan.
  if (RESULT_HEADING.test(text) && !/下阶段|下半年|明年|谋划|计划/.test(text)) return 'result';
  if (PLAN_HEADING.test(text)) return 'plan';
  return null;
}

/** Each paragraph with its section, in order (paired, so no caller indexes one list by the other). */
export function withSections<P extends HeadingLike>(paragraphs: readonly P[], docType: string): [P, Section][] {
  if (docType === 'summary') return paragraphs.map((p) => [p, 'result']);
  if (docType !== 'summary+plan') return paragraphs.map((p) => [p, 'plan']);
  let current: Section = 'result';
  return paragraphs.map((p) => {
    if (p.kind === 'heading' && (p.level ?? 1) === 1) current = headingSection(p.text) ?? current;
    return [p, current];
  });
}
