// One raw file may hold several reports: a compilation with a table of
// contents (目录 + numbered titles), or parts numbered after a shared title
// (`市科技局工作总结（一）… （二）…`). Each part comes out with its title.

import { HEADING_LINE, isTitleLike } from './title-words.ts';

export interface ReportPart {
  title: string;
  /** 1-based position in the file, and how many reports the file holds. */
  part: number;
  parts: number;
  text: string;
}

const NUM = '[一二三四五六七八九十]+';
const CN_DIGITS = '一二三四五六七八九十';

/** Spaces out for comparing a line with a table-of-contents entry. */
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Compilations with `目录` then `1.title` lines: each title reappears later as the start of its report. */
function splitByContents(lines: string[]): ReportPart[] | null {
  const tocAt = lines.findIndex((l) => squash(l) === '目录');
  if (tocAt < 0) return null;
  const titles: string[] = [];
  let i = tocAt + 1;
  for (; i < lines.length; i++) {
    const m = /^\s*\d{1,2}[.．、]\s*(.+?)\s*$/.exec(lines[i]);
    if (!m) break;
    titles.push(m[1]);
  }
  if (titles.length < 2) return null;
  const starts: number[] = [];
  let from = i;
  for (const t of titles) {
    const at = lines.findIndex((l, k) => k >= from && squash(l) === squash(t));
    if (at < 0) return null;
    starts.push(at);
    from = at + 1;
  }
  return titles.map((title, n) => ({
    title,
    part: n + 1,
    parts: titles.length,
    text: lines.slice(starts[n] + 1, starts[n + 1] ?? lines.length).join('\n'),
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
      n: CN_DIGITS.indexOf(m[1]) + 1,
      start: m.index - title.length,
      bodyStart: m.index + m[0].length,
    });
  }
  const first = marks[0];
  const same = marks.filter((m) => m.title === first?.title);
  if (same.length < 2 || !same.every((m, k) => m.n === k + 1)) return null;
  return same.map((m, k) => ({
    title: m.title,
    part: k + 1,
    parts: same.length,
    text: text.slice(m.bodyStart, same[k + 1]?.start ?? text.length),
  }));
}

/** A single report: its title is the run of title-like lines at the top (the document's own title wins over the page's). */
function single(lines: string[], pageTitle?: string): ReportPart {
  let i = 0;
  const heads: string[] = [];
  while (i < lines.length) {
    const t = lines[i].trim();
    if (t === '') {
      i++;
      continue;
    }
    if (HEADING_LINE.test(t) || !(isTitleLike(t) || t === pageTitle)) break;
    heads.push(t);
    i++;
  }
  const own = [...heads].reverse().find((h) => /总结|计划|要点|谋划|思路|述职|报告/.test(h));
  const body = lines.slice(i).join('\n');
  return { title: own ?? heads[0] ?? titleFromText(body), part: 1, parts: 1, text: body };
}

/**
 * A title the text gives itself when the page lost the real one: the
 * formula 现将…如下 (现将上半年工作总结如下) names the document.
 */
function titleFromText(text: string): string {
  const m = /现将([^，。；：\n]{2,30}?)(?:报告|汇报)?如下/.exec(text.slice(0, 600));
  return m && /总结|计划|报告|情况/.test(m[1]) ? m[1] : '';
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
