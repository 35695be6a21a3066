// The clause model: where each figure stands in its sentence, read once for
// all the decisions that follow (what it counts, how, where, and whether it
// is a promise). A sentence is a row of clauses (，；：); a clause a row of
// items (、 和 及); each figure has its own words (after the previous figure
// or enumeration comma), the words of its clause before it, and the words
// after it. Beyond the clause, the structure of the sentence:
//
//   - a list: a clause or item naming only a noun and its figure continues
//     the verb of the one before (组织申报省重大项目12项，星火计划6项、新产品8个);
//   - a part: clauses after 其中/含/包括 break down the figure before them,
//     as long as they name only nouns and figures (…87人，其中院所人员5人，大学生3人);
//   - a level heading a list group: 省火炬计划7项，星火计划3项；市…: the 省 of
//     the first item holds for the group, up to the next ；;
//   - a pairing: A、B分别达X、Y pairs the nouns with the figures in order;
//     同比分别增长X、Y pairs the rates with the figures before them;
//   - a shared rank: 均居全市首位 after several figures ranks the first of them.
//
// Every look is bounded (CONTEXT_CHARS characters, EARLIER_FIGURES figures),
// so the model is linear in the length of the text.
import { itemAt } from '../lists.ts';
import { CONTEXT_CHARS, EARLIER_FIGURES, meter } from './context.ts';
import { labelAfter } from './label.ts';

export interface Placed {
  start: number;
  end: number;
  /** Index of its full sentence (to 。！？ or a line end: a ；does not end it). */
  sentence: number;
  rank: boolean;
  unit?: string;
}

const FULL_STOP = /[。！？!?\n]/;

/** Starts of the body's full sentences (to 。！？ or a line end), for `Placed.sentence`. */
export function fullSentenceStarts(body: string): number[] {
  const starts = [0];
  for (let i = 0; i < body.length; i += 1) if (FULL_STOP.test(body.charAt(i))) starts.push(i + 1);
  return starts;
}

export interface Frame {
  /** Start of the figure's clause (after the last ，；： before it; a closed aside is stepped over), bounded. */
  clauseStart: number;
  /** The clause before the figure. */
  clause: string;
  /** The figure's own words: after the previous figure of the clause, the last 、, or an aside left open. */
  own: string;
  /** Words after the figure, to the end of its clause or the next figure (bounded). */
  after: string;
  /** Inside an aside still open at the figure (…立项（其中新认定**家): where it opens, else -1. */
  asideOpen: number;
  /** The previous figure when only an enumeration (、 和 及 与) and a noun stand between them. */
  listedAfter: number | null;
  /** The previous figure of the sentence whose verb this figure's verbless clause continues. */
  continues: number | null;
  /** The figure this one is a part of: 其中/含/包括 parts, or an aside right after a figure (团队23个（第一层次3个…）). */
  whole: number | null;
  /** 分别 with earlier figures (同比分别增长X、Y): the earlier figure this one goes with. */
  pairedWith: number | null;
  /** 分别 with a list of nouns (A、B分别达X、Y): the noun this figure goes with. */
  pairedWords: string | null;
  /**
   * The figure before it in the same list group (items joined by 、 or bare
   * clauses, up to a ；, counting in the same class of unit): its level may
   * head the group (省火炬计划7项，星火计划3项).
   */
  groupPrevious: number | null;
  /** 均/都 before a rank: the first figure of the run the rank is shared by. */
  runHead: number | null;
  /**
   * For an item of a list (A 5个、B 2个获…支持), the words after the list's last
   * item: a verb after the list says what all its items did.
   */
  listAfter: string;
}

const CLAUSE_BREAK = /[，,；;：:。！？!?\n]/;
const SENTENCE_BREAK = /[。！？!?\n]/;
const GROUP_BREAK = /[；;]/;

/**
 * Verbs and linking words that make a clause say something of its own (not a
 * bare noun and its figure). Verbs that also form nouns of programmes and
 * things (转化, 推广, 建设, 服务, 交易) are left out: 成果转化资金项目2项 is a noun.
 */
const VERB =
  /申报|申请|认定|组织|引进|获得|获批|获|争取|建成|新增|净增|新建|培育|开展|举办|实现|完成|入选|入库|发放|兑现|兑付|到位|签订|发布|提供|选派|推荐|荣获|立项|备案|建立|实施|享受|上报|安排|下达|通过|招引|落地|入驻|达成|列入|集聚|聚集|吸引|给予|形成|纳入|承担|整合|召开|设立|累计|入围|覆盖|共建|投用|拥有|建有|现有|已有|共有|达到|达|为|有|突破|超过|占|增长|增加|提高|提升|下降|减少|登记|落实|支持|扶持|投入|资助|配备|散发|筹建|重组|上市|注册|储备|评为|确认|参加|参与|受益|惠及|新立|培训|跟踪|正在/;

const PART_OPEN = /^\s*(?:其中|含|包括|包含)/;
const PART_ALONE = /(?:^|[，,；;。：:\n])\s*(?:其中|其中包括|包括)\s*[，,：:]\s*$/;
const EACH_SHARED = /均|都|皆|分别|同时|双双/;

function isBreak(c: string): boolean {
  return CLAUSE_BREAK.test(c);
}

function matchingOpen(body: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && i > close - 400; i -= 1) {
    const c = body.charAt(i);
    if (c === '）' || c === ')') depth += 1;
    else if (c === '（' || c === '(') {
      depth -= 1;
      if (depth === 0) return i;
    } else if (SENTENCE_BREAK.test(c)) return -1;
  }
  return -1;
}

/**
 * Start of the clause holding `pos`. A closed aside is stepped over whole, so
 * its commas do not cut the clause: 全市已有A 746家（其中，…）、B 13家 keeps 全市已有.
 * Never more than CONTEXT_CHARS back (an unpunctuated table would make it quadratic).
 */
export function clauseStartBefore(body: string, pos: number): number {
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
    if (isBreak(c)) break;
    i -= 1;
  }
  meter.chars += pos - i;
  return Math.max(i, limit);
}

/** Offset of the aside (（…) still open at `pos` since `from` (at most CONTEXT_CHARS back), or -1. */
export function openAside(body: string, from: number, pos: number): number {
  let depth = 0;
  const limit = Math.max(from, pos - CONTEXT_CHARS);
  meter.chars += pos - limit;
  for (let i = pos - 1; i >= limit; i -= 1) {
    const c = body.charAt(i);
    if (c === '）' || c === ')') depth += 1;
    else if (c === '（' || c === '(') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

function clauseEndAfter(body: string, pos: number, limit = 40): number {
  let i = pos;
  while (i < body.length && i < pos + limit && !isBreak(body.charAt(i))) i += 1;
  return i;
}

/** A clause's words hold no verb nor linking word: a noun (with its level) and the figure only. */
export function bareNoun(words: string): boolean {
  return !VERB.test(words.replace(/^(?:其中|含|包括|包含)/, ''));
}

/** Money, percentages or counts: a list group's level holds for items of one class only. */
function unitClass(unit: string | undefined): string {
  if (!unit) return 'count';
  if (/元$|^[万亿]+$/.test(unit)) return 'money';
  if (/%|百分点/.test(unit)) return 'percent';
  return 'count';
}

/** A clause opening on a verb (新建2个, 申报…): it says something of its own, no part of a list before it. */
function opensOnVerb(words: string): boolean {
  const m = VERB.exec(words.trim());
  return m !== null && m.index <= 1;
}

/**
 * The frames of figures placed in `body` (sorted by start): one pass, each
 * figure reading a bounded window before it and the figures of its sentence
 * just before and after it.
 */
export function frameFigures(body: string, placed: readonly Placed[], sentenceStarts: readonly number[]): Frame[] {
  // sentenceStarts: fullSentenceStarts(body), the sentences Placed.sentence counts.
  const frames: Frame[] = [];
  // Sentence state, carried forward: the whole of an open 其中 part list, the level heading the list group.
  let sentence = -1;
  let partWhole: number | null = null;
  let partClause = -1;
  let groupLast: number | null = null;
  let groupFrom = 0;
  let lastRank = -1;
  const pairs = new Map<number, { with: number | null; words: string | null }>();

  for (const [i, f] of placed.entries()) {
    const sentenceStart = sentenceStarts[f.sentence] ?? 0;
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      partWhole = null;
      partClause = -1;
      groupLast = null;
      groupFrom = sentenceStart;
      lastRank = i - 1;
    }
    const last = placed[i - 1];
    const prev = last?.sentence === f.sentence ? i - 1 : null;
    const prevFigure = prev !== null ? last : undefined;
    const asideOpen = openAside(body, sentenceStart, f.start);
    const clauseStart = Math.max(clauseStartBefore(body, f.start), asideOpen + 1, sentenceStart);
    const clause = body.slice(clauseStart, f.start);
    const ownFrom = prevFigure && prevFigure.end > clauseStart ? prevFigure.end : clauseStart;
    const between = body.slice(ownFrom, f.start);
    // After an enumeration comma; or, when the figure before took its noun after it (5个省级项目和…等5个),
    // after the 和/及/与 that joins the two.
    const joiner = between.includes('、') ? -1 : between.search(/以及|和|及|与/);
    const own =
      joiner >= 0 && ownFrom !== clauseStart
        ? between.slice(joiner + (between.startsWith('以及', joiner) ? 2 : 1))
        : (between.split('、').pop() ?? '');
    const end = clauseEndAfter(body, f.end);
    const [after = ''] = body.slice(f.end, end).split(/[\d*＊一二两三四五六七八九十]+[家个项人名件次所]/);
    meter.chars += end - f.end;

    // A ；or a new sentence closes a list group.
    const semicolon = lastBreak(body, Math.max(groupFrom, f.start - CONTEXT_CHARS), f.start, GROUP_BREAK);
    if (semicolon >= 0) {
      groupLast = null;
      groupFrom = semicolon + 1;
    }

    // 其中 opens a part list at its clause (at a sentence's start, of the figure ending the one
    // before); a clause opening on a verb of its own, or counting in another unit, closes it.
    const wholeBefore = prev ?? wholeAcross(body, placed, i);
    // 其中 opens the clause, or stands alone before it (其中，科技促进新农村计划16项).
    const opensPart = PART_OPEN.test(clause) || PART_ALONE.test(body.slice(Math.max(0, clauseStart - 6), clauseStart));
    // (A 其中 inside an aside breaks down the figure before the aside only: see `whole` below.)
    if (opensPart && asideOpen < 0 && wholeBefore !== null && itemAt(placed, wholeBefore).end <= clauseStart) {
      partWhole = wholeBefore;
      partClause = clauseStart;
    } else if (
      partWhole !== null &&
      clauseStart !== partClause &&
      (opensOnVerb(clause) || (f.unit !== itemAt(placed, partWhole).unit && !bareNoun(clause)))
    ) {
      partWhole = null;
    }
    const inPart = partWhole !== null;

    const listed = prevFigure !== undefined && prevFigure.end > clauseStart;
    // Joined by 、, or by 和/及/与 (at once, or after the noun the figure before took: 4个省级项目和…等6个).
    const listedAfter = prev !== null && listed && (between.includes('、') || /和|及|与/.test(between)) ? prev : null;
    // A clause opening on 其中 is a part of what came before, not its next item; a figure opening
    // its clause continues only when the words after it are bare too (7项项目通过…验收 says its own).
    const continues =
      prev !== null &&
      !listed &&
      !PART_OPEN.test(clause) &&
      bareNoun(clause) &&
      (clause.trim() !== '' || bareNoun(after))
        ? prev
        : null;

    // The list group: items joined by 、 or bare clauses (or parts of a whole), up to a ；, in one class of unit.
    const inList = inPart || listedAfter !== null || continues !== null;
    const groupPrevious =
      inList && groupLast !== null && unitClass(itemAt(placed, groupLast).unit) === unitClass(f.unit)
        ? groupLast
        : null;
    groupLast = i;

    // An aside right after a figure breaks it down (团队23个（第一层次3个、…）); one opened by 其中 too.
    let whole = inPart ? partWhole : null;
    if (asideOpen >= 0) {
      const before = earlierEndingBy(placed, i, asideOpen);
      if (
        before !== null &&
        (PART_OPEN.test(body.slice(asideOpen + 1, asideOpen + 4)) || itemAt(placed, before).end === asideOpen)
      )
        whole = before;
    }

    // 分别: pair a run of figures with the nouns before it, or with as many figures before its clause.
    if (!pairs.has(i) && /分别/.test(clause)) pairRun(body, placed, i, clauseStart, clause, pairs);
    const pair = pairs.get(i);

    let runHead: number | null = null;
    if (f.rank && EACH_SHARED.test(clause)) {
      for (let j = Math.max(lastRank + 1, i - EARLIER_FIGURES); j < i; j += 1) {
        const g = itemAt(placed, j);
        if (g.sentence === f.sentence && !g.rank) {
          runHead = j;
          break;
        }
      }
    }
    if (f.rank) lastRank = i;

    frames.push({
      clauseStart,
      clause,
      own,
      after,
      asideOpen,
      listedAfter,
      continues,
      whole,
      pairedWith: pair?.with ?? null,
      pairedWords: pair?.words ?? null,
      groupPrevious,
      runHead,
      listAfter: '',
    });
  }
  // A list's items share what is said after its last item's noun (…等5个省级项目和…等5个州级项目通过项目验收).
  for (let i = frames.length - 2; i >= 0; i -= 1) {
    const next = itemAt(frames, i + 1);
    if (next.listedAfter !== i) continue;
    // Only when that noun can be told apart from what follows it.
    const noun = labelAfter(next.after);
    itemAt(frames, i).listAfter = next.listAfter || (noun ? next.after.slice(noun.length).replace(/^的/, '') : '');
  }
  return frames;
}

const CHANGE_BEFORE = /(?:比|较)(?:上年|去年|年初)|同比|环比/;

/**
 * 其中 opening a sentence breaks down a figure of the sentences before it:
 * the nearest one counted in the same unit (not a rank, nor a change over
 * last year), else the one just before. Bounded like every look back.
 */
function wholeAcross(body: string, placed: readonly Placed[], i: number): number | null {
  const f = itemAt(placed, i);
  for (let j = i - 1; j >= 0 && j >= i - EARLIER_FIGURES && f.start - itemAt(placed, j).end < CONTEXT_CHARS; j -= 1) {
    const g = itemAt(placed, j);
    if (g.unit === f.unit && !g.rank && !CHANGE_BEFORE.test(body.slice(Math.max(0, g.start - 8), g.start))) return j;
  }
  const before = placed[i - 1];
  return before && f.start - before.end < CONTEXT_CHARS ? i - 1 : null;
}

/** Offset of the last char matching `re` in body[from, to), or -1. */
function lastBreak(body: string, from: number, to: number, re: RegExp): number {
  for (let i = to - 1; i >= from; i -= 1) if (re.test(body.charAt(i))) return i;
  return -1;
}

/** The nearest earlier figure of the same sentence ending at or before `pos` (a bounded look back). */
function earlierEndingBy(placed: readonly Placed[], i: number, pos: number): number | null {
  const f = itemAt(placed, i);
  for (let j = i - 1; j >= 0 && j >= i - EARLIER_FIGURES; j -= 1) {
    const g = itemAt(placed, j);
    if (g.sentence !== f.sentence) return null;
    if (g.end <= pos) return j;
  }
  return null;
}

/**
 * 分别 before figure `i`: the run is `i` and the figures after it joined only
 * by 、和及与; each goes with the noun of the same place in the list before
 * 分别, or, when the clause lists no such nouns, with the figure of the same
 * place among as many figures just before the clause.
 */
function pairRun(
  body: string,
  placed: readonly Placed[],
  i: number,
  clauseStart: number,
  clause: string,
  pairs: Map<number, { with: number | null; words: string | null }>,
): void {
  const f = itemAt(placed, i);
  const run = [i];
  for (let j = i + 1; j < placed.length && run.length < EARLIER_FIGURES; j += 1) {
    const g = itemAt(placed, j);
    if (g.sentence !== f.sentence) break;
    const gap = body.slice(itemAt(placed, j - 1).end, g.start);
    if (!/^\s*(?:、|和|及|与|以及)\s*$/.test(gap)) break;
    run.push(j);
  }
  if (run.length < 2) return;
  const subject = clause.slice(0, clause.lastIndexOf('分别'));
  const nouns = subject
    .split(/、|和|及|与/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (nouns.length === run.length) {
    run.forEach((j, k) => pairs.set(j, { with: null, words: nouns[k] ?? null }));
    return;
  }
  const before: number[] = [];
  for (let j = i - 1; j >= 0 && j >= i - EARLIER_FIGURES; j -= 1) {
    const g = itemAt(placed, j);
    if (g.sentence !== f.sentence) break;
    // The size of a ranking's field (均位居15个副省级城市第一) grows with nothing.
    const next = j + 1 < i ? itemAt(placed, j + 1) : null;
    const field = next !== null && next.rank && next.start - g.end < 12;
    if (g.end <= clauseStart && !g.rank && !field) before.unshift(j);
  }
  if (before.length >= run.length) {
    const from = before.length - run.length;
    run.forEach((j, k) => pairs.set(j, { with: before[from + k] ?? null, words: null }));
  }
}
