// Gives every extracted figure its measure, scope and series: reads the words
// around each figure in the report body (measure.ts decides), and lets a part
// named in an aside (…746家（其中…212家）) share the measure of its whole.
import type { Figure, IndicatorDef } from '../types.ts';
import { decideMeasure, decideScope, type MeasureContext, type MeasureDecision } from './measure.ts';
import { unitFamily } from './units.ts';
import { matchIndicator } from './lexicon.ts';
import type { FigureLexicons } from '../lexicons.ts';
import { seriesKey } from './series.ts';
import { splitSentences } from './sentences.ts';
import { CONTEXT_CHARS, EARLIER_FIGURES, meter } from './context.ts';

const CLAUSE_BREAK = /[，,；;：:。！？!?\n]/;

/**
 * Start of the clause holding `pos`. A closed aside is stepped over whole, so
 * its commas do not cut the clause: 全市已有A 746家（其中，…）、B 13家 keeps 全市已有.
 * Never more than CONTEXT_CHARS back (an unpunctuated table would make it quadratic).
 */
function clauseStartBefore(body: string, pos: number): number {
  const limit = Math.max(0, pos - CONTEXT_CHARS);
  let i = pos;
  while (i > limit) {
    const c = body.charAt(i - 1);
    if (c === '）' || c === ')') {
      const open = matchingOpen(body, i - 1);
      if (open < 0) break;
      i = open;
      continue;
    }
    if (CLAUSE_BREAK.test(c)) break;
    i -= 1;
  }
  meter.chars += pos - i;
  return Math.max(i, limit);
}

function matchingOpen(body: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && i > close - 400; i -= 1) {
    const c = body.charAt(i);
    if (c === '）' || c === ')') depth += 1;
    else if (c === '（' || c === '(') {
      depth -= 1;
      if (depth === 0) return i;
    } else if (/[。！？\n]/.test(c)) return -1;
  }
  return -1;
}

function clauseEndAfter(body: string, pos: number, limit = 24): number {
  let i = pos;
  while (i < body.length && i < pos + limit && !CLAUSE_BREAK.test(body.charAt(i))) i += 1;
  return i;
}

/** Offset of the aside (（…) still open at `pos` since `from` (at most CONTEXT_CHARS back), or -1. */
function openAside(body: string, from: number, pos: number): number {
  let depth = 0;
  let open = -1;
  const limit = Math.max(from, pos - CONTEXT_CHARS);
  meter.chars += pos - limit;
  for (let i = pos - 1; i >= limit; i -= 1) {
    const c = body.charAt(i);
    if (c === '）' || c === ')') depth += 1;
    else if (c === '（' || c === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth -= 1;
    }
  }
  return open;
}

function contextOf(body: string, f: Figure, previous: Figure | undefined, sentenceStart: number): MeasureContext {
  // Inside an aside left open (…立项支持（另有18项进入…库）), only the aside speaks for the figure.
  const aside = openAside(body, sentenceStart, f.start);
  const clauseStart = Math.max(clauseStartBefore(body, f.start), aside + 1);
  const clause = body.slice(clauseStart, f.start);
  const ownStart = previous && previous.end > clauseStart ? previous.end : clauseStart;
  const own = body.slice(ownStart, f.start).split('、').pop() ?? '';
  // The words after the figure speak for it up to the next number (2家企业共4个产品入选: 入选 is the products').
  const after = body
    .slice(f.end, clauseEndAfter(body, f.end))
    .split(/[\d*一二两三四五六七八九十]+[家个项人名件次所]/)[0];
  const rank = f.kind === 'rank' || /^[第前]/.test(f.raw) || /排名$|排位$|排在$/.test(clause);
  const between = previous && previous.end > clauseStart ? body.slice(previous.end, f.start) : '';
  const listedAfter = between.includes('、')
    ? { measure: previous!.measure, basis: previous!.measure_basis }
    : undefined;
  return { clause, own, after, unit: f.unit, kind: f.kind, rank, value: f.value, listedAfter };
}

/**
 * The figure an aside breaks down, if `f` stands in one: an aside opened by
 * 其中/含/包括, or one right after a figure (团队23个（第一层次3个、…）).
 */
function wholeOfAside(body: string, f: Figure, earlier: readonly Figure[], sentenceStart: number): Figure | undefined {
  const open = openAside(body, sentenceStart, f.start);
  if (open < 0) return undefined;
  // The nearest earlier figure of the sentence before the aside (a bounded look back).
  let before: Figure | undefined;
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - EARLIER_FIGURES; i -= 1) {
    const e = earlier[i];
    if (e.sentence_n !== f.sentence_n) break;
    if (e.end <= open) {
      before = e;
      break;
    }
  }
  if (/^[（(]\s*(?:其中|含|包括)/.test(body.slice(open, open + 4))) return before;
  return before && before.end === open ? before : undefined;
}

/**
 * Measures that say the figure counts no instance of its indicator (两批**家:
 * the batches, not the platforms). A per-item figure (1名 for each of 18
 * towns) keeps its indicator: its own measure keeps it out of every total's series.
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
function attributeOf(f: Figure, before: Figure | undefined, lexicon: readonly IndicatorDef[]): Partial<Figure> {
  if (!ATTRIBUTE_LABELS.test(f.label)) return {};
  const def = before && before.sentence_n === f.sentence_n ? lexicon.find((d) => d.id === before.indicator) : undefined;
  const family = unitFamily(f.unit);
  return def && family && def.unit_family.split('|').includes(family) ? { indicator: def.id, theme: def.theme } : {};
}

/**
 * 分两批组织企业申报高企，共申报52家: a figure whose clause holds no noun of its
 * own (共申报) counts what the sentence named last before it.
 */
const NAMED_BEFORE_CHARS = 300;

function namedBefore(
  body: string,
  f: Figure,
  ctx: MeasureContext,
  previous: Figure | undefined,
  sentenceStart: number,
  lexicon: readonly IndicatorDef[],
): Partial<Figure> {
  if (f.label !== '' && f.label !== previous?.label) return {};
  if (ctx.own.replace(/[共计累已再又还新增申报认定达到为有]/g, '').length > 1) return {};
  const clauseStart = f.start - ctx.clause.length;
  // A bounded look back (the extractor's context window): an unpunctuated table must not make this quadratic.
  const from = Math.max(previous ? previous.end : sentenceStart, clauseStart - NAMED_BEFORE_CHARS);
  if (from >= clauseStart) return {};
  const family = unitFamily(f.unit);
  const def = matchIndicator(
    body.slice(from, clauseStart),
    lexicon,
    family === 'count' || family === 'money' ? family : null,
  );
  return def ? { indicator: def.id, theme: def.theme } : {};
}

function previousInSentence(out: readonly Figure[], f: Figure): Figure | undefined {
  const last = out[out.length - 1];
  return last && last.sentence_n === f.sentence_n ? last : undefined;
}

/** …35人，其中高端人才14人: a figure introduced by 其中 is part of the figure before it. */
function partOf(ctx: MeasureContext, previous: Figure | undefined): Figure | undefined {
  // Money is left out: a part of a total sum (其中技术交易额3亿元) is an amount, not a total.
  return previous && /^其中/.test(ctx.clause) && unitFamily(ctx.unit) === 'count' ? previous : undefined;
}

/**
 * 全市已建成国家级科创载体2家，省级科创载体12个: a clause that only names a
 * noun and its figure continues the one before. A weak rule, for review.
 */
function elliptical(ctx: MeasureContext, previous: Figure | undefined): MeasureDecision | undefined {
  if (!previous?.measure || previous.measure_rule !== 'cue' || unitFamily(previous.unit) !== unitFamily(ctx.unit))
    return undefined;
  if (ctx.clause.length > 12 || /[、（(]/.test(ctx.clause) || ctx.clause.startsWith('其中')) return undefined;
  return { measure: previous.measure, basis: previous.measure_basis, rule: 'default' };
}

export function assignMeasures(body: string, figures: readonly Figure[], lexicons: FigureLexicons): Figure[] {
  const names = namesWithCues(lexicons);
  const sentenceStarts = splitSentences(body).map((s) => s.start);
  const out: Figure[] = [];
  for (const [k, f] of figures.entries()) {
    const previous = out.length && out[out.length - 1].sentence_n === f.sentence_n ? out[out.length - 1] : undefined;
    const ctx = contextOf(body, f, previous, sentenceStarts[f.sentence_n] ?? 0);
    let decision = decideMeasure(ctx, lexicons.measures, names);
    const whole =
      decision.rule === 'cue'
        ? undefined
        : (wholeOfAside(body, f, out, sentenceStarts[f.sentence_n] ?? 0) ?? partOf(ctx, previous));
    if (whole?.measure && whole.unit === f.unit)
      decision = { measure: whole.measure, basis: whole.measure_basis, rule: whole.measure_rule };
    else if (decision.rule === 'default' && decision.basis.length === 0)
      decision = elliptical(ctx, previousInSentence(out, f)) ?? decision;
    const ownName = lexicons.indicators.find((d) => d.id === f.indicator)?.synonyms ?? [];
    const { scope } = decideScope(ctx, lexicons.scopes, ownName);
    const named = f.indicator
      ? {}
      : namedBefore(body, f, ctx, previousInSentence(out, f), sentenceStarts[f.sentence_n] ?? 0, lexicons.indicators);
    const next: Figure = {
      ...f,
      ...named,
      measure: decision.measure,
      measure_basis: decision.basis,
      measure_rule: decision.rule,
      scope,
    };
    if (NOT_A_COUNT.has(decision.measure)) Object.assign(next, { indicator: null, theme: null });
    else if (!next.indicator) Object.assign(next, attributeOf(f, figures[k - 1], lexicons.indicators));
    next.series = seriesKey(next, lexicons);
    out.push(next);
  }
  return out;
}
