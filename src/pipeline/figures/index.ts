// Figure extraction: the public surface used by the dataset, the CLI and the
// evaluation.
export { extractFigures } from './extract.ts';
export { loadIndicators, matchIndicator } from './lexicon.ts';
export { splitSentences, type SentenceSpan } from './sentences.ts';
export { parseArabic, parseChineseNumeral } from './numerals.ts';
export { normaliseMoney, matchUnit } from './units.ts';
export { scanNumbers, type NumberToken } from './tokens.ts';
export { figuresToCsv, FIGURE_CSV_COLUMNS } from './csv.ts';
