// What exactly a figure counts (its measure: stock, new, applied, rate …) and
// where (its scope: 规上, 省级 …), read from the words around it with the
// cue words of data/measures.csv and data/scopes.csv. Every decision keeps
// the words that made it (`basis`) and how it was made (`rule`), so a curator
// can review the weak ones.
import type { FigureKind } from '../types.ts';
import type { MeasureDef, ScopeDef } from './measures.ts';
import { measureKind } from './kind.ts';
import { unitFamily, type UnitFamily } from './units.ts';

export type MeasureRule = 'cue' | 'unit' | 'default';

export interface MeasureDecision {
  measure: string;
  basis: string[];
  rule: MeasureRule;
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
  kind: FigureKind;
  /** The previous figure of the clause when only an enumeration comma (、) and a label separate them. */
  listedAfter?: { measure: string | null; basis: string[] };
  /** The figure is a rank position (第一, 排名3). */
  rank: boolean;
  value: number | null;
}

interface CueHit {
  def: MeasureDef;
  cue: string;
  end: number;
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
      .filter((d) => d.applies_to.includes(family) && !STRUCTURAL.has(d.id))
      .flatMap((def) => def.cues.map((cue) => ({ def, cue })));
    byFamily.set(family, list);
  }
  return list;
}

function cueHits(text: string, measures: readonly MeasureDef[], family: string): CueHit[] {
  const hits: CueHit[] = [];
  if (text === '') return hits;
  for (const { def, cue } of cuesFor(measures, family)) {
    {
      for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
        // 国家认定, 省级认定: a level saying who certified, not a new certification.
        if (cue === '认定' && /(?:国家|省|市|县|区)级?$/.test(text.slice(0, i))) continue;
        // 提升至65%, 增长到: rose to a level, which is no growth rate.
        if (def.id === 'growth' && /^[至到]/.test(text.slice(i + cue.length))) continue;
        hits.push({ def, cue, end: i + cue.length });
      }
    }
  }
  return hits.sort((a, b) => b.end - a.end || b.cue.length - a.cue.length);
}

// Measures decided by the shape of the text, not by a cue anywhere in the clause.
const STRUCTURAL = new Set(['milestone', 'per_item', 'batches']);

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
  const ahead = cueHits(ctx.after, measures, family).sort((a, b) => a.end - a.cue.length - (b.end - b.cue.length));
  const own = cueHits(ctx.own, measures, family);
  // 共有25家高企通过复审: "there are" yields to what the sentence says of them.
  if (own[0] && EXISTENTIAL.has(own[0].cue) && ahead[0]) return applicationOf(ahead);
  if (own[0]) return applicationOf(own);
  const shared = ctx.clause.slice(0, ctx.clause.length - ctx.own.length);
  const spans = nameSpans(shared, names);
  const back = cueHits(shared, measures, family).filter(
    (h) => !spans.some(([a, b]) => h.end - h.cue.length >= a && h.end <= b),
  );
  if (back[0]) return applicationOf(back);
  return ahead[0] ? applicationOf(ahead) : null;
}

const EXISTENTIAL = new Set(['共有', '已有', '现有']);

/**
 * 申报高企认定108家, 提交高企认定申请: certification named as the object of
 * an application is still an application.
 */
function applicationOf(hits: CueHit[]): CueHit {
  const [first] = hits;
  if (first.def.id !== 'new' || first.cue !== '认定') return first;
  return hits.find((h) => h.def.id === 'applied') ?? first;
}

const byId = (measures: readonly MeasureDef[], id: string) => {
  const def = measures.find((m) => m.id === id);
  if (!def) throw new Error(`data/measures.csv: the measure "${id}" the rules rely on is missing`);
  return def.id;
};

// A threshold passed (申报数首次突破100家): the words right before the number.
// Plain 突破 marks one only before a round number (突破1000家), else it is a count.
const FIRST_PAST = /首次(?:突破|超过|达到)了?$|首破$/;
const PAST = /突破了?$/;
const isRound = (v: number | null) => v !== null && v > 0 && /^[1-9]0*$/.test(String(v));

const LEVEL = /(?:达到|达|(?<![指系基倍分次])数(?:达到|达|为)?)$/;

const RANK_WORDS = /排名|排位|位居|位列|名列|第|前/g;

// 18个镇街均明确1名…, 各配备1名, 每村1名, 每年安排1亿: so many for each, not a total.
const EACH =
  /(?:均|各(?![类项级种地界])|分别)[\u4e00-\u9fff]{0,3}$|每(?!万)[^、，；\d]{0,8}$|^(?:半|每)?(?:年|半年|季度|月|周|天)$/;
// 两批**家, 分三批: the batches something came in, followed by the count itself.
const BATCH_UNITS = new Set(['批', '批次', '轮']);
const ALWAYS_BATCHES = new Set(['批', '轮']);
const NUMBER_NEXT = /^[\d*一二三四五六七八九十两百千万]/;

/** per_item / batches, read from where the figure stands rather than from a cue word. */
function shapeMeasure(ctx: MeasureContext, family: string): { measure: string; basis: string[] } | null {
  if (family !== 'count' && family !== 'money') return null;
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
  const family: UnitFamily | 'other' = unitFamily(ctx.unit) ?? 'other';
  if (ctx.rank) {
    const words = [...ctx.clause.matchAll(RANK_WORDS)].map((m) => m[0]);
    return { measure: byId(measures, 'rank'), basis: words.length ? [...new Set(words)] : ['第'], rule: 'cue' };
  }
  if (family === 'count') {
    const tail = ctx.clause.trimEnd();
    const first = FIRST_PAST.exec(tail) ?? (isRound(ctx.value) ? PAST.exec(tail) : null);
    if (first) return { measure: byId(measures, 'milestone'), basis: [first[0]], rule: 'cue' };
  }
  const shape = shapeMeasure(ctx, family);
  if (shape) return { measure: byId(measures, shape.measure), basis: shape.basis, rule: 'cue' };
  const cue = nearestCue(ctx, measures, family, names);
  // 累计引进, 已累计建成: a verb of adding after 累计 still counts what is held.
  if (
    cue?.def.id === 'new' &&
    !cue.cue.startsWith('新') &&
    /累计$/.test(ctx.clause.slice(0, cue.end - cue.cue.length))
  ) {
    return { measure: byId(measures, 'stock'), basis: ['累计', cue.cue], rule: 'cue' };
  }
  if (cue) return { measure: cue.def.id, basis: [cue.cue], rule: 'cue' };
  if (family === 'change') return { measure: byId(measures, 'growth'), basis: [ctx.unit], rule: 'unit' };
  // 专职工作人员达到165人, 研发机构数79家: a level reached, most likely a stock; a weak rule, for review.
  const level = family === 'count' ? LEVEL.exec(ctx.own) : null;
  if (level) return { measure: byId(measures, 'stock'), basis: [level[0]], rule: 'default' };
  if (family === 'percent') {
    const kind = measureKind(ctx.clause, 'percent');
    return { measure: byId(measures, kind === 'growth' ? 'growth' : 'share'), basis: [], rule: 'default' };
  }
  if (family === 'count') return { measure: byId(measures, 'count'), basis: [], rule: 'default' };
  return { measure: byId(measures, 'amount'), basis: [], rule: 'default' };
}

/**
 * The scope stated for a figure: a level (规上, 省级, 国家级) must modify the
 * figure's own words; a region-wide word (全市) may head the whole clause.
 * Words inside the indicator's own name (国家高企) are not a scope.
 */
export function decideScope(
  ctx: MeasureContext,
  scopes: readonly ScopeDef[],
  ownName: string[] = [],
): { scope: string | null; basis: string[] } {
  const find = (text: string, which: (s: ScopeDef) => boolean) => {
    let best: { scope: ScopeDef; cue: string; end: number } | null = null;
    for (const scope of scopes.filter(which)) {
      for (const cue of scope.cues) {
        for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
          if (ownName.some((name) => name.includes(cue) && coveredBy(text, i, cue, name))) continue;
          const end = i + cue.length;
          if (!best || end > best.end || (end === best.end && cue.length > best.cue.length)) best = { scope, cue, end };
        }
      }
    }
    return best;
  };
  const level = find(ctx.own, (s) => s.in_series);
  if (level) return { scope: level.scope.id, basis: [level.cue] };
  const wide = find(ctx.clause, (s) => !s.in_series);
  return wide ? { scope: wide.scope.id, basis: [wide.cue] } : { scope: null, basis: [] };
}

/** Whether the cue at `i` lies inside an occurrence of `name` in `text`. */
function coveredBy(text: string, i: number, cue: string, name: string): boolean {
  const offset = name.indexOf(cue);
  return text.startsWith(name, i - offset);
}
