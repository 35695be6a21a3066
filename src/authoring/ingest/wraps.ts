// Line wraps of text copied out of a PDF: lines cut at a fixed width, often
// in the middle of a word, a year or a number and its unit (达到4 / 86家,
// 预 / 计, 20 / 25年). When most lines of a file end so, the file is wrapped
// and a line is joined to the next unless the next starts a paragraph (an
// indent, a heading mark) or the line ends a sentence, a heading or a title.
import { itemAt } from '../../pipeline/lists.ts';
import { HEADING_LINE, isTitleLike } from './title-words.ts';

const ENDS_SENTENCE = /[。！？；：!?;:”’」』）)】]$/;
const INDENT = /^(?:[\u3000\t]|\s{2,})/;
/** A title already complete: ends in the kind of document (a notice, a reply, a report…). */
const TITLE_END = /(?:总结|计划|要点|思路|报告|方案|谋划|通知|答复|意见|决定|函)$/;
/** A date closing a letter or a signature: 2024年1月29日. */
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

function wrapsInto(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (t === '' || next === undefined || next.trim() === '') return false;
  if (ENDS_SENTENCE.test(t) || INDENT.test(next) || HEADING_LINE.test(next)) return false;
  if (HEADING_LINE.test(t) && t.length < 25) return false;
  if ((isTitleLike(t) || /^关于/.test(t)) && TITLE_END.test(t)) return false;
  return !DATE_LINE.test(t);
}

/** Joins wrapped lines when the file is wrapped; returns the lines and how many joins were made. */
export function joinWrappedLines(lines: string[]): { lines: string[]; joined: number } {
  const texts = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
  const wraps = texts.filter(({ l, i }) => wrapsInto(l, lines[i + 1])).length;
  if (wraps < 3 || wraps < 0.4 * (texts.length - 1)) return { lines, joined: 0 };
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = itemAt(lines, i, 'line');
    for (let next = lines[i + 1]; next !== undefined && wrapsInto(line, next); next = lines[i + 1]) {
      line = line.trimEnd() + next.trim();
      i += 1;
      joined += 1;
    }
    out.push(line);
  }
  return { lines: out, joined };
}
