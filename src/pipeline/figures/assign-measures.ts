// Gives every extracted figure its measure, scope and series from its frame
// (clause.ts): the cue words of its own words and clause (measure.ts
// decides), and what the structure of the sentence carries to it — the verb
// of the list it continues (组织申报A 12项，B 6项、C 8个: all applied), the
// measure of the whole a 其中 part or an aside breaks down, the level
// heading its list group (省火炬计划7项，星火计划3项: both provincial).
import type { IndicatorDef } from '../types.ts';
import type { DraftFigure } from './kind.ts';
import { decideMeasure, decideScope, type MeasureContext, type MeasureDecision } from './measure.ts';
import { unitFamily } from './units.ts';
import type { FigureLexicons } from '../lexicons.ts';
import { splitSentences } from './sentences.ts';
import type { Frame } from './clause.ts';

function contextOf(
  body: string,
  f: DraftFigure,
  frame: Frame,
  out: readonly DraftFigure[],
  indicator: string | null,
  sentenceStart: number,
): MeasureContext {
  const rank = f.kind === 'rank' || /^[第前首]/.test(f.raw) || /排名$|排位$|排在$/.test(frame.clause);
  const listed = frame.listedAfter !== null ? out[frame.listedAfter] : undefined;
  return {
    clause: frame.clause,
    own: frame.own,
    after: frame.after,
    unit: f.unit,
    kind: f.kind,
    rank,
    value: f.value,
    listedAfter: listed ? { measure: listed.measure, basis: listed.measure_basis } : undefined,
    indicator,
    before: body.slice(Math.max(sentenceStart, frame.clauseStart - 40), frame.clauseStart),
    next: body.slice(f.end, f.end + 40),
    raw: f.raw,
    listAfter: frame.listAfter,
  };
}

/**
 * Measures that say the figure counts no instance of its indicator (两批**家:
 * the batches, not the platforms). Kinds (25种资料) keep theirs: the measure keeps
 * them out of the count's series. A per-item figure (1名
 * for each of 18 towns) keeps its indicator: its own measure keeps it out of
 * every total's series.
 */
export const NOT_A_COUNT = new Set(['batches']);

/** Indicator synonyms that hold a measure cue (专利申请量, 有效发明专利): a cue inside one names that item only. */
function namesWithCues(lexicons: FigureLexicons): string[] {
  const cues = lexicons.measures.flatMap((m) => m.cues).filter((c) => c.length >= 2);
  return lexicons.indicators.flatMap((d) => d.synonyms).filter((s) => cues.some((c) => s.includes(c)));
}

// Words that name an attribute of something, not a thing: 发放创新券2批，额度150万元.
const ATTRIBUTE_LABELS = /^(?:额度|金额|总额|规模|资金|数额)$/;

/** The indicator of the figure just before, for a figure labelled only by an attribute word. */
function attributeOf(
  f: DraftFigure,
  before: DraftFigure | undefined,
  lexicon: readonly IndicatorDef[],
): Partial<DraftFigure> {
  if (!ATTRIBUTE_LABELS.test(f.label)) return {};
  const def = before && before.sentence_n === f.sentence_n ? lexicon.find((d) => d.id === before.indicator) : undefined;
  const family = unitFamily(f.unit);
  return def && family && def.unit_family.split('|').includes(family) ? { indicator: def.id, theme: def.theme } : {};
}

/**
 * What the structure of the sentence carries to a figure whose own words
 * decide nothing: the measure of the whole a part breaks down (an aside, or
 * the clauses after 其中), kept unless a cue of its own says otherwise.
 */
function fromWhole(f: DraftFigure, frame: Frame, out: readonly DraftFigure[]): MeasureDecision | undefined {
  if (frame.whole === null) return undefined;
  const whole = out[frame.whole];
  // An aside breaks its whole down in the whole's own unit; a 其中 list may count in another (19个项目，其中…奖1项).
  if (!whole?.measure || (frame.asideOpen >= 0 ? whole.unit !== f.unit : unitFamily(whole.unit) !== unitFamily(f.unit)))
    return undefined;
  // A part of a total sum (其中技术交易额3亿元) is an amount, not a total: only an aside carries money.
  // A 其中 list carries only a measure its whole's words decided.
  if (frame.asideOpen < 0 && (unitFamily(f.unit) !== 'count' || whole.measure_rule === 'default')) return undefined;
  return { measure: whole.measure, basis: whole.measure_basis, rule: 'clause' };
}

/**
 * A figure whose clause names only a noun continues the one before: the
 * item before it in a list (、), or the clause before it whose verb it
 * shares (组织申报A 12项，B 6项). The words that decided are kept; the
 * rule says the clause carried them.
 */
function fromList(
  f: DraftFigure,
  frame: Frame,
  out: readonly DraftFigure[],
  inName: ReadonlySet<DraftFigure>,
): MeasureDecision | undefined {
  const at = frame.listedAfter ?? frame.continues;
  const g = at === null ? undefined : out[at];
  // 专利申请量73647件、授权量59175件: a cue inside the item's own name (申请) governs no item after it.
  if (
    !g?.measure ||
    g.measure_rule === 'default' ||
    inName.has(g) ||
    unitFamily(g.unit) !== unitFamily(f.unit) ||
    g.kind !== f.kind
  )
    return undefined;
  return { measure: g.measure, basis: g.measure_basis, rule: 'clause' };
}

/** 受益面达到35.7%，超目标任务（25%）: a goal named for the figure before is in that figure's measure. */
function fromGoal(
  body: string,
  f: DraftFigure,
  frame: Frame,
  previous: DraftFigure | undefined,
): MeasureDecision | undefined {
  const before =
    frame.asideOpen >= 0 ? body.slice(Math.max(0, frame.asideOpen - 8), frame.asideOpen + 1) : frame.clause;
  if (!previous?.measure || previous.unit !== f.unit || !/(?:目标任务|目标|任务指标|任务)[（(]$/.test(before.trimEnd()))
    return undefined;
  return { measure: previous.measure, basis: previous.measure_basis, rule: 'clause' };
}

export function assignMeasures(
  body: string,
  figures: readonly DraftFigure[],
  frames: readonly Frame[],
  lexicons: FigureLexicons,
  /** Per figure, the words before its clause that named what it counts (extract.ts), for its scope. */
  named: readonly (string | null)[] = [],
): DraftFigure[] {
  const names = namesWithCues(lexicons);
  const sentenceStarts = splitSentences(body).map((s) => s.start);
  const out: DraftFigure[] = [];
  // Figures whose scope their own words gave as a level (or their group's): they may head a list group.
  const levelled = new Set<DraftFigure>();
  // Figures whose measure a cue inside their own indicator's name decided.
  const inName = new Set<DraftFigure>();
  for (const [k, f] of figures.entries()) {
    const frame = frames[k];
    if (!frame)
      throw new Error(`figure ${k} has no clause frame (${frames.length} frames for ${figures.length} figures)`);
    const last = out.at(-1);
    const previous = last?.sentence_n === f.sentence_n ? last : undefined;
    const indicator = f.indicator;
    const ctx = contextOf(body, f, frame, out, indicator, sentenceStarts[f.sentence_n] ?? 0);
    const promised =
      previous && previous.kind === 'target' && f.kind !== 'target' && previous.unit === f.unit ? previous : undefined;
    if (promised) ctx.completes = { measure: promised.measure, basis: promised.measure_basis };
    let decision = decideMeasure(ctx, lexicons.measures, names);
    if (decision.rule === 'default' && decision.basis.length === 0)
      decision =
        fromGoal(body, f, frame, previous) ?? fromList(f, frame, out, inName) ?? fromWhole(f, frame, out) ?? decision;
    else if (decision.rule !== 'cue') decision = fromWhole(f, frame, out) ?? decision;
    const ownName = lexicons.indicators.find((d) => d.id === indicator)?.synonyms ?? [];
    const of =
      frame.pairedWith !== null
        ? out[frame.pairedWith]
        : f.kind === 'growth' || f.kind === 'share'
          ? previous
          : undefined;
    // A level heads its list group only in a list of parts or of applications (其中申报国家火炬…1家，星火计划2项;
    // 组织申报国家级新产品1个、火炬计划项目3个): elsewhere a level qualifies its own item only.
    const head = frame.groupPrevious !== null ? out[frame.groupPrevious] : undefined;
    const groupScope =
      head && levelled.has(head) && (frame.whole !== null || head.measure === 'applied') ? head.scope : null;
    const decided = decideScope(ctx, lexicons.scopes, ownName, {
      groupScope,
      inherited: of?.scope ?? null,
      whole: frame.whole !== null ? (out[frame.whole]?.scope ?? null) : null,
      named: named[k] ?? null,
      asideOf:
        frame.asideOpen >= 0
          ? body.slice(Math.max(frame.asideOpen - 12, sentenceStarts[f.sentence_n] ?? 0), frame.asideOpen)
          : null,
    });
    const { scope } = decided;
    const next: DraftFigure = {
      ...f,
      measure: decision.measure,
      measure_basis: decision.basis,
      measure_rule: decision.rule,
      scope,
    };
    if (NOT_A_COUNT.has(decision.measure)) Object.assign(next, { indicator: null, theme: null });
    else if (!next.indicator) Object.assign(next, attributeOf(f, figures[k - 1], lexicons.indicators));
    // The series is keyed once the kind is published (extract.ts): a draft's kind still says its sort.
    next.series = null;
    if (decided.levelled) levelled.add(next);
    if (decision.inName) inName.add(next);
    out.push(next);
  }
  return out;
}
