// Number parsing for figures: Arabic numbers (decimals, thousands separators,
// full-width digits) and Chinese numerals (一…九 十 百 千 万 亿, 两, 〇/零).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Multiplier characters that may follow an Arabic number: 1.5万, 5千. */
export const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** Rounds away float noise (4.61 × 10000 = 46100.000000000004), keeping the 15 significant digits a float64 holds exactly. */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Number.parseFloat(x.toPrecision(15)) : x;
}

/** `1,234.5`, `４.６１` → number; NaN when not an Arabic number. */
export function parseArabic(text: string): number {
  const ascii = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : Number.NaN;
}

/**
 * Chinese numeral → number: 三十五 = 35, 两 = 2, 十六 = 16, 一百二十 = 120,
 * 一千零五 = 1005, 三万五千 = 35000, 二〇二四 = 2024 (digit by digit).
 * NaN when the text is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number {
  if (text === '') return Number.NaN;
  if ([...text].every((c) => c in DIGITS) && text.length > 1) {
    // Digit-by-digit form (二〇二四); 三四 is "three or four", not 34.
    if (text.includes('两') || !(/[〇零]/.test(text) || text.length >= 4)) return Number.NaN;
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // value of the completed 亿 group
  let wan = 0; // value counted in 万
  let section = 0; // value below 万
  let digit: number | null = null;
  let seen = false;
  for (const c of text) {
    const d = DIGITS[c];
    const small = SMALL_UNITS[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return Number.NaN; // 三四 is not a numeral
      digit = d;
      seen = true;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      seen = true;
    } else if (c in BIG_UNITS) {
      if (!seen) return Number.NaN;
      const below = section + (digit ?? 0);
      if (c === '万') wan = below;
      else total = (total + wan * 1e4 + below) * 1e8;
      if (c === '亿') wan = 0;
      section = 0;
      digit = null;
    } else {
      return Number.NaN;
    }
  }
  return total + wan * 1e4 + section + (digit ?? 0);
}

/** True when the text holds at least one Chinese digit or 十 (so 万, 亿 alone are not numbers). */
export function hasChineseDigit(text: string): boolean {
  return /[零〇一二两三四五六七八九十]/.test(text);
}

/**
 * The value a figure's words state on their own, for a check that the value
 * published is the number written: a leading Arabic number not followed by a
 * multiplier (51项 → 51, 1,234.5万元 → 1234.5 in 万元). Null when the words
 * need more reading than that (Chinese numerals, 4.8万余家, masked, ranks).
 */
export function plainValueOf(raw: string): number | null {
  const m = /^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)(.?)/.exec(raw);
  if (!m) return null;
  const [, digits = '', next = ''] = m;
  // 万元/亿元 are units written in 万/亿: the number itself is the value.
  if (next in MULTIPLIERS && !/^[0-9０-９,，.．]+[万亿]元/.test(raw)) return null;
  return parseArabic(digits.replace(/，/g, ','));
}
