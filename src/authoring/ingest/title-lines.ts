// Where a report's title hides when it is not a line of its own: run into the
// first sentence (县科技局2024年工作总结今年以来，…), a news headline over the
// first paragraph, or the document a transmittal notice (关于印发《…》的通知)
// wraps, whose own title follows the notice's signature.
import { HEADING_LINE, isTitleLike } from './title-words.ts';
import { isFieldRow } from './page-fields.ts';
import { stripPinyinAnnotations } from './traditional.ts';

/** The kinds of document a title ends with. */
const KIND =
  /工作总结|工作计划|工作要点|工作思路|工作打算|工作安排|工作谋划|工作报告|述职报告|调研报告|总结|计划|要点|思路|打算|安排/g;
/** A title goes on after its kind word: 工作总结和…, 工作总结暨…, 工作总结汇编. */
const TITLE_GOES_ON =
  /^(?:和|及|与|暨|、|汇编|范文|（|\(|[（(]?[一二三四五六七八九十\d]+篇|如下|报告|汇报|情况|的|了|[，,：:])/;
/** Sentences a title does not start with (现将上半年工作总结如下). */
const NOT_A_TITLE_START = /^(?:现将|根据|按照|为了?|在|我[局市区县]|今年|去年|通过|围绕|结合|关于)/;

/**
 * A title run into the first sentence on one line: the title and the rest of
 * the line. The title ends on a kind of document (工作总结, 工作计划…) that is
 * not followed by more of the title (和下半年工作计划, 暨…), is title-like and
 * holds no sentence punctuation; the rest reads on as a sentence.
 */
export function splitGluedTitle(line: string): { title: string; rest: string } | null {
  const text = line.trim();
  const head = text.slice(0, 90);
  if (NOT_A_TITLE_START.test(head) || HEADING_LINE.test(head)) return null;
  for (const m of head.matchAll(KIND)) {
    const end = m.index + m[0].length;
    const title = text.slice(0, end);
    const rest = text.slice(end).trim();
    if (/[，。；！？,;!?：:]/.test(title)) return null;
    if (rest === '' || TITLE_GOES_ON.test(rest)) continue;
    // Inside a bracket or a quoted name (关于印发《…工作总结》的通知): the title goes on.
    const open = (o: string, c: string) => title.split(o).length > title.split(c).length;
    if (open('《', '》') || open('（', '）') || open('“', '”')) continue;
    if (!isTitleLike(title) || title.length < 6) continue;
    // The rest is prose: a sentence mark soon after.
    if (!/[，。；！？,;：:、]/.test(rest.slice(0, 60))) return null;
    return { title, rest };
  }
  return null;
}

/** Navigation, site names and badges are not headlines. */
const NOT_HEADLINE = /[>»|｜/\\]|网站?$|门户|首页|登录|欢迎|^[(（[【].*[)）\]】]$|\d{4}[-/.]\d{1,2}|https?:|www\./i;

/**
 * A news headline: a line of six to sixty characters, mostly Han, with no
 * sentence punctuation, that is not navigation, a date, a byline or a field row.
 */
export function isHeadlineShaped(line: string): boolean {
  const t = stripPinyinAnnotations(line).text.trim();
  const han = t.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return (
    han >= 6 &&
    t.length <= 60 &&
    han >= 0.6 * t.replace(/\s/g, '').length &&
    !/[。；！？;!?]/.test(t) &&
    !/[，,]$/.test(t) &&
    !NOT_HEADLINE.test(t) &&
    !HEADING_LINE.test(t) &&
    !isFieldRow(t)
  );
}

/** A notice that transmits a document: 关于印发《…》的通知, or 现将《…》印发给你们. */
const NOTICE_TITLE = /^关于(?:印发|转发|下发|报送)/;
const TRANSMITS = /现将《([^》]{4,60})》(?:印发|转发|下发|报送)/;
const ATTACHMENT = /^附件\s*[:：]?\s*\d?\s*[.、]?\s*(.{4,60})$/;
const SIGNATURE_DATE = /^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{6,8})\s*$/;
const squash = (s: string) => s.replace(/[\s\u3000《》“”"]/g, '');

/**
 * The title of the document a transmittal notice wraps, and the index of its
 * line in `lines`: the line that repeats the document named by the notice or
 * its attachment, else the first title-like line after the notice's dated
 * signature. Null when the text is not such a notice.
 */
export function noticeDocumentTitle(title: string, lines: string[]): { title: string; at: number } | null {
  const text = lines.join('\n');
  const named = TRANSMITS.exec(text)?.[1];
  const attachment = lines.map((l) => ATTACHMENT.exec(l.trim())?.[1]).find(Boolean);
  if (!NOTICE_TITLE.test(title) && !named) return null;
  const wanted = [named, attachment].filter((n): n is string => Boolean(n)).map(squash);
  const repeat = lines.findIndex(
    (l) =>
      wanted.includes(squash(l)) && !TRANSMITS.test(l) && !ATTACHMENT.test(l.trim()) && squash(l) !== squash(title),
  );
  const repeated = lines[repeat];
  if (repeated !== undefined) return { title: repeated.trim(), at: repeat };
  const signed = lines.findIndex((l) => SIGNATURE_DATE.test(l));
  if (signed < 0) return null;
  const next = lines.findIndex((l, i) => i > signed && l.trim() !== '');
  const nextLine = lines[next];
  return nextLine !== undefined && isTitleLike(nextLine) ? { title: nextLine.trim(), at: next } : null;
}
