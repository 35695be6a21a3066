// Watermarks that document-sharing sites insert inside paragraphs: a
// bracketed site name with its address (【某某文库 www.x.com】), or a
// "visit …" phrase running from the last sentence end to an address. The
// sentence around them is kept; each removed span is reported.
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

export function stripWatermarks(line: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const take = (m: string) => {
    removed.push(m.trim());
    return '';
  };
  let text = line.replace(BRACKETED, take);
  // Only inside prose: a line that is nothing but an address is handled as a chrome line.
  if (/[。；！？]/.test(text)) text = text.replace(RUN_TO_URL, take);
  return { text, removed };
}
