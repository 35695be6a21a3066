// Finds every written number in a text with what follows it: multiplier
// (万, 亿), approximation (余, 多, 以上, 左右 …) and unit. Masked figures
// (`**家`) are numbers with value null. Whether a token is a figure at all
// (not a date, ordinal, name …) is decided later, in exclusions.ts.
import { MULTIPLIERS, hasChineseDigit, parseArabic, parseChineseNumeral, tidy } from './numerals.ts';
import { bracketedAlternative, matchUnit, type UnitDef, type UnitFamily } from './units.ts';

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
  /** A range written as such (3—5项, 10-15家): the lower end and where it starts; `value` is the upper end. */
  low?: { value: number | null; start: number };
}

// Masks as real pages write them: **, ＊＊, X, XX, xx, ××, ＸＸ (never a Latin
// word's letters, nor × between digits). A letter mask needs a unit after it
// (XX市, XX县 are anonymised names, not figures).
const LETTER_MASK = '(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:[Xx]{1,4}|[Ｘｘ]{1,4}|×{1,4})(?![A-Za-zＡ-Ｚａ-ｚ])';
const NUMBER_RE = new RegExp(
  `百分之[零〇一二两三四五六七八九十百点]+|(?:[0-9０-９]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+|[*＊]+|${LETTER_MASK}`,
  'g',
);
const IS_MASK = /^(?:[*＊]+|[XxＸｘ×]+)$/;
const IS_LETTER_MASK = /^[XxＸｘ×]+$/;
/** A round 十, 百, 千 or 万 standing alone after an approximation (超千亿元, 近百家): 1 of it. */
const LONE_ROUND: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const LONE_ROUND_BEFORE = /(?:超过|将近|突破|超|近|逾|约|达)$/;
/** What joins the two ends of a range of values (3—5项, 10-15家, 1至2项). */
const RANGE_BEFORE = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十]+)\s?[-－—–~～至到]\s?$/;
const PERCENT: UnitDef = { text: '', unit: '%', family: 'percent' };
const PRE_QUALIFIERS = ['不少于', '不低于', '不超过', '将近', '大约', '至少', '超过', '最高', '近', '约', '超', '逾'];
const POST_QUALIFIERS = ['以上', '左右', '以下', '之多', '上下', '有余'];
const MONEY_CONTEXT =
  /资金|金额|资助|投资|投入|出资|收入|营收|产值|总值|GDP|经费|费用|贷款|基金|融资|奖励|补助|奖金|税|资本|额|经济总量/;

interface ReadNumber {
  form: NumberForm;
  value: number | null;
  end: number;
  /** Set when the unit is part of the number's own words (百分之十五 = 15%). */
  unit?: UnitDef;
  /** A Chinese numeral whose 万/亿 was left for the unit as written (两万家 = 2 万家). */
  multiplierAfter?: boolean;
}

/** 百分之十五 = 15, 百分之三点二五 = 3.25 (decimals are read digit by digit). */
function percentInWords(text: string): number {
  const [whole = '', decimals] = text.slice(3).split('点');
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
  if (IS_MASK.test(text)) return { form: 'masked', value: null, end: m.index + text.length };
  if (/^[0-9０-９]/.test(text)) return { form: 'arabic', value: parseArabic(text), end: m.index + text.length };
  // A Chinese run: a trailing 万/亿/千 may start the unit (三十万元 = 三十 + 万元).
  if (text.length > 1 && matchUnit(body, m.index + text.length - 1)) text = text.slice(0, -1);
  // 超千亿元, 近百家: a round unit alone after an approximation word is one of it.
  const round = LONE_ROUND[text];
  if (round !== undefined && LONE_ROUND_BEFORE.test(body.slice(Math.max(0, m.index - 2), m.index)))
    return { form: 'chinese', value: round, end: m.index + text.length };
  // A numeral starts with a digit or 十 (not 万, 亿, nor 零 as in 零部件).
  if (!hasChineseDigit(text.charAt(0)) || /^[零〇]/.test(text)) return null;
  // 两万家, 三万人次: the multiplier belongs to the unit as written (2 万家).
  if (text.length > 1 && /[万亿]$/.test(text) && /[^万亿]/.test(text.slice(0, -1))) {
    const head = text.slice(0, -1);
    const unit = matchUnit(body, m.index + text.length);
    if (unit && unit.family === 'count' && !unit.unit.startsWith('万')) {
      const value = parseChineseNumeral(head);
      if (!Number.isNaN(value)) return { form: 'chinese', value, end: m.index + head.length, multiplierAfter: true };
    }
  }
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
      const factor = MULTIPLIERS[c];
      if ((read.form !== 'chinese' || read.multiplierAfter) && factor !== undefined && multipliers.length < 2) {
        multiplier *= factor;
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
    const letterMask = IS_LETTER_MASK.test(m[0]);
    // A letter mask without a unit is a placeholder (XX市, 20XX年), not a figure.
    if (letterMask && !unit && !(multipliers && moneyNearby(body, m.index, pos))) continue;
    // Multipliers as written: 万/亿 belong to the unit (1.2万家, 12万余份), others scale the value (5千家).
    const written = /(万亿|万|亿)$/.exec(multipliers)?.[1] ?? '';
    const writtenFactor = written === '万亿' ? 1e12 : (MULTIPLIERS[written] ?? 1);
    let value = read.value === null ? null : tidy(read.value * (multiplier / writtenFactor));
    let unitName = unit?.unit ?? '';
    let family: UnitFamily | null = unit?.family ?? null;
    let bareMoney = false;
    if (unit?.unit === '元' && written) {
      // 12.5万余元 is written in 万元, like 12.5万元; 3.46万亿元 in 万亿元.
      unitName = `${written}元`;
    } else if (unit && written && unit.family === 'count') {
      // 1.2万家 = 1.2 万家 (value_norm 12000 家), 4.8万余人次 = 4.8 万人次.
      unitName = `${written}${unit.unit}`;
    } else if (unit && written) {
      // Other units keep their own scale: the multiplier goes into the value (2万平方米 is a def of its own).
      value = read.value === null ? null : tidy(read.value * multiplier);
    } else if (!unit && written && (written === '万亿' || moneyNearby(body, m.index, pos))) {
      // 资金5630万 = 5630 万, 经济总量1.6万亿 = 1.6 万亿: the multiplier as written is the money unit.
      unitName = written;
      family = 'money';
      bareMoney = true;
    }
    if (unit) {
      // 人（次）, 份（册）: the bracketed alternative is part of the unit as written.
      const alt = bracketedAlternative(body, pos);
      if (alt) {
        unitName += alt;
        pos += alt.length;
      }
    }
    if (!unit && !bareMoney) {
      // Without a unit, a trailing multiplier or 余/多 belongs to the words after it.
      pos = read.end;
    }
    const before = RANGE_BEFORE.exec(body.slice(Math.max(0, m.index - 12), m.index));
    const lowText = before?.[1];
    const lowValue =
      lowText === undefined ? null : /^[0-9０-９]/.test(lowText) ? parseArabic(lowText) : parseChineseNumeral(lowText);
    const low =
      before && unitName && lowValue !== null && !Number.isNaN(lowValue) && (value === null || lowValue < value)
        ? { value: tidy(lowValue * (multiplier / writtenFactor)), start: m.index - before[0].length }
        : undefined;
    tokens.push({
      start: m.index,
      numEnd: read.end,
      end: pos,
      form: read.form,
      value: read.form === 'masked' ? null : value,
      unit: unitName,
      family,
      qualifier:
        leadingQualifier(body, low ? low.start : m.index) +
        (unit || bareMoney ? qualifier + (post && unit ? post : '') : ''),
      bareMoney,
      ...(low ? { low } : {}),
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
  const [after = ''] = body.slice(end, end + 8).split(/[，。；;,、：:\n]/);
  return MONEY_CONTEXT.test(before) || MONEY_CONTEXT.test(after);
}
