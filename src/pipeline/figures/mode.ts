// Whether a stretch of a report is a plan (its figures are targets unless
// the sentence says otherwise) or an account of work done. Decided by the
// nearest heading that says so (三、2023年重点工作谋划, 二、下阶段工作计划),
// else by the whole document: a text full of 力争/确保 and nearly without
// 已/截至/以来 is a plan (县科技局2024年工作计划 has no such heading).

const PLAN_HEADING = /计划|谋划|打算|思路|要点|安排|下一步|下阶段|下半年|明年|来年|目标/;
const ACCOUNT_HEADING = /总结|情况|回顾|成效|亮点|上阶段|上半年|成绩|问题|做法|经验|成果/;
const HEADING_LINE = /^(#{2,4})\s+(.+)$/gm;
const FUTURE = /力争|确保|争取|拟|预计|目标|将(?![来近军])|明年|下一步/g;
const PAST = /已|截至|截止|以来|目前|去年|上年|(?<![为除])了(?!解)/g;

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

/** True when the document as a whole reads as a plan. */
export function readsAsPlan(body: string): boolean {
  const future = body.match(FUTURE)?.length ?? 0;
  const past = body.match(PAST)?.length ?? 0;
  return future >= 2 && future >= 2 * past;
}

/** A function telling, for an offset in `body`, whether it lies in a plan section. */
export function planModeOf(body: string): (offset: number) => boolean {
  const headings: Heading[] = [];
  for (const m of body.matchAll(HEADING_LINE)) {
    headings.push({ start: m.index, level: m[1].length, plan: classify(m[2]) });
  }
  const fallback = readsAsPlan(body);
  // The answer is the same from one heading to the next: the nearest
  // enclosing heading that says plan or account, else the document's mode.
  // Worked out once per heading with a stack of enclosing headings, then
  // found by binary search (not by walking every heading per figure).
  const answers: boolean[] = [];
  const enclosing: { level: number; answer: boolean }[] = [];
  for (const h of headings) {
    while (enclosing.length && enclosing[enclosing.length - 1].level >= h.level) enclosing.pop();
    const answer = h.plan ?? enclosing[enclosing.length - 1]?.answer ?? fallback;
    enclosing.push({ level: h.level, answer });
    answers.push(answer);
  }
  return (offset) => {
    let lo = 0;
    let hi = headings.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last < 0 ? fallback : answers[last];
  };
}
