// One raw file may hold several reports: a compilation with a table of
// contents (目录 + numbered titles), or parts numbered after a shared title
// (`市科技局工作总结（一）… （二）…`). Each part comes out with its title.

import { itemAt } from '../../pipeline/lists.ts';
import { HEADING_LINE, isTitleLike } from './title-words.ts';
import { noticeDocumentTitle, splitGluedTitle } from './title-lines.ts';

export interface ReportPart {
  /** The title the text gives itself, or '' when it has none. */
  title: string;
  /** How the title was found, for the curator: a title line, or words of the text. */
  titleFrom: 'line' | 'glued' | 'notice' | 'headline' | 'contents' | 'text' | 'none';
  /** 1-based position in the file, and how many reports the file holds. */
  part: number;
  parts: number;
  text: string;
  /** What was left out of every part (a compilation's title and contents), for the curator. */
  leftOut?: string[];
}

const NUM = '[一二三四五六七八九十]+';
const CN_DIGITS = '一二三四五六七八九十';

/** Spaces out for comparing a line with a table-of-contents entry. */
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** `目录 1. 标题一 2 2.标题二 5 … 标题一 正文…` flattened onto one line: an entry's title, then its page. */
const FLAT_ENTRY = /(\d{1,2})[.．、]\s*([^\s\d][^\s]{3,60}?)\s*(\d{1,3})(?=\s|$)/g;

/** Puts a contents list flattened onto one line back on lines of its own: head, 目录, entries, then the rest. */
function unflattenContents(lines: string[]): string[] {
  const at = lines.findIndex((l) => /目\s*录/.test(l) && l.length > 40);
  const line = lines[at];
  if (line === undefined) return lines;
  const toc = /目\s*录/.exec(line) as RegExpExecArray;
  const after = line.slice(toc.index + toc[0].length);
  const entries: string[] = [];
  let end = 0;
  for (const m of after.matchAll(FLAT_ENTRY)) {
    if (Number(m[1]) !== entries.length + 1 || after.slice(end, m.index).trim() !== '') break;
    entries.push(`${m[1]}.${m[2]}`);
    end = m.index + m[0].length;
  }
  if (entries.length < 2) return lines;
  return [
    ...lines.slice(0, at),
    line.slice(0, toc.index).trim(),
    '目录',
    ...entries,
    after.slice(end).trim(),
    ...lines.slice(at + 1),
  ];
}

/** What follows `prefix` at the start of `line`, spaces in either not counted. */
function afterPrefix(line: string, prefix: string): string {
  const want = squash(prefix);
  let k = 0;
  let i = 0;
  for (; i < line.length && k < want.length; i++) if (!/[\s\u3000]/.test(line.charAt(i))) k++;
  return line.slice(i).trim();
}

/**
 * Compilations with `目录` then `1.title` lines: each title reappears later as
 * the start of its report (alone on its line or running into its first
 * sentence). An excerpt may hold only the first reports of the list: those
 * found are its parts, numbered as the contents number them.
 */
function splitByContents(input: string[]): ReportPart[] | null {
  const lines = unflattenContents(input);
  const tocAt = lines.findIndex((l) => squash(l) === '目录');
  if (tocAt < 0) return null;
  const titles: string[] = [];
  let i = tocAt + 1;
  for (; i < lines.length; i++) {
    const m = /^\s*\d{1,2}[.．、]\s*(.+?)\s*$/.exec(itemAt(lines, i, 'line'));
    if (!m) break;
    const [, title = ''] = m;
    titles.push(title);
  }
  if (titles.length < 2) return null;
  const starts: { line: number; rest: string; n: number; title: string }[] = [];
  let from = i;
  for (const [n, t] of titles.entries()) {
    const at = lines.findIndex((l, k) => k >= from && squash(l).startsWith(squash(t)));
    const line = lines[at];
    if (line === undefined) break;
    starts.push({ line: at, rest: afterPrefix(line, t), n, title: t });
    from = at + 1;
  }
  if (starts.length === 0) return null;
  const leftOut = [...lines.slice(0, tocAt), ...lines.slice(tocAt, i)].map((l) => l.trim()).filter(Boolean);
  return starts.map((s, k) => ({
    title: s.title,
    titleFrom: 'contents',
    part: s.n + 1,
    parts: titles.length,
    text: [...(s.rest ? [s.rest] : []), ...lines.slice(s.line + 1, starts[k + 1]?.line ?? lines.length)].join('\n'),
    leftOut,
  }));
}

/** The shared title right before a part number: `…市科技局工作总结` + `（一）`. */
function titleBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 24), at);
  for (let len = 4; len <= before.length; len++) {
    const s = before.slice(before.length - len);
    if (/^(?:科学技术局|科技局)\S{0,6}(?:工作总结|工作计划|工作要点)$/.test(s)) {
      const prev = before[before.length - len - 1];
      return prev && /[省市区县]/.test(prev) ? prev + s : s;
    }
  }
  return null;
}

/** Parts numbered after one repeated title: `X工作总结（一）…X工作总结（二）…`. */
function splitByNumberedTitle(text: string): ReportPart[] | null {
  const marks: { title: string; n: number; start: number; bodyStart: number }[] = [];
  for (const m of text.matchAll(new RegExp(`[（(](${NUM})[)）]`, 'g'))) {
    const title = titleBefore(text, m.index);
    if (!title) continue;
    marks.push({
      title,
      n: CN_DIGITS.indexOf(m[1] ?? '') + 1,
      start: m.index - title.length,
      bodyStart: m.index + m[0].length,
    });
  }
  const first = marks[0];
  const same = marks.filter((m) => m.title === first?.title);
  if (same.length < 2 || !same.every((m, k) => m.n === k + 1)) return null;
  return same.map((m, k) => ({
    title: m.title,
    titleFrom: 'line' as const,
    part: k + 1,
    parts: same.length,
    text: text.slice(m.bodyStart, same[k + 1]?.start ?? text.length),
  }));
}

const TITLE_KIND = /总结|计划|要点|谋划|思路|述职|报告|答复|打算|安排/;

/**
 * A single report. Its title is, in order: the title of the document a
 * transmittal notice wraps, the run of title-like lines at the top (the
 * document's own title wins over the page's headline), a title run into the
 * first sentence, the document's name for itself (现将…总结如下), or none.
 */
function single(lines: string[], pageTitle?: string): ReportPart {
  let i = 0;
  const heads: string[] = [];
  while (i < lines.length) {
    const t = itemAt(lines, i, 'line').trim();
    if (t === '') {
      i++;
      continue;
    }
    if (HEADING_LINE.test(t) || !(isTitleLike(t) || t === pageTitle)) break;
    heads.push(t);
    i++;
  }
  const own = [...heads].reverse().find((h) => TITLE_KIND.test(h));
  const rest = lines.slice(i);
  const title = own ?? heads[0];
  const part = (t: string, from: ReportPart['titleFrom'], body: string[]): ReportPart => ({
    title: t,
    titleFrom: from,
    part: 1,
    parts: 1,
    text: body.join('\n'),
  });
  // A transmittal notice (with or without its own title line): the document it transmits is the report.
  const notice = noticeDocumentTitle(title ?? '', rest);
  // The notice's own title stays in the text, as the first paragraph.
  if (notice) return part(notice.title, 'notice', title ? [title, '', ...rest] : rest);
  // The page's headline (a news item) when the text has no title-like line.
  if (title) return part(title, isTitleLike(title) ? 'line' : 'headline', withoutRepeatedTitle(rest, title));
  const first = rest.findIndex((l) => l.trim() !== '');
  const firstLine = rest[first];
  const glued = firstLine !== undefined ? splitGluedTitle(firstLine) : null;
  if (glued) return part(glued.title, 'glued', [...rest.slice(0, first), glued.rest, ...rest.slice(first + 1)]);
  const named = titleFromText(rest.join('\n'));
  return part(named, named ? 'text' : 'none', rest);
}

/** The title again at the start of the first line, running into its first sentence (a page's first fragment). */
function withoutRepeatedTitle(lines: string[], title: string): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  const firstLine = lines[first];
  if (firstLine === undefined) return lines;
  const line = firstLine.trim();
  if (!squash(line).startsWith(squash(title)) || squash(line) === squash(title)) return lines;
  const glued = splitGluedTitle(line);
  if (!glued || squash(glued.title) !== squash(title)) return lines;
  return [...lines.slice(0, first), glued.rest, ...lines.slice(first + 1)];
}

/**
 * A title the text gives itself when the page lost the real one: the
 * formula 现将…如下 (现将上半年工作总结如下) names the document.
 */
function titleFromText(text: string): string {
  const said = /现将([^，。；：\n]{2,30}?)(?:报告|汇报)?如下/.exec(text.slice(0, 600))?.[1];
  return said && /总结|计划|要点|述职|报告/.test(said) ? said : '';
}

/**
 * Splits cleaned text into reports. `lines` is the text as lines (for
 * compilations with contents); `stream` says the text was rebuilt from
 * fragments and has no line structure.
 */
export function splitReports(text: string, opts: { stream: boolean; pageTitle?: string }): ReportPart[] {
  const lines = text.split('\n');
  if (!opts.stream) {
    const byContents = splitByContents(lines);
    if (byContents) return byContents;
  }
  const numbered = splitByNumberedTitle(text);
  if (numbered) return numbered;
  return [single(lines, opts.pageTitle)];
}
