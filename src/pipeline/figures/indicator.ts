// What a figure counts (its indicator), read from its frame (clause.ts): its
// own words first, then what the structure of the sentence says — the noun a
// 分别 pairs it with, the figure a share, growth or rank is of, the whole a
// 其中 part belongs to — and what the words after it say of it (11个项目荣获…奖
// counts award winners; 3家企业被认定为市级重点实验室 counts labs).
import type { IndicatorDef } from '../types.ts';
import type { DraftFigure } from './kind.ts';
import type { Frame } from './clause.ts';
import { figureLabel, labelAfter } from './label.ts';
import { firstIndicator, matchIndicator } from './lexicon.ts';
import type { Sort } from './kind.ts';
import { unitFamily, type UnitFamily } from './units.ts';

export interface IndicatorInput {
  body: string;
  frame: Frame;
  /** Index of the figure (figures made so far are 0 … index-1). */
  index: number;
  /** Offsets of the figure's own text, and of its sentence. */
  start: number;
  end: number;
  sentenceStart: number;
  figures: readonly DraftFigure[];
  /** Earlier figures of the sentence, nearest first. */
  earlier: readonly DraftFigure[];
  /** The clause before the figure (back to the last ，；：). */
  clause: string;
  /** Characters right after the figure. */
  after: string;
  unit: string;
  family: UnitFamily | null;
  sort: Sort;
  rank: boolean;
  lexicon: readonly IndicatorDef[];
}

export interface IndicatorDecision {
  indicator: IndicatorDef | null;
  /** The words the figure counts (its own, or borrowed from the figure before). */
  label: string;
  /** The figure's own words, '' when it has none. */
  ownLabel: string;
  /** Words before its clause that named what it counts (目前已有1939家 ← 区内国家级高新技术企业…), when they did. */
  named?: string;
}

/** How far back a figure naming nothing of its own looks for the noun it counts. */
const NAMED_BEFORE_CHARS = 300;
// What a clause may hold and still name nothing: verbs of counting and holding, adverbs, time words.
const NAMELESS =
  /共|计|累计|已|再|又|还|新|增|申报|认定|达到|达|为|有|目前|现|截至|截止|今年|当年|全年|其中|培育|储备|完成|通过|提交|获批|立项|入库|备案|登记|引进|建成|建设|了|均|都|分别|的|家|个|企业/g;
// What a rank or growth says of itself, naming nothing (增速全市第一, 总量居全省): the field and the ranking words.
const RANK_WORDS =
  /增速|增幅|增长|增量|总量|全市|全省|全国|全区|全县|排名|排位|位居|位列|名列|稳居|居|列|保持|均|都|再创新高|创新高/g;
// A noun whose head is another kind of thing: 科技特派员服务站, 科普活动站, 培训机构 count stations and bodies.
const OTHER_HEAD = /^(?:服务|信息|工作|活动)?(?:站|机构|平台|基地|中心|园|馆|室|点|车辆|车)$/;

/** Units that count persons: such a figure takes only an indicator that counts people. */
const PERSON_UNIT = /^(?:万)?(?:人|名|位|人次)(?:[（(][^）)]*[)）])?$/;

/** The lexicon's unit family for matching: money words never name a count, nor an institution a number of persons. */
function matchFamily(family: UnitFamily | null, unit: string, sort: Sort): string | null {
  if (sort !== 'count') return null;
  if (family === 'money') return 'money';
  if (family === 'percent') return 'percent';
  if (family === 'change' || family === null) return null;
  if (family === 'count' && PERSON_UNIT.test(unit)) return 'people';
  return family === 'count' ? 'count' : null;
}

const fits = (def: IndicatorDef | null | undefined, family: string | null) =>
  !!def && (family === null || def.unit_family.split('|').includes(family));

function byId(lexicon: readonly IndicatorDef[], id: string | null | undefined): IndicatorDef | null {
  return id ? (lexicon.find((d) => d.id === id) ?? null) : null;
}

/**
 * The words of a clause that belong to this figure alone: after the previous
 * figure, after an enumeration comma (16家、科技型中小企业40家) and inside an
 * aside left open (（其中新认定**家); a closed one stays (企业工程（技术）中心746家).
 */
function ownWords(words: string): string {
  const open = Math.max(words.lastIndexOf('（'), words.lastIndexOf('('));
  const inAside = open >= 0 && !/[）)]/.test(words.slice(open));
  return (inAside ? words.slice(open + 1) : words).split('、').pop() ?? '';
}

// Nouns that name no indicator by themselves: what they count is said by the words around them.
const GENERIC = /^(?:[\u4e00-\u9fff]{0,6}?(?:等)?)?(?:企业|公司|单位|集体|机构|同志|人|家|个|户|镇街|乡镇|企业团队)$/;

// Ratios named by what is divided by what: R&D over GDP is R&D intensity, over revenue another ratio.
const RATIOS: { of: string; over: RegExp; is: string }[] = [
  { of: 'rd_spending', over: /GDP|生产总值/, is: 'rd_intensity' },
  { of: 'rd_spending', over: /营业收入|营收|主营业务收入|销售收入/, is: 'rd_revenue_ratio' },
];

// An attribute of what the clause names: a high-tech firm's output is high-tech output.
const HIGH_TECH = /高新技术(?:企业|产业)|高企|高新企业/;
const OUTPUT = /产值|增加值/;

/** After the figure, a verb saying what its items won or became. */
const WON_AWARD = /^[^，。；;,]{0,16}?(?:获|荣获|获得|夺得|摘得)[^，。；;,]{0,24}?(?:奖|奖项)(?![金励补])/;
const WON_HONOUR =
  /^[^，。；;,]{0,16}?(?:获评|荣获|获得|被授予|授予|分获)[^，。；;,]{0,24}?(?:称号|荣誉|先进集体|先进个人|先进单位)/;
const BECAME =
  /^[^，。；;,]{0,10}?(?:被认定为|认定为|被评为|评为|获评|荣获|被登记为|成为|获批|完成|通过|进入|入选|申报)([^，。；;,]{2,24})/;
/** What may follow the name an item became and still be that name (…科技型中小企业信息库, …认定工作). */
const BECAME_TAIL = /^(?:信息库|库|名单|名录|认定|评价|认定工作|评价工作|工作|项目)?$/;
// Money given away to those in need is assistance (捐赠20万元产业发展资金).
const DONATED = /捐赠|捐助|捐款|慰问/;
// An output of above-scale or industrial firms (75家规上企业全年实现产值172.3亿元) is industrial output.
const INDUSTRIAL = /规上|规模以上|工业企业/;

const PEOPLE_ACTIVITY = /培训|参加|参与|受益|惠及|听众|观众|接待/;
const PATENT_APPLIED = /申请|申报/;
const PAID_OUT = /兑付|兑现|拨付|发放/;
const OWN_BUDGET = /设立|安排|予以|下达|本级/;
const WON_FROM_ABOVE = /争取|获得|获批|到位|落实|上级/;

export function decideIndicator(x: IndicatorInput): IndicatorDecision {
  const { body, frame, figures, earlier, clause, lexicon } = x;
  const previous = earlier[0];
  const { start, end } = x;
  const clauseStart = start - clause.length;
  const words = ownWords(body.slice(previous && previous.end > clauseStart ? previous.end : clauseStart, start));
  const family = matchFamily(x.family, x.unit, x.sort);
  const growthLike = x.rank || x.sort === 'growth';
  let label = growthLike ? '' : figureLabel(words, x.after);
  // The figure quantifies the noun right after it (5个省级项目); not one after 的 (12亿元的目标).
  const afterNoun = growthLike || /^的/.test(x.after) ? '' : labelAfter(x.after);
  const labelledAfter = afterNoun !== '' && !/^(?:我|全|本|该|其|大关|目标|任务)/.test(afterNoun);
  // A generic noun (企业, 单位, 创办领办企业的) names nothing of its own; 高新技术企业 does.
  const ownLabel = GENERIC.test(label) && !matchIndicator(label, lexicon, family) ? '' : label;
  const generic = label !== '' && ownLabel === '';
  if (!label) label = earlier.find((f) => f.label)?.label ?? '';
  const match = (text: string | null | undefined, fam = family) => (text ? matchIndicator(text, lexicon, fam) : null);
  const clauseAfter = label || x.rank ? '' : (/^[^，。；：,;！？]*/.exec(body.slice(end, end + 40))?.[0] ?? '');
  const previousWith = earlier.find((f) => f.indicator);
  const inherit = (f: DraftFigure | undefined, fam: string | null, related: boolean) =>
    related && f && fits(byId(lexicon, f.indicator), fam) ? byId(lexicon, f.indicator) : null;

  // The head of a matched name decides: a synonym followed by another kind of head names that other thing.
  const headMatch = (text: string, fam = family): IndicatorDef | null => {
    const def = match(text, fam);
    if (!def) return null;
    const last = def.synonyms
      .filter((syn) => text.includes(syn))
      .sort((a, b) => text.lastIndexOf(b) + b.length - (text.lastIndexOf(a) + a.length))[0];
    const rest = last ? text.slice(text.lastIndexOf(last) + last.length) : '';
    // Only a count of persons or events takes another head for another thing (服务站 of commissioners);
    // platforms and spaces keep theirs (科创载体平台).
    const ofPersonsOrEvents = def.unit_family.includes('people') || /_events$/.test(def.id);
    return ofPersonsOrEvents && OTHER_HEAD.test(rest) ? null : def;
  };
  const closingName = (text: string): IndicatorDef | null => {
    const def = match(text);
    return def && def.synonyms.some((syn) => text.trimEnd().endsWith(syn)) ? def : null;
  };
  let named: string | undefined;
  /** Words of the sentence before the clause, for a figure whose clause names nothing (共申报52家, 目前已有1939家). */
  const namedBefore = (): IndicatorDef | null => {
    const own = growthLike ? frame.own.replace(RANK_WORDS, '') : frame.own;
    if (own.replace(NAMELESS, '').length > 1) return null;
    const from = Math.max(previous ? previous.end : x.sentenceStart, frame.clauseStart - NAMED_BEFORE_CHARS, 0);
    const before = from < frame.clauseStart ? body.slice(from, frame.clauseStart) : '';
    const fam = family === 'people' ? 'people' : family === 'count' || family === 'money' ? family : null;
    const def = before ? matchIndicator(before, lexicon, fam) : null;
    if (def) named = before;
    // Else the figure just before it, counted the same way (…培育高新技术企业12家，目前已培育储备4家).
    return def ?? (previous && previous.unit === x.unit ? byId(lexicon, previous.indicator) : null);
  };

  const pick = (): IndicatorDef | null => {
    // 分别: A、B分别达X、Y — the noun of the same place; 同比分别增长X、Y — the figure of the same place.
    if (frame.pairedWords) return match(frame.pairedWords) ?? match(frame.pairedWords, null);
    if (frame.pairedWith !== null) return byId(lexicon, figures[frame.pairedWith]?.indicator);
    // 均居全市首位: shared by the figures before it, the first of them leads; a list of areas names no one indicator.
    // A rank of several areas together (高新技术、科技成果、科技奖励、专利等项工作均保持…第一) is none of them.
    if (x.rank && frame.clause.split(/、|和|及/).filter((w) => matchIndicator(w, lexicon, null)).length >= 3)
      return null;
    if (x.rank && frame.runHead !== null) return byId(lexicon, figures[frame.runHead]?.indicator);
    // A share after 占: of what was named before 占 (or measured just before), over the denominator after it.
    if (x.sort === 'share' && /占[^，。；]*$/.test(clause)) {
      // A name spanning 占 (研发投入占比) names the share itself.
      const named = matchIndicator(words, lexicon, 'percent');
      if (named && named.synonyms.some((syn) => syn.includes('占') && words.includes(syn))) return named;
      const subject = match(ownLabel, null) ?? inherit(previousWith, null, true);
      const over = clause.slice(clause.lastIndexOf('占') + 1);
      const ratio = subject && RATIOS.find((r) => r.of === subject.id && r.over.test(over));
      return ratio ? byId(lexicon, ratio.is) : subject;
    }
    // What the words after the figure say its items won or became.
    if (!growthLike && x.sort === 'count' && x.family === 'count') {
      if (WON_HONOUR.test(frame.after)) return byId(lexicon, 'honours');
      if (WON_AWARD.test(frame.after)) return byId(lexicon, 'sci_awards');
    }
    // A part of a whole counting persons, by background (其中科研院所人员5人，乡土人才2人), is one of the whole.
    const wholeFigure = frame.whole !== null ? figures[frame.whole] : undefined;
    const whole = byId(lexicon, wholeFigure?.indicator);
    if (whole && family === 'people' && fits(whole, 'people') && wholeFigure?.unit === x.unit) return whole;
    if (ownLabel && match(ownLabel)) return headMatch(ownLabel);
    // 3家企业被认定为市级重点实验室, 178家企业评价进入…科技型中小企业信息库: what the items became,
    // when its name heads what they became (被认定为中国专利明星企业 names no patents).
    if (!growthLike && x.sort === 'count' && x.family === 'count') {
      const became = BECAME.exec(frame.after)?.[1]
        ?.replace(/[“”"‘’「」『』]/g, '')
        .replace(/[)）]+$/, '');
      const def = became ? matchIndicator(became, lexicon, family) : null;
      if (def && became) {
        const syn = def.synonyms.filter((w) => became.includes(w)).sort((a, b) => b.length - a.length)[0] ?? '';
        const tail = became.slice(became.lastIndexOf(syn) + syn.length);
        if (BECAME_TAIL.test(tail)) return def;
        if (generic) return null;
      }
    }
    // A 其中 part naming nothing of its own counts what its whole counts (a growth or share there
    // is of the part before it, below).
    if (frame.whole !== null && !growthLike && x.sort === 'count') {
      const whole = byId(lexicon, figures[frame.whole]?.indicator);
      if (fits(whole, family)) return whole;
    }
    // A list item continuing the one before (…服务站和2个信息服务平台) counts what its own noun says, not
    // what the clause named for the item before it; naming nothing, it counts the same as that item.
    const listed = frame.listedAfter ?? frame.continues;
    if (
      listed !== null &&
      figures[listed] &&
      unitFamily(figures[listed].unit) === unitFamily(x.unit) &&
      (labelledAfter || generic || (ownLabel && !match(ownLabel))) &&
      frame.own.trim() !== ''
    ) {
      const before = figures[listed];
      // A noun of its own the lexicon does not know (利税 after 总产值) is another thing; persons
      // described after persons (…的有77人，创办合作社的5人) are more of the same.
      return before && before.unit === x.unit && !labelledAfter && (generic || !ownLabel || family === 'people')
        ? byId(lexicon, before.indicator)
        : null;
    }
    // A generic noun may close a name of the lexicon (新入驻企业: 入驻企业); otherwise the clause's
    // other nouns are not what it counts.
    const inClause = labelledAfter ? null : generic ? closingName(clause) : match(clause);
    if (inClause) return inClause;
    // A growth or rank naming nothing measures what came just before (…，占营收比重3.78%，全市排名3).
    if (!ownLabel && growthLike) {
      const of = inherit(previousWith, null, true) ?? (previousWith ? null : namedBefore());
      if (of) return of;
    }
    const borrowed = match(label);
    if (borrowed) return borrowed;
    // With no label before or right after it (选派9名2023-2024年市派科技特派员),
    // the counted noun may close the clause after the figure.
    const afterDef = clauseAfter ? firstIndicator(clauseAfter, lexicon, family) : null;
    if (afterDef) return afterDef;
    // Persons at an event (培训, 讲座, 参观 …) are people reached.
    const event = family === 'people' ? matchIndicator(clause, lexicon, null) : null;
    if (
      family === 'people' &&
      (PEOPLE_ACTIVITY.test(clause) ||
        (event && /_events$/.test(event.id) && /人次|开展|举办|组织/.test(x.unit + clause)))
    )
      return byId(lexicon, 'people_reached');
    const inherited = inherit(previousWith, family, x.sort !== 'count' || label === previous?.label);
    if (inherited) return inherited;
    return !growthLike && (!ownLabel || generic) && x.sort === 'count' ? namedBefore() : null;
  };

  let indicator = pick();
  // Words around the figure that change which indicator its noun means.
  if (indicator?.id === 'patents_granted' && PATENT_APPLIED.test(words))
    indicator = byId(lexicon, 'patent_applications');
  if (indicator && x.family === 'money' && (indicator.id === 'funds_won' || indicator.id === 'award_funds')) {
    if (PAID_OUT.test(clause)) indicator = byId(lexicon, 'award_funds');
    else if (OWN_BUDGET.test(clause) && !WON_FROM_ABOVE.test(clause)) indicator = byId(lexicon, 'local_st_funds');
  }
  if (x.family === 'money' && OUTPUT.test(ownLabel || words) && (!indicator || indicator.id === 'industrial_output')) {
    if (HIGH_TECH.test(clause)) indicator = byId(lexicon, 'high_tech_output') ?? indicator;
    else if (!indicator && INDUSTRIAL.test(body.slice(Math.max(0, clauseStart - 20), start)))
      indicator = byId(lexicon, 'industrial_output');
  }
  if (x.family === 'money' && DONATED.test(words)) indicator = byId(lexicon, 'rural_assistance') ?? indicator;
  if (!label && indicator && clauseAfter) label = indicator.name_zh;
  return { indicator, label, ownLabel, ...(named ? { named } : {}) };
}
