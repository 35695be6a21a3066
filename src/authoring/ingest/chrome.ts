// Site chrome: the parts of a scraped page that are not the report (navigation,
// ads, copyright, comment boxes, aggregator blurbs, index tables). Lines are
// matched on a normalised probe (pinyin annotations out, simplified, no spaces)
// so traditional-character pages are recognised too. What the chrome says about
// the source (publication date, site, issuer) is kept as metadata.
import { itemAt } from '../../pipeline/lists.ts';
import { chromeByShape, headlineAbove, PAYWALL, type RemovedLine } from './chrome-shape.ts';
import { isFieldRow, originValues, splitFieldTail } from './page-fields.ts';
import { joinBrokenLines } from './breaks.ts';
import { stripPinyinAnnotations, toSimplified } from './traditional.ts';
import { FILE_DATE, FILE_SUFFIX } from './title-words.ts';
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
  /**
   * What the page's own fields say about who published the text (来源：…,
   * 信息来源：某某县科学技术局, 所属机构 …), each with its raw line: evidence for
   * the region, kept although the lines are removed as chrome.
   */
  origins: { line: number; text: string }[];
}

/** Lines that are chrome wherever they appear. */
const LINE_PATTERNS: RegExp[] = [
  /^推荐访问[:：]/,
  /^上一[条篇页][:：]/,
  /^下一[条篇页][:：]/,
  /^与我们联系$/,
  /copyright|©|版权所有/i,
  /^•?(联系电话|电话|传真|邮箱|地址)[:：]/,
  // Document-sharing sites: 《…》由会员分享，可在线阅读…请在某某文库上搜索。 (8页珍藏版)
  /由会员分享|请在\S{0,16}上搜索|\d+页珍藏版/,
  /^[[【(（]?责任编辑[:：]?\S{0,20}[\]】)）]?$/,
  /^关键词[:：]/,
  /^[(（]?资料图片[)）]?$/,
  /^(相关新闻|相关阅读|相关链接|延伸阅读)$/,
  /^扫一扫/,
  /^字体[:：]?【?大中小】?/,
  /^(当前位置|您当前的位置|当前的位置)[:：]/,
  // Download buttons and file-type icons under a document: W DOC PPT 下载 …
  /^(?:[[【(（]?(?:word|ppt|pptx|pdf|docx?|wps|xlsx?|txt|W|P)[\]】)）]?(?:格式|文档|版|图标|文件)?(?:下载|预览|打开)?[|｜/、·•]*)+$/i,
  /^(?:下载|预览|收藏|举报|分享|打印)(?:[|｜/、·•]*(?:下载|预览|收藏|举报|分享|打印|文档|word|ppt|pdf))+$/i,
  /^下面是小编为大家整理的/,
  // Template sites' blurb around a model text: 以下是小编为大家整理的…，仅供参考，欢迎大家阅读。
  /(?:以下|下面)是?小编.{0,10}整理|仅供参考[，,]?欢迎(?:大家)?(?:阅读|参考|借鉴)|希望(?:对你|对大家|能)(?:有所)?帮助/,
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
const TAIL_BLOCK = /^(温馨提示|最新文档|相关文档|相关推荐|猜你喜欢|热门文档|版权与免责声明|免责声明|版权声明)[:：]?$/;

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

/** A date as YYYY-MM-DD, from 2024-02-06, 2024/2/6 or 2024年2月6日. */
function isoDate(probe: string): string | undefined {
  const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(probe);
  if (!m) return undefined;
  const [, year = '', month = '', day = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function readMeta(lines: string[], meta: PageMeta): void {
  lines.forEach((line, i) => {
    const probe = probeOf(line);
    const labelled = /(?:发布时间|更新时间|时间|成文日期|发布日期)[:：|]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/.exec(
      probe,
    );
    const date = labelled ? isoDate(labelled[1] ?? '') : /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(probe)?.[1];
    if (date && !meta.published) {
      meta.published = date;
      // A row of page fields (来源：… 时间：…) sits just under the page title.
      if (isFieldRow(line.trim())) {
        const prev = lines
          .slice(0, i)
          .reverse()
          .find((l) => l.trim() !== '');
        if (prev && !isChromeLine(prev) && !isFieldRow(prev.trim())) meta.pageTitle = prev.trim();
      }
      const glued = splitFieldTail(line.trim());
      if (glued && !meta.pageTitle) meta.pageTitle = glued.head;
    }
    const source = /来源[:：]([^|:：]+?)(?:发布开发区|$)/.exec(probe);
    if (source && !meta.source && !/^信息来源/.test(probe)) meta.source = source[1];
    const publisher = /发布机构\|([^|]+)\|/.exec(probe);
    if (publisher) meta.publisher = publisher[1];
    const indexNo = /索引号\|([^|]+)\|/.exec(probe);
    if (indexNo) meta.indexNo = indexNo[1];
    const site = /版权所有[:：]?(\S+)$/.exec(probe) ?? /^\d+\.(\S{2,8}网)仅提供/.exec(probe.replace(/^-/, ''));
    const siteName = site?.[1];
    if (siteName && !meta.sites.includes(siteName)) meta.sites.push(siteName);
    for (const origin of originValues(toSimplified(stripPinyinAnnotations(line).text)))
      meta.origins.push({ line: i + 1, text: origin });
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
  /** The raw line number (1-based) of each kept line. */
  lineNumbers: number[];
  meta: PageMeta;
  removed: number;
  removedLines: RemovedLine[];
} {
  const lines = text.split('\n');
  const meta: PageMeta = { sites: [], origins: [] };
  readMeta(lines, meta);
  const removedLines: RemovedLine[] = [];
  // A headline with the page's fields glued after it: the fields go, the headline stays.
  lines.forEach((line, i) => {
    const glued = splitFieldTail(line);
    if (!glued || isFieldRow(line.trim())) return;
    removedLines.push({ line: i + 1, text: glued.tail, why: 'page fields after the headline (source, date, counter)' });
    lines[i] = glued.head;
  });
  if (!meta.pageTitle) meta.pageTitle = headlineAbove(lines);
  const lineAt = (i: number) => itemAt(lines, i, 'line');
  const drop = (i: number, why: string) => {
    if (lineAt(i).trim() !== '') removedLines.push({ line: i + 1, text: lineAt(i).trim(), why });
  };
  // A row of page fields (时间：… 来源：…) marks the page header: the title sits
  // just above it and anything above the title is site banner or breadcrumbs.
  const metaLine = lines.findIndex((l) => isFieldRow(probeOf(l)) && /\d{4}[-/.年]\d{1,2}/.test(l));
  let firstKept = 0;
  if (metaLine > 0 && meta.pageTitle)
    firstKept = Math.max(
      0,
      lines.findIndex((l) => l.trim() === meta.pageTitle),
    );
  for (let i = 0; i < firstKept; i++) drop(i, 'banner above the page title');
  const kept: number[] = [];
  for (let i = firstKept; i < lines.length; i++) {
    const probe = probeOf(lineAt(i));
    if (TAIL_BLOCK.test(probe) || PAYWALL.test(probe)) {
      for (let k = i; k < lines.length; k++)
        drop(k, `below "${lineAt(i).trim().slice(0, 12)}": the page after the document`);
      break;
    }
    if (isChromeLine(lineAt(i))) drop(i, 'site chrome (navigation, index table, copyright)');
    else kept.push(i);
  }
  // Pieces of a masked title or year cut over short lines (XXX / 市20 / XX / 年…) are one line again.
  const pieces = joinBrokenLines(kept.map(lineAt), { shortOnly: true });
  // pieces.from[n]: the first kept line joined into pieces.lines[n].
  const joinedKept = pieces.from.map((k, n) => {
    const at = itemAt(kept, k, 'kept line');
    lines[at] = itemAt(pieces.lines, n, 'joined line');
    return at;
  });
  kept.splice(0, kept.length, ...joinedKept);
  const shape = chromeByShape(kept.map(lineAt), meta.pageTitle);
  const out: string[] = [];
  const lineNumbers: number[] = [];
  kept.forEach((i, k) => {
    const why = shape.reasons.get(k);
    if (why) return drop(i, why);
    if (k === shape.titleLine) {
      // The host's file name is the only title: kept without its suffix (and the
      // file's date, 工作总结(20230823).docx), which are listed as removed.
      const bare = lineAt(i).replace(FILE_SUFFIX, '');
      const dated = FILE_DATE.exec(bare);
      removedLines.push({
        line: i + 1,
        text: `${dated?.[0].trim() ?? ''}${lineAt(i).trim().match(FILE_SUFFIX)?.[0].trim() ?? ''}`,
        why: 'file-type suffix of the title',
      });
      out.push(dated ? bare.slice(0, dated.index) : bare);
      lineNumbers.push(i + 1);
      return;
    }
    const clean = stripWatermarks(lineAt(i));
    for (const span of clean.removed) removedLines.push({ line: i + 1, text: span.text, why: span.why });
    out.push(clean.text);
    lineNumbers.push(i + 1);
  });
  removedLines.sort((a, b) => a.line - b.line);
  return { lines: out, lineNumbers, meta, removed: removedLines.length, removedLines };
}
