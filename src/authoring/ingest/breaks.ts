// Line breaks inside a sentence, where a page broke a word, a year or a
// figure across lines or even across a blank line (市20 / XX / 年科技特派员…,
// 新增高新技术企业 / (blank) / 56家，…): the pieces are joined back, so a figure
// stays with its subject and a masked year with its 年. Only breaks that
// cannot be a paragraph's end are joined: the line before ends without
// sentence punctuation and is no heading or title, and the line after
// starts with what cannot start a sentence (a unit, a digit continuing a
// number, a mask continuing a masked year, a comma).
import { itemAt } from '../../pipeline/lists.ts';
import { HEADING_LINE, isTitleLike } from './title-words.ts';

const MASK = '[XxＸｘ×*＊]';
const ENDS_SENTENCE = /[。！？；：!?;:…」』”’）)】]$/;
const ENDS_NUMBER = new RegExp(`(?:\\d|${MASK})$`);
/** A number or masked year going on: digits, masks, 年/月/日, a percent sign. */
const GOES_ON = new RegExp(`^(?:\\d|${MASK}|[年月日%％])`);
/** A paragraph that opens on its year (2024年全县…) is a new paragraph, not the rest of a number. */
const OPENS_ON_YEAR = /^\d{4}年/;
/** A masked place or year alone on its line (XXX), before its 市 / 年. */
const MASK_ONLY = new RegExp(`^${MASK}{2,4}$`);
/** What cannot start a sentence: a unit after a number, a comma, a closing bracket. */
const CANNOT_START =
  /^(?:[，、；。）)%％]|个百分点|(?:[个家项件人名次元台套所座只]|万元|亿元|万人次)(?=[，、；。\s]|$))/;

function breaksInside(line: string, next: string, blankBetween: boolean, numbersOnly: boolean): boolean {
  const a = line.trim();
  const b = next.trim();
  if (a === '' || b === '' || ENDS_SENTENCE.test(a) || HEADING_LINE.test(b)) return false;
  // A number, a year or a masked year cut across lines: 达到4 / 86家, 市20 / XX / 年…
  if (ENDS_NUMBER.test(a) && GOES_ON.test(b) && !OPENS_ON_YEAR.test(b)) return true;
  if (!blankBetween && MASK_ONLY.test(a) && /^[市县区州旗年]/.test(b)) return true;
  if (numbersOnly || HEADING_LINE.test(a) || isTitleLike(a)) return false;
  // A subject and its figure, or a figure and its unit, parted by a break: 新增企业 / 56家，…
  return CANNOT_START.test(b) || (/^\d/.test(b) && CANNOT_START.test(b.replace(/^[\d.]+/, '')));
}

const isShort = (l: string) => l.replace(/\s/g, '').length <= 4;

/**
 * Joins lines broken inside a sentence. Returns the lines, for each the index
 * of the first input line it holds, and how many breaks were joined.
 * `shortOnly` joins only what would otherwise look like page furniture: a
 * number or mask cut next to a line of four characters or fewer (XXX / 市20 /
 * XX), and a sentence parted by a blank line (新增企业 / (blank) / 56家，…).
 */
export function joinBrokenLines(
  lines: string[],
  opts: { shortOnly?: boolean } = {},
): { lines: string[]; from: number[]; joined: number } {
  const out: string[] = [];
  const from: number[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = itemAt(lines, i, 'line');
    from.push(i);
    for (;;) {
      let j = i + 1;
      while (j < lines.length && itemAt(lines, j, 'line').trim() === '' && j - i <= 2) j++;
      // The next line with text, within two blank lines.
      const next = lines[j];
      if (next === undefined || next.trim() === '') break;
      const maskedYear = new RegExp(`${MASK}$`).test(line.trim()) && /^年/.test(next.trim());
      const blank = j > i + 1;
      if (opts.shortOnly && !(isShort(line) || isShort(next) || maskedYear || blank)) break;
      if (!breaksInside(line, next, blank, opts.shortOnly === true && !blank)) break;
      line = line.trimEnd() + next.trim();
      joined += 1;
      i = j;
    }
    out.push(line);
  }
  return { lines: out, from, joined };
}
