// Site chrome: the parts of a scraped page that are not the report (navigation,
// ads, copyright, comment boxes, aggregator blurbs, index tables). Lines are
// matched on a normalised probe (pinyin annotations out, simplified, no spaces)
// so traditional-character pages are recognised too. What the chrome says about
// the source (publication date, site, issuer) is kept as metadata.
import { chromeByShape, headlineAbove, PAYWALL, type RemovedLine } from './chrome-shape.ts';
import { stripPinyinAnnotations, toSimplified } from './traditional.ts';
import { FILE_SUFFIX } from './title-words.ts';
import { stripWatermarks } from './watermark.ts';

export interface PageMeta {
  /** YYYY-MM-DD from 时间/发布时间/成文日期. */
  published?: string;
  /** 来源 (who posted or where it came from). */
  source?: string;
  /** 发布机构 of an index table. */
  publisher?: string;
  /** 索引号 of a government-disclosure index table. */
  indexNo?: string;
  /** Site names found in the chrome (人人文库网, InvestCHN.com …). */
  sites: string[];
  /** Title line given by the page (the line just before the 时间/来源 line). */
  pageTitle?: string;
}

/** Lines that are chrome wherever they appear. */
const LINE_PATTERNS: RegExp[] = [
  /^推荐访问[:：]/,
  /^上一[条篇页][:：]/,
  /^下一[条篇页][:：]/,
  /^与我们联系$/,
  /copyright|©|版权所有/i,
  /^•?(联系电话|电话|传真|邮箱|地址)[:：]/,
  /^下面是小编为大家整理的/,
  /^版权说明[:：]/,
  /^文档简介$/,
  /^您现在的位置[:：]/,
  /^(发布)?时间[:：].*来源[:：]/,
  /^(发布)?时间[:：]\d{4}-\d{2}-\d{2}/,
  /^信息来源[:：]/,
  /^[|｜\s]*$/,
  /^\d+\/\d+$/,
  /^(提交)?评论$/,
  /^(分享到|打印本页|关闭窗口|【打印】|【关闭】)/,
];
/** Index-table rows of government information-disclosure pages. */
const INDEX_TABLE = /索引号|公开方式|成文日期|发布机构|组配分类|主题分类|公开时限/;
/** Lines that open a chrome block running to the end of the page. */
const TAIL_BLOCK = /^(温馨提示|最新文档|相关文档|相关推荐|猜你喜欢|热门文档)$/;

/** The probe a line is matched on: annotations out, simplified, no spaces. */
export function probeOf(line: string): string {
  return toSimplified(stripPinyinAnnotations(line).text).replace(/\s+/g, '');
}

export function isChromeLine(line: string): boolean {
  const probe = probeOf(line);
  if (probe === '') return false;
  if (INDEX_TABLE.test(probe) && probe.includes('|')) return true;
  return LINE_PATTERNS.some((re) => re.test(probe));
}

function readMeta(lines: string[], meta: PageMeta): void {
  lines.forEach((line, i) => {
    const probe = probeOf(line);
    const date =
      /(?:发布时间|时间|成文日期|发布日期)[:：|]*(\d{4}-\d{2}-\d{2})/.exec(probe) ??
      /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(probe);
    if (date && !meta.published) {
      meta.published = date[1];
      if (/^(发布)?时间/.test(probe)) {
        const prev = lines
          .slice(0, i)
          .reverse()
          .find((l) => l.trim() !== '');
        if (prev && !isChromeLine(prev)) meta.pageTitle = prev.trim();
      }
    }
    const source = /来源[:：]([^|:：]+?)(?:发布开发区|$)/.exec(probe);
    if (source && !meta.source && !/^信息来源/.test(probe)) meta.source = source[1];
    const publisher = /发布机构\|([^|]+)\|/.exec(probe);
    if (publisher) meta.publisher = publisher[1];
    const indexNo = /索引号\|([^|]+)\|/.exec(probe);
    if (indexNo) meta.indexNo = indexNo[1];
    const site = /版权所有[:：]?(\S+)$/.exec(probe) ?? /^\d+\.(\S{2,8}网)仅提供/.exec(probe.replace(/^-/, ''));
    if (site && !meta.sites.includes(site[1])) meta.sites.push(site[1]);
  });
}

/**
 * Drops chrome lines, header lines above a page title, tail blocks
 * (温馨提示, 最新文档 lists, comment boxes, paywalls), chrome by shape
 * (chrome-shape.ts) and watermarks inside lines. Returns the kept lines (blank
 * lines kept, so paragraph structure survives), the page metadata and every
 * removed line or span with its raw line number and the reason.
 */
export function stripChrome(text: string): {
  lines: string[];
  meta: PageMeta;
  removed: number;
  removedLines: RemovedLine[];
} {
  const lines = text.split('\n');
  const meta: PageMeta = { sites: [] };
  readMeta(lines, meta);
  if (!meta.pageTitle) meta.pageTitle = headlineAbove(lines);
  const removedLines: RemovedLine[] = [];
  const drop = (i: number, why: string) => {
    if (lines[i].trim() !== '') removedLines.push({ line: i + 1, text: lines[i].trim(), why });
  };
  // A 时间/发布时间 line marks the page header: the title sits just above it and
  // anything above the title is site banner or breadcrumbs.
  const metaLine = lines.findIndex((l) => /^(发布)?时间[:：]/.test(probeOf(l)));
  let firstKept = 0;
  if (metaLine > 0 && meta.pageTitle)
    firstKept = Math.max(
      0,
      lines.findIndex((l) => l.trim() === meta.pageTitle),
    );
  for (let i = 0; i < firstKept; i++) drop(i, 'banner above the page title');
  const kept: number[] = [];
  for (let i = firstKept; i < lines.length; i++) {
    const probe = probeOf(lines[i]);
    if (TAIL_BLOCK.test(probe) || PAYWALL.test(probe)) {
      for (let k = i; k < lines.length; k++)
        drop(k, `below "${lines[i].trim().slice(0, 12)}": the page after the document`);
      break;
    }
    if (isChromeLine(lines[i])) drop(i, 'site chrome (navigation, index table, copyright)');
    else kept.push(i);
  }
  const shape = chromeByShape(
    kept.map((i) => lines[i]),
    meta.pageTitle,
  );
  const out: string[] = [];
  kept.forEach((i, k) => {
    const why = shape.reasons.get(k);
    if (why) return drop(i, why);
    if (k === shape.titleLine) {
      // The host's file name is the only title: kept without its suffix, the suffix listed as removed.
      removedLines.push({
        line: i + 1,
        text: lines[i].trim().match(FILE_SUFFIX)?.[0].trim() ?? '',
        why: 'file-type suffix of the title',
      });
      out.push(lines[i].replace(FILE_SUFFIX, ''));
      return;
    }
    const clean = stripWatermarks(lines[i]);
    for (const span of clean.removed)
      removedLines.push({ line: i + 1, text: span, why: 'a web address inside the text (watermark)' });
    out.push(clean.text);
  });
  removedLines.sort((a, b) => a.line - b.line);
  return { lines: out, meta, removed: removedLines.length, removedLines };
}
