// What looks like a figure but is not: dates and years, document numbers,
// ordinals, identifiers and phone numbers, per-unit denominators (每万人口),
// vague numbers (数十家), and numerals inside names (《…》 titles, short
// quoted names like “五个培育库”, slogans like 一带一路, 三个建设年).
import { lastBefore } from '../lists.ts';
import { INVISIBLE_CHARS } from '../text-checks.ts';
import type { NumberToken } from './tokens.ts';

const INVISIBLE = new RegExp(INVISIBLE_CHARS.source);

export interface Span {
  start: number;
  end: number;
}

/** Fixed phrases holding a numeral and a unit-like character; never figures. */
const SLOGANS = [
  '三番五次',
  '两个维护',
  '两个确立',
  '两个健康',
  '两个毫不动摇',
  '四个意识',
  '四个自信',
  '四个全面',
  '三个代表',
  '八项规定',
  '五个一',
  '三个一',
  '三个转变',
  '三位一体',
  '五位一体',
  '一带一路',
  '两加一推',
  '四帮四促',
  '两学一做',
  '三严三实',
];
const PLAN_NAME = /十[一二三四五六]五/g;
// 实现…两个零的突破: a slogan of firsts, not a count.
const ZERO_BREAKTHROUGH = /[一两二三四五六七八九十\d]+个?零的突破/g;
// 工作总结汇编（3篇）: the parts of a collection named in its title.
const COLLECTION_PARTS = /(?:汇编|合集|精选|范文|大全|汇总)\s?[（(]\d+篇[)）]/g;
const QUOTED = /“([^”\n]{1,12})”|‘([^’\n]{1,12})’|"([^"\n]{1,12})"|「([^」\n]{1,12})」|『([^』\n]{1,12})』/g;
const BOOK_TITLE = /《[^》\n]{1,100}》/g;
// A quoted title of a list, award or honour, whatever its length (“…最强的25个城市”榜单).
const QUOTED_TITLE = /“[^”\n]{1,40}”(?=榜单|榜|排行|名单|称号|奖|荣誉|评选)/g;
const BRACKETED_YEAR = /[〔［\[]\s*\d{4}\s*[〕］\]]/g;
const GARBLED = /「乱码：[^」]*」/g;
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十]/;

function allOccurrences(body: string, needle: string, into: Span[]): void {
  for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + needle.length)) {
    into.push({ start: i, end: i + needle.length });
  }
}

/** Stretches of the body in which no number is a figure. */
export function protectedSpans(body: string): Span[] {
  const spans: Span[] = [];
  for (const re of [
    BOOK_TITLE,
    QUOTED_TITLE,
    BRACKETED_YEAR,
    GARBLED,
    PLAN_NAME,
    ZERO_BREAKTHROUGH,
    COLLECTION_PARTS,
  ]) {
    for (const m of body.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // A short quoted phrase with a numeral is a name (“五个培育库”, “两个先行”);
  // the same words are a name wherever else they appear unquoted.
  const names = new Set<string>();
  for (const m of body.matchAll(QUOTED)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    if (!NUMERAL.test(inner)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (/[\u4e00-\u9fff]/.test(inner.replace(/[零〇一二两三四五六七八九十百千万亿]/g, '')) && inner.length >= 3)
      names.add(inner);
  }
  // Each name searched for once, however often it is quoted.
  for (const name of names) allOccurrences(body, name, spans);
  for (const slogan of SLOGANS) allOccurrences(body, slogan, spans);
  return spans.sort((a, b) => a.start - b.start);
}

// Running maximum of span ends, per sorted span list: a lookup is a binary
// search, not a scan (a text full of quoted names has thousands of spans).
const maxEnds = new WeakMap<Span[], number[]>();

function runningMaxEnd(spans: Span[]): number[] {
  let ends = maxEnds.get(spans);
  if (!ends) {
    ends = [];
    let max = -Infinity;
    for (const s of spans) ends.push((max = Math.max(max, s.end)));
    maxEnds.set(spans, ends);
  }
  return ends;
}

/** True when [start, end) overlaps a span; `spans` sorted by start (as protectedSpans returns them). */
export function inSpans(spans: Span[], start: number, end: number): boolean {
  // Last span starting before `end`; any span up to it that ends after `start` overlaps.
  const last = lastBefore(spans, (s) => s.start < end);
  return last >= 0 && (runningMaxEnd(spans)[last] ?? -Infinity) > start;
}

const DATE_AFTER = /^\s?(?:周年|周岁|世纪|季度|年|月|日|号|时|点|岁|天|小时|分钟|秒|周|旬)/;
const IDENTIFIER_BEFORE = /(?:[A-Za-z\p{Script=Greek}0-9０-９_/\\\-+#&.@]|\d[:：])$/u;
const IDENTIFIER_AFTER = /^[A-Za-z\p{Script=Greek}_/\\\-+#&:@]/u;
const RANGE_AFTER = /^[-－—~～至到]\s?(?:[0-9０-９]+|[零〇一二两三四五六七八九十]+)\s?(?:年|月|日|号|季度)/;
// 数十家, 几百人, 上千家, 成百上千: vague; not 完成七批, 形成三个 (成 of a verb).
const VAGUE_BEFORE = /(?:[数几上]|(?<![完形达建组构促变生养造合赞])成)$/;

/**
 * Why a token is not a figure ('date', 'ordinal', …), or null when it may be
 * one. Rank positions (全市第1) are decided before this, in rank.ts.
 */
export function nonFigureReason(body: string, token: NumberToken, spans: Span[]): string | null {
  if (!publishableExactly(body, token)) return 'inexact';
  // 3<U+200B>0家: the digits before the invisible character belong to this number.
  if (INVISIBLE.test(body.charAt(token.start - 1)) || INVISIBLE.test(body.charAt(token.numEnd)))
    return 'invisible character';
  const before = body.slice(Math.max(0, token.start - 4), token.start);
  const after = body.slice(token.numEnd, token.numEnd + 8);
  if (inSpans(spans, token.start, token.end)) return 'name';
  if (DATE_AFTER.test(after) || RANGE_AFTER.test(after)) return 'date';
  // A Latin unit (50P, 200PFlops) is no identifier's tail.
  const latinUnit = /^[A-Za-z]/.test(token.unit);
  if (token.form === 'arabic' && (IDENTIFIER_BEFORE.test(before) || (!latinUnit && IDENTIFIER_AFTER.test(after))))
    return 'identifier';
  // 第十五批, 十二届四次全会: ordinals, not counts.
  if (/(?:第|届)$/.test(before)) return 'ordinal';
  if (/每$/.test(before)) return 'per-unit';
  if (token.form === 'chinese' && VAGUE_BEFORE.test(before)) return 'vague';
  // A lone 一 is an article or a slogan (一批, 一对一, 帮助企业引进一名专家).
  if (token.form === 'chinese' && body.slice(token.start, token.numEnd) === '一') return 'indefinite';
  // 4项指标合计…, 7张报表中…: the text's own measures or forms, not work counted.
  if (token.unit !== '' && /^[\u4e00-\u9fff]{0,4}?(?:指标|报表)/.test(body.slice(token.end, token.end + 8)))
    return 'enumeration';
  // 该园区分三期建设: phases of a plan, not a count.
  if (token.unit === '期' && /分$/.test(before)) return 'phases';
  if (token.unit === '') return valueWithoutUnit(body, token) || cutOffAtEnd(body, token) ? null : 'no unit';
  return null;
}

/**
 * 高新技术企业444 ending the text: an excerpt cut off between a number and
 * its unit. The number still counts what its words name.
 */
function cutOffAtEnd(body: string, token: NumberToken): boolean {
  if (token.form !== 'arabic' || body.slice(token.numEnd).trim() !== '') return false;
  return /[\u4e00-\u9fff]{2}$/.test(body.slice(Math.max(0, token.start - 2), token.start));
}

/** Significant digits a float64 holds exactly: a longer number would be published rounded (or as Infinity). */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * False when the number cannot be published exactly as written: more than 15
 * significant digits (a 20-digit count, an account number) or a value beyond
 * 2^53. Such a number stays in the text as written and is not made a figure.
 */
export function publishableExactly(body: string, token: NumberToken): boolean {
  if (token.value === null) return true;
  if (!Number.isFinite(token.value) || Math.abs(token.value) > Number.MAX_SAFE_INTEGER) return false;
  if (token.form !== 'arabic') return true;
  const digits = body
    .slice(token.start, token.numEnd)
    .replace(/[^0-9０-９]/g, '')
    .replace(/^[0０]+/, '');
  return digits.length <= MAX_SIGNIFICANT_DIGITS;
}

const MEASURE_WORD = /指数|得分|评分|系数|值|率|数/;

/**
 * A figure whose unit is not written: a masked value (研发人员数为***；) or
 * an index stated as a value (创新指数为364.85。).
 */
function valueWithoutUnit(body: string, token: NumberToken): boolean {
  const before = body.slice(Math.max(0, token.start - 12), token.start);
  const next = body.charAt(token.end);
  if (!(next === '' || /[，。；;,、\s）)]/.test(next))) return false;
  if (token.form === 'masked') return /(?:为|达|至|到)$/.test(before);
  if (token.form !== 'arabic' || !/(?:为|达|达到)$/.test(before)) return false;
  return MEASURE_WORD.test(before.split(/[，。；;,、：:]/).pop() ?? '');
}
