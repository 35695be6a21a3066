// Chrome recognised by its shape, not its words: a report is sentences; the
// page around it is short lines without sentence punctuation (badges,
// counters, dates, site names, link lists, print/close buttons). Lines before
// the first sentence and after the last are chrome unless they are the title,
// a heading or the signature; anywhere, a line carrying a web address or a
// file name, or a short line repeated on every page, is chrome. Every removal
// says why, so the ingest summary can list it for a curator to restore.
import { itemAt } from '../../pipeline/lists.ts';
import { FILE_SUFFIX, HEADING_LINE, isTitleLike } from './title-words.ts';
import { isHeadlineShaped } from './title-lines.ts';

export interface RemovedLine {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
  why: string;
}

/** A web address: www.x.com, x.gov.cn, https://… */
export const URL =
  /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|cc|info|top|vip)(?:\/[^\s，。；、）】]*)?/i;
/** A date line's marks: a full date, or 来源/作者/编辑/浏览 labels. */
const DATELINE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|来源[:：]|作者[:：]|编辑[:：]|发布日期|浏览(?:量|次数)?[:：\s]*\d/;
/** A letter's salutation (各县（市）区科技局、局属各单位：) opens the text, it is no chrome. */
const SALUTATION = /^各[^。；！？]{1,60}[：:]$/;
/** Signature (落款) lines close a report: the issuer, or a date alone. */
const SIGNATURE = /^(?:\S{2,20}(?:局|委员会|办公室|人民政府|中心))$|^\d{4}年\d{1,2}月\d{1,2}日$/;
/** The page stops here: a preview or paywall line ends the document text. */
export const PAYWALL =
  /预览(?:已)?结束|剩余\d+页|阅读全文|付费后?(?:阅读|下载)|扫码(?:付费|阅读|下载)|下载(?:本文|全文|完整)/;

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** A sentence of the report: ends or holds a full stop, or runs on with commas. */
export function isProse(line: string): boolean {
  const t = squash(line);
  if (/[。；！？;!?]/.test(t)) return true;
  return (t.match(/[，,、]/g)?.length ?? 0) >= 2 && t.length >= 25;
}

/** Mostly words: Han characters, digits and Chinese punctuation, not badges, counters or addresses. */
function wordy(t: string): boolean {
  const words = t.match(/[\u4e00-\u9fff0-9，、：%（）]/g)?.length ?? 0;
  return t.length >= 10 && words >= 0.8 * t.length && !DATELINE.test(t) && !URL.test(t);
}

/**
 * Sentence lines, with the lines of a sentence wrapped across lines (text
 * copied from a PDF): a wordy line running straight on (no blank, no indent)
 * into a sentence line belongs to it.
 */
function proseLines(lines: string[]): boolean[] {
  const prose = lines.map(isProse);
  // A wrapped line runs nearly to the page width (the longest line); a badge row does not.
  const width = lines.reduce((w, l) => Math.max(w, squash(l).length), 0);
  for (let i = lines.length - 2; i >= 0; i--) {
    const t = squash(itemAt(lines, i, 'line'));
    const next = itemAt(lines, i + 1, 'line');
    const wraps = t.length >= 0.5 * width && wordy(t) && !isTitleLike(t) && !HEADING_LINE.test(t);
    if (!prose[i] && prose[i + 1] && next.trim() !== '' && !/^[\u3000\t]|^\s{2,}/.test(next) && wraps) prose[i] = true;
  }
  return prose;
}

function isStructure(line: string, pageTitle: string | undefined): boolean {
  const t = line.trim();
  return (
    isTitleLike(t) || HEADING_LINE.test(t) || SALUTATION.test(t) || (pageTitle !== undefined && t === pageTitle.trim())
  );
}

/**
 * The headline of a news page: the line just above its first date line,
 * before any sentence; without a date line, a headline-shaped line right
 * above the first sentence.
 */
export function headlineAbove(lines: string[]): string | undefined {
  const first = lines.findIndex(isProse);
  const header = first < 0 ? lines : lines.slice(0, first);
  // A document title above the text wins over a headline.
  if (header.some(isTitleLike)) return undefined;
  for (const [i, line] of header.entries()) {
    const t = line.trim();
    if (t === '') continue;
    if (!DATELINE.test(t)) continue;
    for (const above of header.slice(0, i).reverse()) {
      const prev = above.trim();
      if (prev === '') continue;
      return DATELINE.test(prev) || URL.test(prev) || prev.length > 60 ? undefined : prev;
    }
    return undefined;
  }
  const above = header.filter((l) => l.trim() !== '').at(-1);
  return above !== undefined && isHeadlineShaped(above) ? above.trim() : undefined;
}

/**
 * Marks chrome among `lines`. `pageTitle`, when known, is kept wherever it
 * is. Returns the reason for each removed index, and the index of a file-name
 * line that is the page's only title (kept, its suffix cut).
 */
export function chromeByShape(
  lines: string[],
  pageTitle?: string,
): { reasons: Map<number, string>; titleLine: number | null } {
  const out = new Map<number, string>();
  const prose = proseLines(lines);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const counts = new Map<string, number>();
  // Page headers and footers repeat with their numbers changed (第1页 共3页, 第2页 共3页).
  const shapeOf = (l: string) => squash(l).replace(/\d+/g, '#');
  lines.forEach((l, i) => {
    const t = shapeOf(l);
    if (t && !prose[i]) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  // A file name above the text is the title when the page gives no other (镇海区科技局2024年工作总结.pdf).
  const header = first < 0 ? lines : lines.slice(0, first);
  const titleFromFile = header.some((l) => isStructure(l, pageTitle))
    ? -1
    : header.findIndex((l) => FILE_SUFFIX.test(l) && isTitleLike(l.replace(FILE_SUFFIX, '')));
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === '' || i === titleFromFile) return;
    const structure = isStructure(t, pageTitle);
    if (FILE_SUFFIX.test(t)) return out.set(i, 'a file name, not text');
    if (!prose[i] && URL.test(t)) return out.set(i, 'a web address on a line of its own');
    if (structure) return;
    if (!prose[i] && (counts.get(shapeOf(t)) ?? 0) >= 2 && first >= 0 && i > first && i < last)
      return out.set(i, 'a short line repeated on the page (a page header or footer)');
    if (first < 0 || prose[i]) return;
    if (i < first) return out.set(i, 'before the text: not a sentence, a title or a heading');
    if (i > last && !SIGNATURE.test(squash(t))) return out.set(i, 'after the text: not a sentence or a signature');
  });
  return { reasons: out, titleLine: titleFromFile >= 0 ? titleFromFile : null };
}
