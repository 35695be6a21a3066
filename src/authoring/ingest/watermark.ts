// Watermarks that document-sharing sites insert inside paragraphs: a
// bracketed site name with its address (【某某文库 www.x.com】), a "visit …"
// phrase running from the last sentence end to an address, and the same
// without an address: a bracketed document-site name (【某某文库】) or a site
// name with its slogan (某某范文，精品公文资料免费下载). The sentence around them
// is kept; each removed span is reported with why.
import { URL } from './chrome-shape.ts';

const BRACKETED = new RegExp(
  `[【\\[［(（][^】\\]］)）\\n]{0,30}?${URL.source}[^】\\]］)）\\n]{0,10}[】\\]］)）]`,
  'gi',
);
/** From the last sentence end (or the line start) to an address and the spaces after it. */
const RUN_TO_URL = new RegExp(
  `(?<=^|[。；！？;!?])[^。；！？;!?\\n]{0,40}?${URL.source}\\s*(?:下载|阅读|查看|获取)?\\s*`,
  'gi',
);
/** What a document-sharing site calls itself: 某某文库, 某某范文网, 某某文秘, 某某公文网. */
const SITE = '[\\u4e00-\\u9fff]{2,6}(?:文库|范文网?|文秘网?|公文网|文档网|文章网|资料网)';
/** 【某某文库】 inside a paragraph. */
const BRACKETED_SITE = new RegExp(`[【\\[［]\\s*${SITE}[^】\\]］\\n]{0,12}[】\\]］]`, 'g');
/** 某某范文，精品公文资料免费下载: a site name with its slogan, up to the next sentence end. */
const SITE_SLOGAN = new RegExp(
  `(?<=^|[。；！？;!?\\s])${SITE}[，,、·\\s]{0,3}(?:海量|免费|精品|专业|优质|原创|最新)[^。；！？\\n]{0,30}?(?:资料|素材|范文|文档|下载|大全)(?:[^。；！？\\n]{0,12}?(?:下载|阅读|获取))?[，,。\\s]*`,
  'g',
);

export interface WatermarkSpan {
  text: string;
  why: string;
}

export function stripWatermarks(line: string): { text: string; removed: WatermarkSpan[] } {
  const removed: WatermarkSpan[] = [];
  const take = (why: string) => (m: string) => {
    removed.push({ text: m.trim(), why });
    return '';
  };
  const address = take('a web address inside the text (watermark)');
  let text = line.replace(BRACKETED, address);
  // Only inside prose: a line that is nothing but an address is handled as a chrome line.
  if (/[。；！？]/.test(text)) text = text.replace(RUN_TO_URL, address);
  text = text
    .replace(BRACKETED_SITE, take('a document-sharing site name inside the text (watermark)'))
    .replace(SITE_SLOGAN, take("a document-sharing site's name and slogan inside the text (watermark)"));
  return { text, removed };
}
