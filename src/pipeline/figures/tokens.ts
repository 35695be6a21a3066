// Finds every written number in a text with what follows it: multiplier
// (万, 亿), approximation (余, 多, 以上, 左右 …) and unit. Masked figures
// (`**家`) are numbers with value null. Whether a token is a figure at all
// (not a date, ordinal, name …) is decided later, in exclusions.ts.
import { MULTIPLIERS, hasChineseDigit, parseArabic, parseChineseNumeral, tidy } from './numerals.ts';
import { matchUnit, type UnitDef, type UnitFamily } from './units.ts';

export type NumberForm = 'arabic' | 'chinese' | 'masked';

export interface NumberToken {
  /** Offset of the number (or mask) itself. */
  start: number;
  /** Offset after the number's digits, before multiplier/qualifier/unit. */
  numEnd: number;
  /** Offset after unit and trailing qualifier. */
  end: number;
  form: NumberForm;
  /** Value in `unit` (multipliers applied: 4.8万余家 = 48000 家); null when masked. */
  value: number | null;
  /** Canonical unit, '' when none is written. */
  unit: string;
  family: UnitFamily | null;
  /** Approximation words, leading ones first: 近, 约, 余, 多, 以上 … */
  qualifier: string;
  /** True when 万/亿 stood alone and was read as money (资金5630万). */
  bareMoney: boolean;
}

const NUMBER_RE =
  /百分之[零〇一二两三四五六七八九十百点]+|(?:[0-9０-９]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+|[*＊]+/g;
const PERCENT: UnitDef = { text: '', unit: '%', family: 'percent' };
const PRE_QUALIFIERS = ['不少于', '不低于', '不超过', '将近', '大约', '至少', '超过', '最高', '近', '约', '超', '逾'];
const POST_QUALIFIERS = ['以上', '左右', '以下', '之多', '上下', '有余'];
const MONEY_CONTEXT =
  /资金|金额|资助|投资|投入|出资|收入|营收|产值|总值|GDP|经费|费用|贷款|基金|融资|奖励|补助|奖金|税|资本|额/;

interface ReadNumber {
  form: NumberForm;
  value: number | null;
  end: number;
  /** Set when the unit is part of the number's own words (百分之十五 = 15%). */
  unit?: UnitDef;
}

/** 百分之十五 = 15, 百分之三点二五 = 3.25 (decimals are read digit by digit). */
function percentInWords(text: string): number {
  const [whole, decimals] = text.slice(3).split('点');
  const value = parseChineseNumeral(whole);
  if (decimals === undefined) return value;
  const digits = [...decimals.replace(/零/g, '〇')].map((c) => '〇一二三四五六七八九'.indexOf(c));
  return digits.some((d) => d < 0) ? Number.NaN : Number(`${value}.${digits.join('')}`);
}

function readNumber(body: string, m: RegExpExecArray): ReadNumber | null {
  let text = m[0];
  if (text.startsWith('百分之')) {
    const value = percentInWords(text);
    return Number.isNaN(value) ? null : { form: 'chinese', value, end: m.index + text.length, unit: PERCENT };
  }
  if (/^[*＊]/.test(text)) return { form: 'masked', value: null, end: m.index + text.length };
  if (/^[0-9０-９]/.test(text)) return { form: 'arabic', value: parseArabic(text), end: m.index + text.length };
  // A Chinese run: a trailing 万/亿/千 may start the unit (三十万元 = 三十 + 万元).
  if (text.length > 1 && matchUnit(body, m.index + text.length - 1)) text = text.slice(0, -1);
  // A numeral starts with a digit or 十 (not 万, 亿, nor 零 as in 零部件).
  if (!hasChineseDigit(text.charAt(0)) || /^[零〇]/.test(text)) return null;
  const value = parseChineseNumeral(text);
  return Number.isNaN(value) ? null : { form: 'chinese', value, end: m.index + text.length };
}

function leadingQualifier(body: string, start: number): string {
  return PRE_QUALIFIERS.find((q) => body.endsWith(q, start)) ?? '';
}

/** Every number in `body`, with its unit when one is written. */
export function scanNumbers(body: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(body); m; m = NUMBER_RE.exec(body)) {
    const read = readNumber(body, m);
    if (!read) continue;
    // Don't let the regex swallow a unit's leading 万/亿 on the next round.
    NUMBER_RE.lastIndex = read.end;
    let pos = read.end;
    let multiplier = 1;
    let multipliers = '';
    let qualifier = '';
    let unit = read.unit ?? matchUnit(body, pos);
    while (!unit && pos < body.length) {
      const c = body.charAt(pos);
      if (read.form !== 'chinese' && c in MULTIPLIERS && multipliers.length < 2) {
        multiplier *= MULTIPLIERS[c];
        multipliers += c;
      } else if ((c === '余' || c === '多') && !qualifier) {
        qualifier = c;
      } else break;
      pos += 1;
      unit = matchUnit(body, pos);
    }
    if (unit) pos += unit.text.length;
    const post = POST_QUALIFIERS.find((q) => body.startsWith(q, pos));
    if (unit && post) pos += post.length;
    let value = read.value === null ? null : tidy(read.value * multiplier);
    let unitName = unit?.unit ?? '';
    let family: UnitFamily | null = unit?.family ?? null;
    let bareMoney = false;
    // 3.46万亿 is written in 万亿: value and unit stay as written (value_norm converts).
    const last = multipliers.endsWith('万亿') ? '万亿' : multipliers.charAt(multipliers.length - 1);
    const lastFactor = last === '万亿' ? 1e12 : MULTIPLIERS[last];
    if (unit?.unit === '元' && (last === '万' || last === '亿' || last === '万亿')) {
      // 12.5万余元 is written in 万元, like 12.5万元.
      value = read.value === null ? null : tidy(read.value * (multiplier / lastFactor));
      unitName = `${last}元`;
    } else if (!unit && (last === '万' || last === '亿' || last === '万亿') && moneyNearby(body, m.index, pos)) {
      // 资金5630万 = 5630 万元: the multiplier becomes the money unit.
      value = read.value === null ? null : tidy(read.value * (multiplier / lastFactor));
      unitName = `${last}元`;
      family = 'money';
      bareMoney = true;
    }
    if (!unit && !bareMoney) {
      // Without a unit, a trailing multiplier or 余/多 belongs to the words after it.
      pos = read.end;
    }
    tokens.push({
      start: m.index,
      numEnd: read.end,
      end: pos,
      form: read.form,
      value: read.form === 'masked' ? null : value,
      unit: unitName,
      family,
      qualifier: leadingQualifier(body, m.index) + (unit || bareMoney ? qualifier + (post && unit ? post : '') : ''),
      bareMoney,
    });
  }
  return tokens;
}

function moneyNearby(body: string, start: number, end: number): boolean {
  const before =
    body
      .slice(Math.max(0, start - 12), start)
      .split(/[，。；;,、：:\n]/)
      .pop() ?? '';
  const after = body.slice(end, end + 8).split(/[，。；;,、：:\n]/)[0];
  return MONEY_CONTEXT.test(before) || MONEY_CONTEXT.test(after);
}
