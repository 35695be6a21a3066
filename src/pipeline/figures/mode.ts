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
  return (offset) => {
    // Walk back through the enclosing headings, nearest (deepest) first.
    let level = Infinity;
    for (let i = headings.length - 1; i >= 0; i -= 1) {
      const h = headings[i];
      if (h.start > offset || h.level >= level) continue;
      if (h.plan !== null) return h.plan;
      level = h.level;
    }
    return fallback;
  };
}
