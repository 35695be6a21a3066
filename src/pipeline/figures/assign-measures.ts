// Gives every extracted figure its measure, scope and series: reads the words
// around each figure in the report body (measure.ts decides), and lets a part
// named in an aside (…746家（其中…212家）) share the measure of its whole.
import type { Figure, IndicatorDef } from '../types.ts';
import { decideMeasure, decideScope, type MeasureContext } from './measure.ts';
import type { Vocabulary } from './measures.ts';
import { seriesKey } from './series.ts';
import { splitSentences } from './sentences.ts';

const CLAUSE_BREAK = /[，,；;：:。！？!?\n]/;

function clauseStartBefore(body: string, pos: number): number {
  let i = pos;
  while (i > 0 && !CLAUSE_BREAK.test(body.charAt(i - 1))) i -= 1;
  return i;
}

function clauseEndAfter(body: string, pos: number, limit = 24): number {
  let i = pos;
  while (i < body.length && i < pos + limit && !CLAUSE_BREAK.test(body.charAt(i))) i += 1;
  return i;
}

/** Offset of the aside (（…) still open at `pos` since `from`, or -1. */
function openAside(body: string, from: number, pos: number): number {
  let depth = 0;
  let open = -1;
  for (let i = pos - 1; i >= from; i -= 1) {
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

function contextOf(body: string, f: Figure, previous: Figure | undefined): MeasureContext {
  const clauseStart = clauseStartBefore(body, f.start);
  const clause = body.slice(clauseStart, f.start);
  const ownStart = previous && previous.end > clauseStart ? previous.end : clauseStart;
  const own = body.slice(ownStart, f.start).split('、').pop() ?? '';
  const after = body.slice(f.end, clauseEndAfter(body, f.end));
  const rank = f.kind === 'rank' || /^[第前]/.test(f.raw) || /排名$|排位$|排在$/.test(clause);
  const between = previous && previous.end > clauseStart ? body.slice(previous.end, f.start) : '';
  const listedAfter = between.includes('、') ? { measure: previous!.measure, basis: previous!.measure_basis } : undefined;
  return { clause, own, after, unit: f.unit, kind: f.kind, rank, value: f.value, listedAfter };
}

/** The figure an aside opened by 其中 breaks down, if `f` stands in one. */
function wholeOfAside(body: string, f: Figure, earlier: Figure[], sentenceStart: number): Figure | undefined {
  const open = openAside(body, sentenceStart, f.start);
  if (open < 0 || !/^[（(]\s*其中/.test(body.slice(open, open + 4))) return undefined;
  return earlier.filter((e) => e.end <= open && e.sentence_n === f.sentence_n).pop();
}

/**
 * Measures that say the figure counts no instance of its indicator (两批**家:
 * the batches, not the platforms). A per-item figure (1名 for each of 18
 * towns) keeps its indicator: its own measure keeps it out of every total's series.
 */
export const NOT_A_COUNT = new Set(['batches']);

/** Indicator synonyms that hold a measure cue (专利申请量, 有效发明专利): a cue inside one names that item only. */
const cueNames = new WeakMap<IndicatorDef[], string[]>();
function namesWithCues(lexicon: IndicatorDef[], vocab: Vocabulary): string[] {
  let names = cueNames.get(lexicon);
  if (!names) {
    const cues = vocab.measures.flatMap((m) => m.cues).filter((c) => c.length >= 2);
    names = lexicon.flatMap((d) => d.synonyms).filter((s) => cues.some((c) => s.includes(c)));
    cueNames.set(lexicon, names);
  }
  return names;
}

export function assignMeasures(body: string, figures: Figure[], lexicon: IndicatorDef[], vocab: Vocabulary): Figure[] {
  const names = namesWithCues(lexicon, vocab);
  const sentenceStarts = splitSentences(body).map((s) => s.start);
  const out: Figure[] = [];
  for (const f of figures) {
    const previous = out.length && out[out.length - 1].sentence_n === f.sentence_n ? out[out.length - 1] : undefined;
    const ctx = contextOf(body, f, previous);
    let decision = decideMeasure(ctx, vocab.measures, names);
    const whole = decision.rule === 'cue' ? undefined : wholeOfAside(body, f, out, sentenceStarts[f.sentence_n] ?? 0);
    if (whole?.measure && whole.unit === f.unit) decision = { measure: whole.measure, basis: whole.measure_basis, rule: whole.measure_rule };
    const ownName = lexicon.find((d) => d.id === f.indicator)?.synonyms ?? [];
    const { scope } = decideScope(ctx, vocab.scopes, ownName);
    const next: Figure = { ...f, measure: decision.measure, measure_basis: decision.basis, measure_rule: decision.rule, scope };
    if (NOT_A_COUNT.has(decision.measure)) Object.assign(next, { indicator: null, theme: null });
    next.series = seriesKey(next, vocab);
    out.push(next);
  }
  return out;
}
