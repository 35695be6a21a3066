// Splits a curated report body into paragraphs with their offsets: blocks
// separated by blank lines; Markdown headings (## / ### / ####) become
// heading paragraphs of level 1-3; a block holding only the gap marker is a gap.
import { GAP_MARK, type Paragraph } from '../types.ts';

const HEADING = /^(#{2,4})\s+/;

export function parseParagraphs(body: string, report: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blockRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of body.matchAll(blockRe)) {
    const raw = m[0];
    if (raw.trim() === '') continue;
    const lead = raw.length - raw.trimStart().length;
    let start = m.index + lead;
    let text = raw.trim();
    const end = start + text.length;
    const h = HEADING.exec(text);
    if (h) {
      const [mark, hashes = ''] = h;
      start += mark.length;
      text = text.slice(mark.length);
      paragraphs.push({ report, n: paragraphs.length, kind: 'heading', level: hashes.length - 1, text, start, end });
    } else if (text === GAP_MARK) {
      paragraphs.push({ report, n: paragraphs.length, kind: 'gap', text, start, end });
    } else {
      paragraphs.push({ report, n: paragraphs.length, kind: 'text', text, start, end });
    }
  }
  return paragraphs;
}
