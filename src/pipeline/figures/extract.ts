// extractFigures: every figure of a report body with what it counts, its
// kind, qualifiers, period, indicator and offsets. Composition only; each
// step lives in its own module: the numbers (tokens, exclusions, rank), the
// clause model (clause.ts: where each figure stands in its sentence), then
// the decisions read from it (kind.ts, label.ts, indicator.ts, and
// assign-measures.ts for measure, scope and series).
import type { Figure } from '../types.ts';
import { seriesKey } from './series.ts';
import { inSpans, nonFigureReason, protectedSpans, publishableExactly } from './exclusions.ts';
import {
  kindOf,
  lastClause,
  modalityOf,
  PARTIAL_PERIOD,
  periodOf,
  published,
  sortOf,
  subjectQualifier,
  type DraftFigure,
  type Sort,
} from './kind.ts';
import { planBasisOf } from './mode.ts';
import { rankAt, rankGroup, rankOf, wordRanks } from './rank.ts';
import { backTo, contextBefore, EARLIER_FIGURES, meter, quotedSentence } from './context.ts';
import { indexAt, paragraphStarts, splitSentences } from './sentences.ts';
import { scanNumbers, type NumberToken } from './tokens.ts';
import { normaliseMoney, type UnitFamily } from './units.ts';
import { assignMeasures } from './assign-measures.ts';
import { frameFigures, fullSentenceStarts, type Frame } from './clause.ts';
import { decideIndicator } from './indicator.ts';
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
        start: token.low?.start ?? token.start,
        end: token.end,
        unit: token.unit,
        family: token.family,
        qualifier: token.qualifier,
        rank: false,
      });
    }
  }
  // 居全市首位, 进入全省十强: ranks written without a numeral.
  for (const { token, match } of wordRanks(body)) {
    if (inSpans(spans, match.start, match.end) || out.some((c) => c.start < match.end && match.start < c.end)) continue;
    out.push({
      token,
      start: match.start,
      end: match.end,
      unit: '名',
      family: null,
      qualifier: match.qualifier,
      rank: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const FULL_STOP = /[。！？!?\n]/;

function fullSentencePrefix(body: string, pos: number): string {
  return body.slice(backTo(body, pos, FULL_STOP), pos);
}

/** Earlier figures of the same sentence, nearest first (at most EARLIER_FIGURES). */
function earlierInSentence(figures: readonly DraftFigure[], sentenceN: number): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const f of figures.slice(-EARLIER_FIGURES).reverse()) {
    if (f.sentence_n !== sentenceN) break;
    out.push(f);
  }
  meter.chars += out.length;
  return out;
}

export interface ExtractOptions {
  /** The report's doc_type: decides whether figures outside a telling heading are promises. */
  docType?: string;
  /** False when the host rewrote or masked the report's years: no period then names a year. */
  yearsReliable?: boolean;
}

export function extractFigures(
  body: string,
  reportId: string,
  lexicons: FigureLexicons,
  opts: ExtractOptions = {},
): Figure[] {
  const sentences = splitSentences(body);
  const sentenceStarts = sentences.map((s) => s.start);
  const paragraphs = paragraphStarts(body);
  const modeAt = planBasisOf(body, opts.docType);
  const found = candidates(body);
  // The clause model reads whole sentences: a ；separates clauses, not sentences.
  const fullStarts = fullSentenceStarts(body);
  const placed = found.map((c) => ({
    start: c.start,
    end: c.end,
    sentence: indexAt(fullStarts, c.start),
    rank: c.rank,
    unit: c.unit,
  }));
  const frames: Frame[] = frameFigures(body, placed, fullStarts);
  const figures: DraftFigure[] = [];
  const sorts: Sort[] = [];
  const named: (string | null)[] = [];

  for (const [i, c] of found.entries()) {
    const frame = frames[i];
    if (!frame) throw new Error(`${reportId}: figure ${i} has no clause frame`);
    const sentenceN = indexAt(sentenceStarts, c.start);
    const sentence = sentences[sentenceN];
    // A figure stands in a text, so the text has a sentence (indexAt falls back to the first).
    if (!sentence) throw new Error(`${reportId}: no sentence holds offset ${c.start}`);
    const prefix = contextBefore(body, Math.min(sentence.start, c.start), c.start);
    const clause = lastClause(prefix);
    const mode = modeAt(c.start);
    const after = c.rank ? '' : body.slice(c.end, c.end + 24);
    const sort = sortOf(clause, c.family, c.rank, after);
    sorts.push(sort);
    const { modality } = modalityOf({
      sentencePrefix: prefix,
      after,
      planSection: mode.plan,
      structural: mode.basis !== 'wording',
      // Read only for an estimate: the text before it may speak of part of a year.
      partialPeriod: /预计|预期|预估/.test(prefix) && PARTIAL_PERIOD.test(contextBefore(body, 0, c.start)),
    });
    const kind = kindOf(modality, sort);
    const earlier = earlierInSentence(figures, sentenceN);

    const decided = decideIndicator({
      body,
      frame,
      index: i,
      start: c.start,
      end: c.end,
      sentenceStart: sentence.start,
      figures,
      earlier,
      clause,
      after,
      unit: c.unit,
      family: c.family,
      sort,
      rank: c.rank,
      lexicon: lexicons.indicators,
    });

    named.push(decided.named ?? null);
    const value = c.token.value;
    const norm = normaliseMoney(value, c.unit);
    // A rank says among whom (全省, 副省级城市, 绍兴) and what was ranked: the level, or
    // its growth (增速全市第一; a bare rank right after a growth rate ranks that rate).
    const group = c.rank ? rankGroup(clause) : null;
    // A rank shared by a run (均居…) ranks what the run's first figure is.
    const rankedFigure = frame.runHead !== null ? figures[frame.runHead] : earlier[0];
    const rankedGrowth =
      c.rank && (rankOf(clause) === 'growth' || (!decided.ownLabel && rankedFigure?.kind === 'growth'));
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
      ...(c.token.low ? { value_low: c.token.low.value } : {}),
      unit: c.unit,
      value_norm: norm.value_norm,
      unit_norm: norm.unit_norm,
      kind,
      qualifier: c.qualifier,
      subject_qualifier: subjectQualifier(clause),
      period: periodOf(fullSentencePrefix(body, c.start), opts.yearsReliable),
      masked: c.token.form === 'masked',
      ...(c.rank ? { rank_of: rankedGrowth ? ('growth' as const) : ('level' as const) } : {}),
      ...(group ? { rank_among: group.id } : {}),
      indicator: decided.indicator?.id ?? null,
      label: decided.label,
      theme: decided.indicator?.theme ?? null,
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
  // Published, a figure's kind is its modality and its measure says what sort of number it is.
  return assignMeasures(body, figures, frames, lexicons, named).map((f, i) => {
    const { kind, measure } = published(f.kind, sorts[i] ?? 'count', f.measure);
    const figure: Figure = { ...f, kind, measure };
    return { ...figure, series: seriesKey(figure, lexicons) };
  });
}
