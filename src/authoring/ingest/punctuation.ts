// Half-width punctuation in Chinese text → full-width, and stray spaces out.
// Decimal points, list numbers (`1.`), thousands separators and times stay.

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const WIDE_PUNCT = '，。；：！？、（）《》“”‘’「」『』【】—…·';
/** Spaces or tabs touching Han text or wide punctuation (not newlines). */
const STRAY_SPACE = new RegExp(
  `[ \\t\\u3000\\u00a0]+(?=[${HAN}${WIDE_PUNCT}])|(?<=[${HAN}${WIDE_PUNCT}])[ \\t\\u3000\\u00a0]+`,
  'g',
);

export function normalizePunctuation(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/;/g, '；')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/!/g, '！')
    .replace(/\?/g, '？')
    .replace(STRAY_SPACE, '');
}
