// extractFigures: every figure of a report body with what it counts, its
// kind, qualifiers, period, indicator and offsets. Composition only; each
// step lives in its own module.
import type { Figure, FigureKind, IndicatorDef } from '../types.ts';
import { inSpans, nonFigureReason, protectedSpans, publishableExactly } from './exclusions.ts';
import { figureKind, lastClause, measureKind, periodOf, subjectQualifier } from './kind.ts';
import { figureLabel } from './label.ts';
import { firstIndicator, matchIndicator } from './lexicon.ts';
import { planModeOf } from './mode.ts';
import { rankAt } from './rank.ts';
import { backTo, contextBefore, EARLIER_FIGURES, meter, quotedSentence } from './context.ts';
import { indexAt, paragraphStarts, splitSentences } from './sentences.ts';
import { scanNumbers, type NumberToken } from './tokens.ts';
import { normaliseMoney, type UnitFamily } from './units.ts';
import { assignMeasures } from './assign-measures.ts';
import type { FigureLexicons } from '../lexicons.ts';

interface Candidate {
  token: NumberToken;
  start: number;
  end: number;
  unit: string;
  family: UnitFamily | null;
  qualifier: string;
  rank: boolean;
}

/** Tokens that are figures, with rank positions widened to 第/前. */
function candidates(body: string): Candidate[] {
  const spans = protectedSpans(body);
  const out: Candidate[] = [];
  for (const token of scanNumbers(body)) {
    const rank = rankAt(body, token);
    if (rank) {
      if (inSpans(spans, rank.start, rank.end) || !publishableExactly(body, token)) continue;
      out.push({
        token,
        start: rank.start,
        end: rank.end,
        unit: '名',
        family: null,
        qualifier: rank.qualifier + token.qualifier,
        rank: true,
      });
    } else if (!nonFigureReason(body, token, spans)) {
      out.push({
        token,
        start: token.start,
        end: token.end,
        unit: token.unit,
        family: token.family,
        qualifier: token.qualifier,
        rank: false,
      });
    }
  }
  return out;
}

const FULL_STOP = /[。！？!?\n]/;

function fullSentencePrefix(body: string, pos: number): string {
  return body.slice(backTo(body, pos, FULL_STOP), pos);
}

/** The lexicon's unit family for matching: money words never name a count. */
function matchFamily(family: UnitFamily | null, measure: FigureKind): string | null {
  if (measure !== 'actual') return null;
  if (family === 'money') return 'money';
  if (family === 'percent') return 'percent';
  if (family === 'change' || family === null) return null;
  return 'count';
}

/** The previous figure's indicator, for a growth, share or rank of it, or a figure sharing its label. */
function inherited(
  previous: Figure | undefined,
  lexicon: readonly IndicatorDef[],
  family: string | null,
  related: boolean,
): IndicatorDef | null {
  if (!previous?.indicator || !related) return null;
  const def = lexicon.find((d) => d.id === previous.indicator) ?? null;
  return def && (family === null || def.unit_family.split('|').includes(family)) ? def : null;
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

/** Earlier figures of the same sentence, nearest first (at most EARLIER_FIGURES). */
function earlierInSentence(figures: readonly Figure[], sentenceN: number): Figure[] {
  const out: Figure[] = [];
  for (
    let i = figures.length - 1;
    i >= 0 && figures[i].sentence_n === sentenceN && out.length < EARLIER_FIGURES;
    i -= 1
  )
    out.push(figures[i]);
  meter.chars += out.length;
  return out;
}

export interface ExtractOptions {
  /** The report's doc_type: decides whether figures outside a telling heading are promises. */
  docType?: string;
}

export function extractFigures(
  body: string,
  reportId: string,
  lexicons: FigureLexicons,
  opts: ExtractOptions = {},
): Figure[] {
  const lexicon = lexicons.indicators;
  const sentences = splitSentences(body);
  const sentenceStarts = sentences.map((s) => s.start);
  const paragraphs = paragraphStarts(body);
  const planAt = planModeOf(body, opts.docType);
  const figures: Figure[] = [];

  for (const c of candidates(body)) {
    const sentenceN = indexAt(sentenceStarts, c.start);
    const sentence = sentences[sentenceN];
    const prefix = contextBefore(body, Math.min(sentence.start, c.start), c.start);
    const clause = lastClause(prefix);
    const measure: FigureKind = c.rank ? 'rank' : measureKind(clause, c.family);
    const kind = figureKind({ sentencePrefix: prefix, family: c.family, rank: c.rank, planSection: planAt(c.start) });
    const earlier = earlierInSentence(figures, sentenceN);
    const previous = earlier[0];

    const clauseStart = c.start - clause.length;
    const words = ownWords(body.slice(previous && previous.end > clauseStart ? previous.end : clauseStart, c.start));
    const after = c.rank ? '' : body.slice(c.end, c.end + 24);
    let label = c.rank || measure === 'growth' ? '' : figureLabel(words, after);
    const ownLabel = label;
    if (!label) label = earlier.find((f) => f.label)?.label ?? '';

    const family = matchFamily(c.family, measure);
    // With no label before or right after it (选派9名2023-2024年市派科技特派员),
    // the counted noun may close the clause after the figure.
    const clauseAfter = label || c.rank ? '' : (/^[^，。；：,;！？]*/.exec(body.slice(c.end, c.end + 40))?.[0] ?? '');
    // 研发费4.61亿元，占营收比重3.78%: after 占 comes the denominator; the
    // share belongs to what the sentence measured just before.
    const shareOfPrevious =
      measure === 'share' && /占[^，。；]*$/.test(clause)
        ? inherited(
            earlier.find((f) => f.indicator),
            lexicon,
            family,
            true,
          )
        : null;
    // A growth or rank whose clause names nothing measures what came just before
    // (研发费…，占营收比重3.78%，全市排名3), not the words of a borrowed label.
    const ofPrevious =
      !ownLabel && (c.rank || measure === 'growth')
        ? inherited(
            earlier.find((f) => f.indicator),
            lexicon,
            null,
            true,
          )
        : null;
    const indicator =
      shareOfPrevious ??
      matchIndicator(ownLabel, lexicon, family) ??
      matchIndicator(clause, lexicon, family) ??
      ofPrevious ??
      matchIndicator(label, lexicon, family) ??
      (clauseAfter ? firstIndicator(clauseAfter, lexicon, family) : null) ??
      inherited(
        earlier.find((f) => f.indicator),
        lexicon,
        family,
        measure !== 'actual' || label === previous?.label,
      );
    if (!label && indicator && clauseAfter) label = indicator.name_zh;

    const value = c.token.value;
    const norm = normaliseMoney(value, c.unit);
    figures.push({
      id: `${reportId}-f${figures.length}`,
      report: reportId,
      n: figures.length,
      paragraph: indexAt(paragraphs, c.start),
      sentence_n: sentenceN,
      sentence: quotedSentence(body, sentence, c.start, c.end),
      start: c.start,
      end: c.end,
      raw: body.slice(c.start, c.end),
      value,
      unit: c.unit,
      value_norm: norm.value_norm,
      unit_norm: norm.unit_norm,
      kind,
      qualifier: c.qualifier,
      subject_qualifier: subjectQualifier(clause),
      period: periodOf(fullSentencePrefix(body, c.start)),
      masked: c.token.form === 'masked',
      indicator: indicator?.id ?? null,
      label,
      theme: indicator?.theme ?? null,
      // Filled by assignMeasures below.
      measure: null,
      measure_basis: [],
      measure_rule: 'default',
      scope: null,
      series: null,
      review: 'machine',
      in_series: true,
      same_as: null,
      also: [],
    });
  }
  return assignMeasures(body, figures, lexicons);
}
