// What a figure is: achieved (actual), promised (target), a growth rate, a
// share or a rank — read from the words before it in its sentence. A promise
// outranks the rest: "力争增速达17%" is reported as a target, so no reader
// takes a goal for a result.
import type { Figure, FigureKind } from '../types.ts';
import type { UnitFamily } from './units.ts';

// Promise words. 争取, 要 and 努力 also describe work done (争取国家项目51项 =
// "won 51 projects"), so they signal a target only inside a plan section.
// A goal noun heading a clause (根据…任务指标，…; 目标任务培育…) promises what follows it.
const STRONG_TARGET =
  /力争|确保|力求|拟|预计|预期|预估|目标任务|任务指标|目标(?=[是为：:达，,])|计划(?=[新完引建实投培申认开达])|将(?![来近军])|明年|下一步|年底前|到\d{4}年/g;
/** An estimate: a promise in a plan, the period's result in an account (预计全年完成11亿元). */
const ESTIMATE = /^(?:预计|预期|预估)$/;
/**
 * A target named only to say how the results compare with it (超额完成…目标,
 * 对照年度目标, 超预期, 目标完成率): no promise, so the figures around it stay results.
 */
const COMPARED_WITH_TARGET =
  /(?:超额完成|圆满完成|全面完成|完成|实现|对照|达到|超过|超出|高于|低于|超)[^，。；;,]{0,12}?(?:目标任务|目标|预期|任务指标)|超预期|好于预期|高于预期|目标完成率|任务完成率/g;
const WEAK_TARGET =
  /(?<!对上|共|累计|已)争取(?!上级|到|各级)|争创|努力|(?<![重主需必纲摘只不简紧首])要(?![求素点害闻件务是])/g;
const PAST = /已|截至|截止|以来|目前|去年|上年|(?<![为除])了(?!解)/g;
const GROWTH =
  /增长率|增长(?![到至])|增速|增幅|同比|环比|提高(?![到至])|提升(?![到至])|增加(?![值到至])|上升(?![到至])|下降|减少|翻番|翻了|(?<!规模以上|增|新|净)增(?![加值到至长速幅])/g;
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

export type Modality = 'actual' | 'target';
/** The sort of number a figure is, apart from whether it is promised: `count` covers counts and amounts. */
export type Sort = 'count' | 'growth' | 'share' | 'rank';

/** The kind and sort in one word, as rules inside extraction and the gold files read them: a target outranks its sort. */
export type SortedKind = 'actual' | 'target' | 'growth' | 'share' | 'rank';

/** A figure while extraction decides it: its kind still says its sort (growth, share, rank), which the measure will carry. */
export type DraftFigure = Omit<Figure, 'kind'> & { kind: SortedKind };

export function kindOf(modality: Modality, sort: Sort): SortedKind {
  if (modality === 'target') return 'target';
  return sort === 'count' ? 'actual' : sort;
}

/** Measures that say a figure is a growth, a share or a rank (with a gap or index value, numbers that are no count). */
const SORT_MEASURES: Record<Exclude<Sort, 'count'>, string[]> = {
  growth: ['growth', 'gap'],
  share: ['share', 'rate', 'index', 'gap'],
  rank: ['rank'],
};

/**
 * A published figure's kind and measure from what extraction found: the kind
 * is the modality, and the sort of number is carried by the measure (a
 * growth whose measure says otherwise gets the measure growth).
 */
export function published(
  kind: SortedKind,
  sort: Sort,
  measure: string | null,
): { kind: FigureKind; measure: string | null } {
  const modality: FigureKind = kind === 'target' ? 'target' : 'actual';
  if (sort === 'count' || (measure && SORT_MEASURES[sort].includes(measure))) return { kind: modality, measure };
  return { kind: modality, measure: sort };
}

/** A figure's kind and sort in one word (actual, target, growth, share, rank), as the gold files write them. */
export function sortedKind(f: { kind: string; measure: string | null }): SortedKind {
  if (f.kind === 'target') return 'target';
  if (f.measure === 'rank') return 'rank';
  if (f.measure === 'growth') return 'growth';
  if (f.measure === 'share' || f.measure === 'rate') return 'share';
  return 'actual';
}

/** Blanks out targets named only for comparison (超额完成10%省考目标 keeps its own 10%, see attachedGoal), keeping offsets. */
function withoutComparisons(prefix: string): string {
  return prefix.replace(COMPARED_WITH_TARGET, (m) => ' '.repeat(m.length));
}

// The figure is the goal itself: 10%省考目标, 目标任务（3000人次）, 目标为50家.
const GOAL_AFTER = /^(?:(?!完成|实现|超|达到)[^，。；;,、）)（(]){0,4}(?:目标|任务指标)(?!完成|实现)/;
const GOAL_BEFORE = /(?:目标任务|任务指标|目标值|目标)\s?(?:[（(]|[为是：:])$/;
/** A period under report right after an estimate word (预计全年完成…): the estimate is that period's result. */
const CURRENT_PERIOD = /^[^，。；;,]{0,4}?(?:全年|今年|年底|年内|本年|当年|年末)/;

export interface ModalityInput {
  /** The sentence before the figure (bounded). */
  sentencePrefix: string;
  /** Words right after the figure. */
  after: string;
  /** The figure lies in a plan section. */
  planSection: boolean;
  /** The section's mode comes from a heading, a paragraph opening or the document type, not from the wording alone. */
  structural: boolean;
  /** The text just before speaks of part of a year (上半年, 1-6月): an estimate then looks ahead to the year's end. */
  partialPeriod?: boolean;
}

/** Part of a year (上半年, 1-6月, 前三季度): an estimate made then concerns a period still ahead. */
export const PARTIAL_PERIOD = /上半年|一季度|二季度|前三季度|[1一][-－—~～至到](?:[1-9一二三四五六七八九])月(?!\d)/;

/**
 * Whether a figure is promised or achieved, with goal words scoped: a figure
 * that is a goal (10%省考目标) is a target; a target named only to compare
 * (超额完成…目标) promises nothing; an estimate (预计) is a promise in a plan
 * and the period's result in an account; otherwise the nearer of a promise
 * word and a past-tense word, then the section's mode.
 */
export function modalityOf(m: ModalityInput): { modality: Modality; basis: string } {
  if (GOAL_AFTER.test(m.after) || GOAL_BEFORE.test(m.sentencePrefix.trimEnd()))
    return { modality: 'target', basis: '目标' };
  const prefix = withoutComparisons(m.sentencePrefix);
  let strong = -1;
  let word = '';
  for (const hit of prefix.matchAll(STRONG_TARGET)) {
    strong = hit.index;
    word = hit[0];
  }
  const past = lastIndex(PAST, prefix);
  if (strong >= 0 && ESTIMATE.test(word) && !m.planSection && !m.partialPeriod) {
    const rest = prefix.slice(strong + word.length);
    // 预计 in an account: the period's result, not a promise (nor one for the figures after it).
    if (m.structural || CURRENT_PERIOD.test(rest)) return { modality: 'actual', basis: word };
  }
  return isTarget(prefix, m.planSection)
    ? { modality: 'target', basis: strong >= 0 ? word : 'section' }
    : { modality: 'actual', basis: past >= 0 ? 'past' : 'section' };
}

// 超出200家完成省考目标, 超目标任务（25%）10.7个百分点, 超全市均值2个百分点: a gap to a benchmark.
const GAP_BEFORE =
  /(?:超出|高出|高于|低于|超过|超|领先)(?:全国|全省|全市|全区|全县|平均|均值|目标|任务|省考|年度目标)[^，。；;,]{0,10}$/;
const GAP_AROUND_OWN = /(?:超出|高出|超额)$/;
const GAP_AROUND_AFTER = /^[^，。；;,]{0,3}(?:完成|实现)[^，。；;,]{0,8}(?:目标|任务)/;

/** A figure stating how far it is from a benchmark (超全市均值2个百分点), with the words that say so, or null. */
export function gapWords(clause: string, own: string, after: string): string | null {
  // …超目标任务的617%: so much of the target, a completion rate, not a gap.
  const before = /的$/.test(clause.trimEnd()) ? null : GAP_BEFORE.exec(clause.trimEnd());
  if (before) return before[0].replace(/[（(].*$/, '');
  const around = GAP_AROUND_OWN.exec(own.trimEnd());
  return around && GAP_AROUND_AFTER.test(after) ? around[0] : null;
}

// 比上年增加10项, 较上年增加0.7亿元, 同比增长8850万元: a count or amount stated as a change over an earlier period.
const CHANGE_OVER_PERIOD =
  /(?:比上年|较上年|比去年|较去年|同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|比年初|较年初)(?:增加|增长|(?<![净新])增|减少|下降|提高|提升|多|少)了?$/;

/** The sort of a figure: rank, or from its unit and clause growth (rates, changes over a period), share, or a count. */
export function sortOf(clause: string, family: UnitFamily | null, rank: boolean, after = ''): Sort {
  if (rank) return 'rank';
  // 超目标任务（25%）10.7个百分点: a margin over a benchmark is a level of its own, not growth over time.
  if (gapWords(clause, clause, after)) return 'count';
  if ((family === 'count' || family === 'money') && CHANGE_OVER_PERIOD.test(clause.trimEnd())) return 'growth';
  const kind = measureKind(clause, family);
  return kind === 'actual' ? 'count' : (kind as Sort);
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

// An index or score written as a percentage (综合科技进步水平指数58.4%): a value, not a share.
const INDEX_VALUE = /指数(?:为|达|达到)?$/;

/** growth / share / actual for a non-rank figure from its unit and clause. */
export function measureKind(clause: string, family: UnitFamily | null): SortedKind {
  if (family === 'change') return 'growth';
  if (family !== 'percent') return 'actual';
  if (INDEX_VALUE.test(clause.trimEnd())) return 'actual';
  const growth = lastEnd(GROWTH, clause);
  return growth >= 0 && growth >= lastEnd(SHARE, clause) ? 'growth' : 'share';
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

/** Words before a year that make it the base of a comparison (是2022年的7倍, 比2020年增长), not the figure's period. */
const BASE_YEAR_BEFORE = /(?:比|较|是|与|同|相比|对比|超过|高于|低于|少于|多于)\s?$/;
/** Words for the report's own time (全年, 今年以来, 截至目前): the figure's period is the report's, so none is stated. */
const OWN_PERIOD = /^(?:全年|今年(?:以来)?|年内|截[至止]目前)$/;
/** A year the host site rewrote or masked: the period keeps what it says of the year, without the year. */
const WRITTEN_YEAR = /\d{4}年(?:度)?(?![底末])|\d{4}(?=年[底末])/g;

/**
 * The period stated nearest before the figure in its sentence: 1-5月, 上半年,
 * 截至11月底, 2023年; none for words that mean the report's own time
 * (全年, 今年以来, 截至目前), as curators record it. A year that is the base of a comparison is no period; in a
 * report whose years are unreliable (`yearsReliable` false) the year is dropped
 * (2020年1-6月 → 1-6月, 2020年度 → no period): it is not the report's date.
 */
export function periodOf(sentencePrefix: string, yearsReliable = true): string {
  let found = '';
  for (const m of sentencePrefix.matchAll(PERIOD)) {
    if (/^\d{4}年/.test(m[0]) && BASE_YEAR_BEFORE.test(sentencePrefix.slice(0, m.index))) continue;
    found = m[0];
  }
  const period = found.replace(/\s/g, '');
  if (OWN_PERIOD.test(period)) return '';
  return yearsReliable ? period : period.replace(WRITTEN_YEAR, '');
}
