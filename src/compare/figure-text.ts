// A figure as a short text that reads on its own, for the theme table's chips.
// The words are the source's: the raw text as written (第一, 814.37万元); a
// rank written as a bare number takes the words before it that make it a rank
// (全市排名3); a number without a unit takes what it counts (创新指数 364.85);
// a count in 名 takes whom it counts (1名科技助理), since 名 also ranks (第1名).
import type { CompareFigure } from './types.ts';

const CLAUSE_BREAK = /[，,；;：:。！？!?、]/;
const RANK_WORD = /排名|排位|排|位居|位列|名列|居|列/;
const READS_AS_RANK = /^第|[名位]$/;
const MAX_LEAD = 8;
const MAX_LABEL = 12;

/** The words before `at` in its clause of `text`. */
export function leadIn(text: string, at: number): string {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(text.charAt(i - 1))) i -= 1;
  return text.slice(i, at).trim();
}

const short = (s: string, max: number) => Array.from(s).length <= max;

/** `sentence` is the text of the figure's sentence (f.at is an offset in it). */
export function figureText(f: CompareFigure, sentence = ''): string {
  const lead = f.at >= 0 ? leadIn(sentence, f.at) : '';
  const label = short(f.label, MAX_LABEL) ? f.label : '';
  if (f.measure === 'rank') {
    if (READS_AS_RANK.test(f.raw)) return f.raw;
    return RANK_WORD.test(lead) && short(lead, MAX_LEAD) ? `${lead}${f.raw}` : `排名${f.raw}`;
  }
  if (f.unit === '') {
    if (label) return `${label} ${f.raw}`;
    return lead && short(lead, MAX_LEAD) ? `${lead}${f.raw}` : f.raw;
  }
  if (f.unit === '名' && label) {
    const glued = f.at >= 0 && sentence.startsWith(label, f.at + f.len);
    return glued ? `${f.raw}${label}` : `${f.raw} ${label}`;
  }
  return f.raw;
}
