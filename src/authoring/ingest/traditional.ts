// Traditional → simplified conversion and removal of the pinyin annotations
// some sites insert after characters (`總結(jié)` → `總結`).
import * as OpenCC from 'opencc-js';

const toCn = OpenCC.Converter({ from: 't', to: 'cn' });

/** Converts traditional characters to simplified (mainland) ones. */
export function toSimplified(text: string): string {
  return toCn(text);
}

/** Characters that conversion would change. */
export function traditionalCount(text: string): number {
  const conv = [...toCn(text)];
  return [...text].filter((c, i) => conv[i] !== c).length;
}

/**
 * True when the text is written in traditional characters, not a simplified
 * text with a stray one: a simplified company name like 恒乾 must not become 恒干.
 */
export function isTraditionalText(text: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const changed = traditionalCount(text);
  // In traditional prose a fifth or so of the characters differ; 3% leaves room for short texts.
  return changed >= 3 && changed >= han * 0.03;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const SYLLABLE_CHARS = `[a-z${TONED}]`;
const TONE_MARK = new RegExp(`[${TONED}]`);
// Finals of Mandarin, tones removed and ü written v.
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|vn|ue|a|o|e|i|u|v)$/;

/** `jié` → `jie`, `lǚ` → `lv`. */
function plainSyllable(s: string): string {
  return s
    .replace(/ü|ǖ|ǘ|ǚ|ǜ/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function isPinyinSyllable(s: string): boolean {
  return s.length > 0 && s.length <= 6 && SYLLABLE.test(plainSyllable(s));
}

/** A whole annotation right after a Han character: `(jié)`. */
export const ANNOTATION = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])\\((${SYLLABLE_CHARS}{1,6})\\)`, 'g');
/** Half an annotation left at the end of a cut fragment: `(j`, `(jié`. */
export const HALF_ANNOTATION_END = new RegExp(`\\(${SYLLABLE_CHARS}{0,6}$`);
/** The other half at the start of the next fragment: `ié)`. */
export const HALF_ANNOTATION_START = new RegExp(`^${SYLLABLE_CHARS}{1,6}\\)`);

/**
 * Removes pinyin annotations. Toned syllables are always annotations; a
 * toneless one (`(de)`) only when the text is annotated throughout, so an
 * ordinary `(a)` in an unannotated text stays.
 */
export function stripPinyinAnnotations(text: string): { text: string; removed: number } {
  const syllables = [...text.matchAll(ANNOTATION)].map(([, syl = '']) => syl).filter(isPinyinSyllable);
  const toned = syllables.filter((syl) => TONE_MARK.test(syl)).length;
  const annotatedThroughout = toned >= 20;
  let removed = 0;
  const out = text.replace(ANNOTATION, (whole, syl: string) => {
    if (!isPinyinSyllable(syl)) return whole;
    if (!TONE_MARK.test(syl) && !annotatedThroughout) return whole;
    removed++;
    return '';
  });
  return { text: out, removed };
}
