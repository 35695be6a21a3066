// What exactly a figure counts (its measure: stock, new, applied, rate …) and
// where (its scope: 规上, 省级 …), read from the words around it with the
// cue words of data/measures.csv and data/scopes.csv. Every decision keeps
// the words that made it (`basis`) and how it was made (`rule`), so a curator
// can review the weak ones.
import type { MeasureDef, ScopeDef } from './measures.ts';
import { gapWords, measureKind, type SortedKind } from './kind.ts';
import { unitFamily, type UnitFamily } from './units.ts';

export type MeasureRule = 'cue' | 'unit' | 'clause' | 'default';

export interface MeasureDecision {
  measure: string;
  basis: string[];
  rule: MeasureRule;
  /** The cue lay inside an indicator's name (专利申请量): it says nothing of the items listed after. */
  inName?: boolean;
}

/** The words around one figure that decide its measure and scope. */
export interface MeasureContext {
  /** Clause before the figure (back to the last ，；： or sentence start). */
  clause: string;
  /** The words of the clause that belong to this figure alone (after 、 or the previous figure). */
  own: string;
  /** Rest of the clause after the figure. */
  after: string;
  unit: string;
  kind: SortedKind;
  /** The previous figure of the clause when only an enumeration comma (、) and a label separate them. */
  listedAfter?: { measure: string | null; basis: string[] };
  /** The figure is a rank position (第一, 排名3). */
  rank: boolean;
  value: number | null;
  /** The indicator the figure counts, when known (tech-SME registration is a status of its own). */
  indicator?: string | null;
  /** The words of the sentence just before the clause (bounded): 已完成*万元，|占比52% reads as a completion rate. */
  before?: string;
  /** The characters right after the figure, numbers included (12类|132项). */
  next?: string;
  /** The figure as written (千亿元 is a round threshold). */
  raw?: string;
  /** For an item of a list, the words after the list's last item (its shared verb). */
  listAfter?: string;
  /** The figure's own words continue a promised figure of the same unit (…8项，目前已完成2项): its measure. */
  completes?: { measure: string | null; basis: string[] };
}

interface CueHit {
  def: MeasureDef;
  cue: string;
  end: number;
  inName?: boolean;
}

/** Every cue of the measures applying to `family` in `text`, nearest the end first, longer first. */
// The cues that apply to each unit family, listed once per vocabulary.
const cuesByFamily = new WeakMap<readonly MeasureDef[], Map<string, { def: MeasureDef; cue: string }[]>>();
function cuesFor(measures: readonly MeasureDef[], family: string): { def: MeasureDef; cue: string }[] {
  let byFamily = cuesByFamily.get(measures);
  if (!byFamily) cuesByFamily.set(measures, (byFamily = new Map()));
  let list = byFamily.get(family);
  if (!list) {
    list = measures
      .filter(
        (d) =>
          d.applies_to.includes(family) &&
          !STRUCTURAL.has(d.id) &&
          // A change of a count or an amount is read from its comparison (比上年增加), not from 增 anywhere.
          !(d.id === 'growth' && (family === 'count' || family === 'money')),
      )
      .flatMap((def) => def.cues.map((cue) => ({ def, cue })));
    byFamily.set(family, list);
  }
  return list;
}

function cueHits(raw: string, measures: readonly MeasureDef[], family: string): CueHit[] {
  const hits: CueHit[] = [];
  if (raw === '') return hits;
  // A cue inside a title (《…水质监测研究》) names the title, not what was done: blanked, offsets kept.
  const text = raw.includes('《') ? raw.replace(/《[^》]*》/g, (m) => '　'.repeat(m.length)) : raw;
  for (const { def, cue } of cuesFor(measures, family)) {
    {
      for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
        // 国家认定, 省级认定: a level saying who certified, not a new certification.
        if (cue === '认定' && /(?:国家|省|市|县|区)级?$/.test(text.slice(0, i))) continue;
        // 提升至65%, 增长到: rose to a level, which is no growth rate.
        if (def.id === 'growth' && /^[至到]/.test(text.slice(i + cue.length))) continue;
        // Money is applied for (申请资助资金), not reported (上报研发费用).
        if (def.id === 'applied' && family === 'money' && cue !== '申请' && cue !== '申报') continue;
        // 公共 holds 共 but says nothing of a total (一般公共预算收入).
        if (cue === '共' && text.charAt(i - 1) === '公') continue;
        // 新增 and 净增 add things; their 增 is no growth rate.
        if (def.id === 'growth' && /^增/.test(cue) && /[新净]$/.test(text.slice(0, i))) continue;
        // 人才引进计划, 认定工程: a cue inside a programme's name names the programme, not what was done.
        if (/^(?:计划|工程|行动)/.test(text.slice(i + cue.length)) && def.id !== 'pool') continue;
        hits.push({ def, cue, end: i + cue.length });
      }
    }
  }
  return hits.sort((a, b) => b.end - a.end || b.cue.length - a.cue.length);
}

// Measures decided by the shape of the text, not by a cue anywhere in the clause.
const STRUCTURAL = new Set(['milestone', 'per_item', 'batches', 'kinds', 'field_size', 'gap']);

/** Spans of `text` covered by a name (an indicator synonym) holding a cue word: 专利申请量, 有效发明专利. */
function nameSpans(text: string, names: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) spans.push([i, i + name.length]);
  }
  return spans;
}

/**
 * The nearest cue before the figure: in its own words first; then in the rest
 * of the clause, unless the cue is part of another item's name (专利申请量…、
 * 授权量59175件: 申请 names the first item only); else the first one after it.
 */
function nearestCue(
  ctx: MeasureContext,
  measures: readonly MeasureDef[],
  family: string,
  names: string[],
): CueHit | null {
  // 组织8家企业参加…申报知识培训: what they took part in is no verb of theirs.
  const joined = ctx.after.search(/参加|参与|出席/);
  const aheadOf = (text: string) =>
    cueHits(text, measures, family)
      .filter((h) => joined < 0 || text !== ctx.after || h.end - h.cue.length < joined)
      .sort((a, b) => a.end - a.cue.length - (b.end - b.cue.length));
  // The verb after a list says what all its items did (…等5个省级项目和…等5个州级项目通过项目验收).
  let ahead = aheadOf(ctx.after);
  if (ahead.length === 0 && ctx.listAfter) ahead = aheadOf(ctx.listAfter);
  // 对2009年立项实施的…5个项目通过验收: a cue in a clause ending in 的 describes the noun; the verb after says what was counted.
  const attributive = (text: string) => (h: CueHit) => text.slice(h.end).includes('的');
  // Only a verb of the clause itself, not one inside an aside after the figure (…356家（比上年增加41家）).
  const outside = /^\s*[（(]/.test(ctx.after) ? [] : ahead;
  const [outsideFirst] = outside;
  if (outsideFirst) {
    const ownAll = cueHits(ctx.own, measures, family);
    const shared = ctx.clause.slice(0, ctx.clause.length - ctx.own.length);
    const all = [
      ...ownAll.map((h) => ({ h, text: ctx.own })),
      ...cueHits(shared, measures, family).map((h) => ({ h, text: shared })),
    ];
    if (all.length > 0 && all.every(({ h, text }) => attributive(text)(h))) return applicationOf(outsideFirst, outside);
  }
  // A cue inside an indicator's name (新增有效发明专利: 有效) yields to one outside it.
  const ownSpans = nameSpans(ctx.own, names);
  const ownAll = cueHits(ctx.own, measures, family);
  const outsideNames = ownAll.filter((h) => !ownSpans.some(([a, b]) => h.end - h.cue.length >= a && h.end <= b));
  const own = outsideNames.length ? outsideNames : ownAll;
  const ownInName = outsideNames.length === 0 && ownAll.length > 0;
  // 共有25家高企通过复审: "there are" yields to what the sentence says of them.
  const [ownFirst] = own;
  const [aheadFirst] = ahead;
  if (ownFirst && EXISTENTIAL.has(ownFirst.cue) && aheadFirst) return applicationOf(aheadFirst, ahead);
  if (ownFirst) return { ...applicationOf(ownFirst, own), inName: ownInName };
  const shared = ctx.clause.slice(0, ctx.clause.length - ctx.own.length);
  const spans = nameSpans(shared, names);
  const back = cueHits(shared, measures, family).filter(
    (h) => !spans.some(([a, b]) => h.end - h.cue.length >= a && h.end <= b),
  );
  const [backFirst] = back;
  if (backFirst) return applicationOf(backFirst, back);
  return aheadFirst ? applicationOf(aheadFirst, ahead) : null;
}

const EXISTENTIAL = new Set(['共有', '已有', '现有']);

/**
 * 申报高企认定108家, 提交高企认定申请: certification named as the object of
 * an application is still an application.
 */
function applicationOf(first: CueHit, hits: readonly CueHit[]): CueHit {
  if (first.def.id !== 'new' || first.cue !== '认定') return first;
  return hits.find((h) => h.def.id === 'applied') ?? first;
}

const byId = (measures: readonly MeasureDef[], id: string) => {
  const def = measures.find((m) => m.id === id);
  if (!def) throw new Error(`data/measures.csv: the measure "${id}" the rules rely on is missing`);
  return def.id;
};

// A threshold passed (申报数首次突破100家, 成交额突破2亿元大关): the words right
// before the number. The quantity is above the threshold; the threshold is not it.
const FIRST_PAST = /首次(?:突破|超过|达到)了?$|首破$/;
const PAST = /突破了?$/;
const PAST_MARK = /^[^，。；;,]{0,2}大关/;

const LEVEL = /(?:达到|达|(?<![指系基倍分次])数(?:达到|达|为)?)$/;
const AWARD_WON = /(获|荣获|获得|夺得|摘得)[^，。；;,]{0,24}?奖(?![金励补])/;
const SUBJECT_OF_AMOUNT =
  /^[^，。；;,\d]{0,12}?(?:企业|单位|机构)[^，。；;,\d]{0,8}?(实现|完成)[^，。；;,\d]{0,10}?[\d*＊.]+\s?(?:万亿|亿|万)?元/;
const PROJECTS = /projects|industry_university/;
const SUPPORTED = /^[^，。；;,]{0,16}?(?:获|获得)[^，。；;,]{0,16}?(支持|资助|扶持|补助)/;
const INDEX_BEFORE = /指数(?:为|达|达到)?$/;
/** Indicators counted over a period, never held: 达N of them is no stock. */
const FLOWS = new Set([
  'patent_applications',
  'patents_granted',
  'tech_contracts',
  'people_reached',
  'training_events',
  'popularisation_events',
]);

const RANK_WORDS = /排名|排位|位居|位列|名列|第|前/g;

// 18个镇街均明确1名…, 各配备1名, 每村1名, 每年安排1亿: so many for each, not a total.
// (分别 pairs a list with its figures in order: not "so many each", see clause.ts.)
const EACH =
  /(?:均|各(?![类项级种地界]))[\u4e00-\u9fff]{0,3}$|每(?!万)[^、，；\d]{0,8}$|^(?:半|每)?(?:年|半年|季度|月|周|天)$/;
// 12类132项, 25种12万份: the kinds something came in, followed by the count itself.
const KIND_UNITS = new Set(['类', '种']);
// 全国15个…之一, 包揽全省2个获奖名额, 在全省N个…评分中: the size of the field the region is one of.
const FIELD_AFTER =
  /^[^，。；;,]{0,20}?(?:之一|名额|中(?:排名|位列|位居|居)?)|^[^，。；;,\d（(]{1,10}?(?:第[一二三四五六七八九十\d]+(?:名|位)?(?=$|[，。；;,、）)])|首位|前列)/;
const FIELD_BEFORE = /(?:跻身|成为|是|入选|在|包揽|获得?)(?:全国|全省|全市|全球)?$/;
// 两批**家, 分三批: the batches something came in, followed by the count itself.
const BATCH_UNITS = new Set(['批', '批次', '轮']);
const ALWAYS_BATCHES = new Set(['批', '轮']);
const NUMBER_NEXT = /^[\d*一二三四五六七八九十两百千万]/;

/** per_item / batches / kinds / field_size / gap, read from where the figure stands rather than from a cue word. */
function shapeMeasure(ctx: MeasureContext, family: string): { measure: string; basis: string[] } | null {
  const gap = ctx.rank ? null : gapWords(ctx.clause, ctx.own, ctx.after);
  if (gap && family !== 'rank') return { measure: 'gap', basis: [gap] };
  if (family !== 'count' && family !== 'money') return null;
  if (
    family === 'count' &&
    KIND_UNITS.has(ctx.unit) &&
    NUMBER_NEXT.test((ctx.next ?? ctx.after).replace(/^[共计约近]/, ''))
  )
    return { measure: 'kinds', basis: [ctx.unit] };
  const field = family === 'count' ? FIELD_AFTER.exec(ctx.after) : null;
  if (field && (FIELD_BEFORE.test(ctx.own.trimEnd()) || /之一|名额|第|首位|前列/.test(field[0])))
    return { measure: 'field_size', basis: [field[0].replace(/^[^之名中第首前]*/, '')] };
  // 批 and 轮 always count batches (发放创新券2批); 批次 only before the count itself (检查50批次 counts lots).
  const batch =
    ALWAYS_BATCHES.has(ctx.unit) ||
    (BATCH_UNITS.has(ctx.unit) && NUMBER_NEXT.test(ctx.after.replace(/^[共计约近]/, '')));
  if (batch) return { measure: 'batches', basis: [ctx.unit] };
  const each = EACH.exec(ctx.own);
  // 均位居15个副省级城市第一: the size of a ranking's field, not so many each.
  if (each && !/第|前列/.test(ctx.after)) return { measure: 'per_item', basis: [each[0]] };
  // 均明确1名…领导、1名科技助理: the rest of the list is per item too.
  if (ctx.listedAfter?.measure === 'per_item') return { measure: 'per_item', basis: ctx.listedAfter.basis };
  return null;
}

/** The measure of one figure, with the words that decided it. */
export function decideMeasure(
  ctx: MeasureContext,
  measures: readonly MeasureDef[],
  names: string[] = [],
): MeasureDecision {
  // A number whose unit the excerpt cut off (高新技术企业444) or that needs none (研发人员数为***) counts.
  const family: UnitFamily | 'other' = ctx.unit === '' ? 'count' : (unitFamily(ctx.unit) ?? 'other');
  if (family === 'percent' && !ctx.rank) {
    // 超额完成目标任务（3000人次）的8%, 已完成*万元，占比52%: so much of a target, a completion rate.
    const ofTarget = /(?:目标|任务|指标)(?:[（(][^）)]*[)）])?的$/.exec(ctx.clause.trimEnd());
    if (ofTarget)
      return { measure: byId(measures, 'rate'), basis: [ofTarget[0].replace(/[（(].*[)）]/, '')], rule: 'cue' };
    if (
      /^占比(?:为|达|达到)?$/.test(ctx.clause.trim()) &&
      /(?:已完成|完成了?)[^，。；;,]*[，,]?$/.test(ctx.before ?? '')
    )
      return { measure: byId(measures, 'rate'), basis: ['完成', '占比'], rule: 'cue' };
  }
  if (ctx.rank) {
    const words = [...ctx.clause.matchAll(RANK_WORDS)].map((m) => m[0]);
    return { measure: byId(measures, 'rank'), basis: words.length ? [...new Set(words)] : ['第'], rule: 'cue' };
  }
  if (family === 'count' || family === 'money') {
    const tail = ctx.clause.trimEnd();
    const first = FIRST_PAST.exec(tail) ?? PAST.exec(tail);
    if (first) return { measure: byId(measures, 'milestone'), basis: [first[0]], rule: 'cue' };
    if (PAST_MARK.test(ctx.after)) return { measure: byId(measures, 'milestone'), basis: ['大关'], rule: 'cue' };
    // 意向投资超千亿元: past a round threshold written as one.
    const over = /(?:超过|超|逾)$/.exec(tail);
    if (over && /^[十百千万]/.test(ctx.raw ?? ''))
      return { measure: byId(measures, 'milestone'), basis: [over[0]], rule: 'cue' };
  }
  // A figure of persons reached (培训农民3239人次, 受益群众10万人次) is a count of them, whatever verb reached them.
  if (ctx.indicator === 'people_reached' && family === 'count' && /^(?:万)?(?:人|人次|名)/.test(ctx.unit))
    return { measure: byId(measures, 'count'), basis: [], rule: 'default' };
  // 申请专利132项，授权95项: granted in the period (授权 inside a name, 专利授权量, decides nothing).
  if (family === 'count' && /^(?:获得?)?授权$/.test(ctx.own.trim()))
    return { measure: byId(measures, 'new'), basis: ['授权'], rule: 'cue' };
  // Honours won by collectives and people are counted as they are (2个集体分获…先进集体).
  if (ctx.indicator === 'honours' && family === 'count' && !/新增|新获/.test(ctx.own))
    return { measure: byId(measures, 'count'), basis: [], rule: 'default' };
  const shape = shapeMeasure(ctx, family);
  if (shape) return { measure: byId(measures, shape.measure), basis: shape.basis, rule: 'cue' };
  // 5个省级园区、2个省级星创天地获…立项支持: what received support (a project so approved is new).
  if (family === 'count' && !PROJECTS.test(ctx.indicator ?? '')) {
    const supported = SUPPORTED.exec(ctx.after) ?? SUPPORTED.exec(ctx.listAfter ?? '');
    if (supported && !/项目/.test(supported[0]))
      return { measure: byId(measures, 'benefit'), basis: [supported[1] ?? ''], rule: 'cue' };
  }
  // 科技成果登记8项，目前已完成2项: the part of a promise done so far, counted as the promise is.
  if (family === 'count' && ctx.completes?.measure && /^(?:目前|截至目前)?已?完成$/.test(ctx.own.trim()))
    return { measure: ctx.completes.measure, basis: ctx.completes.basis, rule: 'clause' };
  // 获第六届…三等奖1项, 4名专家获得…奖: awards won in the period.
  if (family === 'count') {
    const won = AWARD_WON.exec(ctx.own) ?? AWARD_WON.exec(ctx.after);
    if (won) return { measure: byId(measures, 'new'), basis: [won[1] ?? '', '奖'], rule: 'cue' };
  }
  // 比上年增加10项, 同比增长8850万元: a change of a count or an amount over an earlier period.
  if (ctx.kind === 'growth' && (family === 'count' || family === 'money')) {
    const words = /(?:比上年|较上年|比去年|较去年|同比|环比|比年初|较年初)[^，。；]*$/.exec(ctx.clause.trimEnd());
    return { measure: byId(measures, 'growth'), basis: [words?.[0] ?? '增长'], rule: 'cue' };
  }
  let cue = nearestCue(ctx, measures, family, names);
  // A tech SME registered (入库, 评价入库, 备案) holds the status itself: the year's total, not a pool.
  if (ctx.indicator === 'tech_smes' && family === 'count') {
    const words = `${ctx.own}|${ctx.after}`;
    const status = /评价入库|入库|备案|登记|评价进入|通过评价/.exec(words);
    const added = /新增|新入库|新备案|新认定|净增/.exec(ctx.own);
    if (status && (!cue || cue.def.id === 'pool' || cue.def.id === 'new'))
      return added
        ? { measure: byId(measures, 'new'), basis: [added[0], status[0]], rule: 'cue' }
        : { measure: byId(measures, 'stock'), basis: [status[0]], rule: 'cue' };
    // 开展科技型中小企业评价51家: put forward for the evaluation, not yet registered.
    const evaluated = /评价/.exec(words);
    if (evaluated && !cue) return { measure: byId(measures, 'applied'), basis: [evaluated[0]], rule: 'cue' };
  }
  // 累计引进, 已累计建成: a verb of adding after 累计 still counts what is held.
  if (
    cue?.def.id === 'new' &&
    !cue.cue.startsWith('新') &&
    /累计$/.test(ctx.clause.slice(0, cue.end - cue.cue.length))
  ) {
    return { measure: byId(measures, 'stock'), basis: ['累计', cue.cue], rule: 'cue' };
  }
  if (cue && cue.def.id === 'share' && INDEX_BEFORE.test(ctx.clause.trimEnd())) cue = null;
  if (cue) return { measure: cue.def.id, basis: [cue.cue], rule: 'cue', ...(cue.inName ? { inName: true } : {}) };
  // 75家规上企业全年实现产值172.3亿元: the firms a later amount is of are those held.
  if (family === 'count') {
    const subject = SUBJECT_OF_AMOUNT.exec(ctx.next ?? '');
    if (subject) return { measure: byId(measures, 'stock'), basis: [subject[1] ?? ''], rule: 'cue' };
  }
  if (family === 'change') return { measure: byId(measures, 'growth'), basis: [ctx.unit], rule: 'unit' };
  // 专职工作人员达到165人, 研发机构数79家: a level reached, most likely a stock; a weak rule, for review.
  // A flow counted over the period (专利申请量达860件) reaches no level held.
  const level = family === 'count' && !FLOWS.has(ctx.indicator ?? '') ? LEVEL.exec(ctx.own) : null;
  if (level) return { measure: byId(measures, 'stock'), basis: [level[0]], rule: 'default' };
  if (family === 'percent') {
    const kind = measureKind(ctx.clause, 'percent');
    return { measure: byId(measures, kind === 'growth' ? 'growth' : 'share'), basis: [], rule: 'default' };
  }
  if (family === 'count') return { measure: byId(measures, 'count'), basis: [], rule: 'default' };
  return { measure: byId(measures, 'amount'), basis: [], rule: 'default' };
}

/** What the structure of the sentence says of a figure's scope when its own words say nothing. */
export interface ScopeCarried {
  /** The scope heading the figure's list group (省火炬计划7项，星火计划3项: provincial). */
  groupScope?: string | null;
  /** The scope of the figure a growth or share is of (for 分别, the figure it is paired with). */
  inherited?: string | null;
  /** The scope of the whole a 其中 part breaks down. */
  whole?: string | null;
  /** Words the figure's noun was found in before its clause (目前已有1939家 ← 国家级高新技术企业…). */
  named?: string | null;
  /** The words of the noun an aside stands after (国家级科技创新平台（总数79家）). */
  asideOf?: string | null;
}

/** A level word as an item opens with it (省火炬计划, 市重大专项, 州级项目, 自治区科技计划) → scope id. */
const LEVEL_SCOPES: [RegExp, string][] = [
  [/^(?:国家|国家级|全国|部|部级|科技部)$/, 'national'],
  [/^(?:省|省级|自治区|自治区级|省上|省厅)$/, 'provincial'],
  [/^(?:市|市级|州|州级|市局)$/, 'municipal'],
  [/^(?:县|县级|区级)$/, 'county'],
];
function levelScope(level: string | null | undefined): string | null {
  if (!level) return null;
  return LEVEL_SCOPES.find(([re]) => re.test(level))?.[1] ?? null;
}
// Verbs an item's words may open with before its level (全年争取到市创新基金项目3项).
const LEAD_VERBS =
  '(?:[\\u4e00-\\u9fff]{0,4}?(?:组织|申报|申请|认定|新增|获批|获得|获|立项|推荐|争取到|争取|完成|其中|共|已|累计|实施))*';
// A level word; never an actor (市科技局, 省厅组织的) nor a field (市州, 省考).
const LEVEL_WORD =
  '(国家级|国家|省级|省|自治区级|自治区|州级|州|市级|市|县级|区级)(?![内外里委政长州考府场民])(?!(?:科技)?[局厅](?!立项|认定|批准|支持|资助|审批))';
// Years and periods an item's words may open with (申报2024年度省…项目).
const PERIOD_PREFIX = /^(?:\d{4}年度?|今年|全年|当年|本年|去年|上年)+/;
const OPENING_LEVEL = new RegExp(`^${LEAD_VERBS}${LEVEL_WORD}`);
// 聊城市科技进步一等奖1项, 山东省科技计划: a named city's or province's own award or programme.
const PLACE_LEVEL =
  /^(?:获|荣获|获得)?(?:第[一二三四五六七八九十\d]+届)?(?![我本全该])[\u4e00-\u9fff]{2,3}?(市|省)(?=[^，。；;,]{0,8}?(?:奖|计划|专项|项目|实验室|中心|基金))/;
// 获得省科学技术奖6项, 申报省创新基金: a level right after the verb of the figure's own words.
const OWN_GIVEN = new RegExp(`(?:获得|荣获|获批|获|申报|争取到|争取)(?:\\d{4}年度?)?${LEVEL_WORD}`);
// 11个项目荣获…国家科学技术奖, 16个项目获得省科技厅立项支持, 两个项目被省上立项: the level of who gave it.
const GIVEN_BY = new RegExp(
  `^[^，。；;,]{0,12}?(?:荣获|获得|获批|获|被|列入|入选|认定为|评为|申报|完成|进入)[^，。；;,]{0,10}?(国家级|国家|全国|科技部|省级|省上|省|自治区级|自治区|州级|市级|市局|市)(?![内外里委政长州考]|科技厅|厅组织)`,
);
// …已被科技部立项，争取项目经费70万元: money won for what the clause before says was approved, at its level.
const APPROVED_BEFORE = /被(国家|科技部|省上|省|自治区|州|市局|市)[^，。；;,]{0,6}立项[^，。；;,]*[，,]?$/;

/**
 * The scope stated for a figure: a level (规上, 省级, 国家级) must modify the
 * figure's own words, or open them (省火炬计划), or open the noun right after
 * it (3个国家级平台), or head its list group, or be said of its items after
 * it (…获得省科技厅立项支持); a growth or share with none of its own is of
 * the figure before it (for 分别, the one it is paired with), whose scope it
 * keeps — a share takes 规上 from its denominator, never 全市; a 其中 part
 * keeps its whole's. A rank has only a scope its own words give: 全市 before
 * it names the field it was ranked in. A region-wide word (全市) may head
 * the whole clause. Words inside the indicator's own name (国家高企) are not a scope.
 */
export function decideScope(
  ctx: MeasureContext,
  scopes: readonly ScopeDef[],
  ownName: string[] = [],
  carried: ScopeCarried = {},
): { scope: string | null; basis: string[]; levelled?: boolean } {
  const find = (text: string, which: (s: ScopeDef) => boolean) => {
    let best: { scope: ScopeDef; cue: string; end: number } | null = null;
    for (const scope of scopes.filter(which)) {
      for (const cue of scope.cues) {
        for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
          if (ownName.some((name) => name.includes(cue) && coveredBy(text, i, cue, name))) continue;
          // 全省科技创新大赛: 全省 names the field, not a provincial level.
          if (/^[省市县区]/.test(cue) && text.charAt(i - 1) === '全') continue;
          // 县级市, 地级市: kinds of places (a field of ranking), not a level.
          if (/级$/.test(cue) && text.charAt(i + cue.length) === '市') continue;
          const end = i + cue.length;
          if (!best || end > best.end || (end === best.end && cue.length > best.cue.length)) best = { scope, cue, end };
        }
      }
    }
    return best;
  };
  const inSeries = (s: ScopeDef) => s.in_series && s.id !== 'zone';
  const found = (scope: string | null, basis: string) => (scope ? { scope, basis: [basis] } : null);
  const share = /占[^，。；]*$/.test(ctx.clause);
  const cut = share ? ctx.own.lastIndexOf('占') : -1;
  const own = cut >= 0 ? ctx.own.slice(0, cut) : ctx.own;
  const level = find(own, inSeries);
  if (level) return { scope: level.scope.id, basis: [level.cue], levelled: true };
  // Firms or organisations inside a zone of the region (园区企业, 入园机构), or a zone as the subject
  // of its clause (高新区实现技工贸总收入): counted for that zone only.
  const zone = find(own, (s) => s.id === 'zone');
  const hasZone = scopes.some((s) => s.id === 'zone');
  if (zone) return { scope: zone.scope.id, basis: [zone.cue] };
  const zoneSubject = hasZone ? ZONE_SUBJECT.exec(own.trim()) : null;
  if (zoneSubject) return { scope: 'zone', basis: [zoneSubject[1] ?? ''] };
  // The indicator's own name holding a level (国家高企) is no scope: blanked before reading levels.
  const named = ownName.filter((n) => /国家|省|市|县/.test(n));
  const words = named.reduce((t, n) => t.split(n).join('　'.repeat(n.length)), own.trim().replace(PERIOD_PREFIX, ''));
  const opening = OPENING_LEVEL.exec(words) ?? OWN_GIVEN.exec(words) ?? PLACE_LEVEL.exec(words);
  const opened = found(levelScope(opening?.[1]), opening?.[1] ?? '');
  if (opened) return { ...opened, levelled: true };
  if (ctx.rank) return { scope: null, basis: [] };
  if (ctx.kind !== 'growth' && ctx.kind !== 'share') {
    // A level in the noun right after the figure (3个国家级科技创新平台, 75家规上企业).
    const noun = find(/^[^、，。；;,（(]{0,8}/.exec(ctx.after)?.[0] ?? '', inSeries);
    if (noun) return { scope: noun.scope.id, basis: [noun.cue] };
    if (carried.groupScope) return { scope: carried.groupScope, basis: [], levelled: true };
    const given = GIVEN_BY.exec(ctx.after);
    const by = found(levelScope(given?.[1]), given?.[1] ?? '');
    if (by) return by;
    const approved = APPROVED_BEFORE.exec(ctx.before ?? '');
    const before = found(levelScope(approved?.[1]), approved?.[1] ?? '');
    if (before) return before;
    for (const words of [carried.asideOf, carried.named]) {
      const hit = words ? find(words, inSeries) : null;
      if (hit) return { scope: hit.scope.id, basis: [hit.cue] };
    }
  }
  // A share's denominator may say 规上 (占规上工业增加值比重): the share is of those firms.
  if (share) {
    const denominator = find(ctx.own.slice(cut + 1), (s) => s.in_series && s.id === 'above_scale');
    if (denominator) return { scope: denominator.scope.id, basis: [denominator.cue] };
  }
  // A part keeps its whole's scope; a part of a sum of money is said apart (其中由我局安排的…资金).
  if (carried.whole && unitFamily(ctx.unit) !== 'money') return { scope: carried.whole, basis: [] };
  if ((ctx.kind === 'growth' || ctx.kind === 'share') && carried.inherited)
    return { scope: carried.inherited, basis: [] };
  if (share) return { scope: null, basis: [] };
  const wide = find(ctx.clause, (s) => !s.in_series);
  return wide ? { scope: wide.scope.id, basis: [wide.cue] } : { scope: null, basis: [] };
}

const ZONE_SUBJECT =
  /^(?:[\u4e00-\u9fff]{0,4}?)(高新区|开发区|经开区|园区|产业园|科技园|科学城|农高区)内?(?:实现|完成|新增|共有|拥有)/;

/** Whether the cue at `i` lies inside an occurrence of `name` in `text`. */
function coveredBy(text: string, i: number, cue: string, name: string): boolean {
  const offset = name.indexOf(cue);
  return text.startsWith(name, i - offset);
}
