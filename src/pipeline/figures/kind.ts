// What a figure is: achieved (actual), promised (target), a growth rate, a
// share or a rank — read from the words before it in its sentence. A promise
// outranks the rest: "力争增速达17%" is reported as a target, so no reader
// takes a goal for a result.
import type { FigureKind } from '../types.ts';
import type { UnitFamily } from './units.ts';

// Promise words. 争取, 要 and 努力 also describe work done (争取国家项目51项 =
// "won 51 projects"), so they signal a target only inside a plan section.
const STRONG_TARGET =
  /力争|确保|力求|拟|预计|预期|目标(?=[是为：:达，,])|计划(?=[新完引建实投培申认开达])|将(?![来近军])|明年|下一步|年底前|到\d{4}年/g;
const WEAK_TARGET =
  /(?<!对上|共|累计|已)争取(?!上级|到|各级)|争创|努力|(?<![重主需必纲摘只不简紧首])要(?![求素点害闻件务是])/g;
const PAST = /已|截至|截止|以来|目前|去年|上年|(?<![为除])了(?!解)/g;
const GROWTH =
  /增长率|增长(?![到至])|增速|增幅|同比|环比|提高(?![到至])|提升(?![到至])|增加(?![值到至])|上升(?![到至])|下降|减少|翻番|翻了|(?<!规模以上|增)增(?![加值到至长速幅])/g;
const SHARE = /占比|比重|占|率|覆盖面|份额|比例|提高到|提升到|增长到|增加到|上升到|增至/g;
const CLAUSE_BREAK = /[，,；;：:]/;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

function lastEnd(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/** The clause of `prefix` (the sentence text before the figure) that holds the figure. */
export function lastClause(prefix: string): string {
  let i = prefix.length;
  while (i > 0 && !CLAUSE_BREAK.test(prefix.charAt(i - 1))) i -= 1;
  return prefix.slice(i);
}

/**
 * target / actual from the sentence text before the figure: the nearer of a
 * promise word and a past-tense word wins; with neither, the section's mode.
 */
export function isTarget(sentencePrefix: string, planSection: boolean): boolean {
  const strong = lastIndex(STRONG_TARGET, sentencePrefix);
  const target = planSection ? Math.max(strong, lastIndex(WEAK_TARGET, sentencePrefix)) : strong;
  const past = lastIndex(PAST, sentencePrefix);
  if (target < 0 && past < 0) return planSection;
  return target > past;
}

/**
 * What decided target against actual: a word of the sentence ('sentence'),
 * a promise word that counts only in plan sections ('weak word'), or
 * nothing in the sentence, so the section's mode ('section').
 */
export function targetBasis(sentencePrefix: string, planSection: boolean): 'sentence' | 'weak word' | 'section' {
  const strong = lastIndex(STRONG_TARGET, sentencePrefix);
  const weak = planSection ? lastIndex(WEAK_TARGET, sentencePrefix) : -1;
  const past = lastIndex(PAST, sentencePrefix);
  if (strong < 0 && past < 0 && weak < 0) return 'section';
  return weak > Math.max(strong, past) ? 'weak word' : 'sentence';
}

/** growth / share / actual for a non-rank figure from its unit and clause. */
export function measureKind(clause: string, family: UnitFamily | null): FigureKind {
  if (family === 'change') return 'growth';
  if (family !== 'percent') return 'actual';
  const growth = lastEnd(GROWTH, clause);
  return growth >= 0 && growth >= lastEnd(SHARE, clause) ? 'growth' : 'share';
}

export function figureKind(opts: {
  sentencePrefix: string;
  family: UnitFamily | null;
  rank: boolean;
  planSection: boolean;
}): FigureKind {
  if (isTarget(opts.sentencePrefix, opts.planSection)) return 'target';
  if (opts.rank) return 'rank';
  return measureKind(lastClause(opts.sentencePrefix), opts.family);
}

const SUBJECT_QUALIFIERS = [
  '新认定',
  '新引进',
  '新建成',
  '新入驻',
  '新增',
  '新建',
  '净增',
  '累计',
  '有效',
  '存续',
  '申报',
  '认定',
  '入库',
  '获批',
  '立项',
  '引进',
  '入选',
  '备案',
  '复审',
  '在建',
  '在库',
];

/** 新增, 累计, 申报 … nearest before the figure in its clause. */
export function subjectQualifier(clause: string): string {
  let best = '';
  let bestAt = -1;
  for (const q of SUBJECT_QUALIFIERS) {
    const at = clause.lastIndexOf(q);
    if (at > bestAt || (at === bestAt && at >= 0 && q.length > best.length)) {
      best = q;
      bestAt = at;
    }
  }
  return best;
}

const PERIOD =
  /(?:\d{4}年)?(?:\d{1,2}\s?[-—~～至到]\s?\d{1,2}月份?|上半年|下半年|全年|前三季度|第[一二三四]季度|[一二三四]季度|年内|年底|今年以来|今年)|截[至止][^，,。；;]{0,12}?(?:目前|月底|月末|年底|年末|底|末|止|日|月|年)|\d{4}年度?/g;

/** The period stated nearest before the figure in its sentence: 1-5月, 上半年, 截至目前, 2023年. */
export function periodOf(sentencePrefix: string): string {
  let found = '';
  for (const m of sentencePrefix.matchAll(PERIOD)) found = m[0];
  return found.replace(/\s/g, '');
}
