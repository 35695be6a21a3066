// From cleaned text to paragraphs: split where the source broke (blank lines,
// lines, or flattened spaces), or — for a stream rebuilt from fragments, which
// kept no paragraph breaks — at the enumeration marks (一、 （一） 一是 -).
// Then standalone headings are recognised and written as Markdown headings.
import { GAP_MARK } from '../../pipeline/types.ts';
import { normalizePunctuation } from './punctuation.ts';

export type SourceLayout = 'blocks' | 'lines' | 'stream';

export interface Para {
  text: string;
  kind: 'text' | 'heading' | 'gap';
  level?: 1 | 2 | 3;
}

const NUM = '[一二三四五六七八九十]+';
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** A space run that may stand for a flattened paragraph break: after a Han char or sentence end, before Han text or an opening bracket. */
const FLATTENED_BREAK = new RegExp(`(?<=[${HAN}。！？；：!?;:])[ \\t\\u3000]+(?=[${HAN}（(])`, 'g');
const ENDS_SENTENCE = /[。！？；：!?;:]$/;
/** An enumeration mark opening a paragraph: 一、 （一） (一) 一是 1. */
const OPENS_ITEM = new RegExp(`^(?:${NUM}、|[（(]${NUM}[)）]|${NUM}是|\\d{1,2}[.．、](?!\\d))`);

/**
 * A page flattened onto one line keeps its paragraph breaks as spaces: split
 * there after a sentence end, before an enumeration mark or after a marked
 * heading, never inside
 * brackets (（记者 李想）) and never between words of one sentence (本报讯 （记者…）).
 */
function splitFlattened(p: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of p.matchAll(FLATTENED_BREAK)) {
    const before = p.slice(from, m.index);
    const after = p.slice(m.index + m[0].length);
    const open = (before.match(/[（(]/g)?.length ?? 0) - (before.match(/[)）]/g)?.length ?? 0);
    // After a sentence, before an item, or after a heading (二、下阶段工作计划 下半年，…).
    const heading = OPENS_ITEM.test(before) && before.length <= 40;
    if (open > 0 || !(ENDS_SENTENCE.test(before) || OPENS_ITEM.test(after) || heading)) continue;
    pieces.push(before);
    from = m.index + m[0].length;
  }
  pieces.push(p.slice(from));
  return pieces;
}

/** Paragraph breaks for a stream with none: before 一、 / （一） / 一是 / - after a sentence end, and after a heading's words. */
export function segmentStream(text: string): string {
  let out = text
    .replace(new RegExp(`(?<=[。：；！？])(?=${NUM}、)`, 'g'), '\n\n')
    .replace(new RegExp(`(?<=[。：；！？])(?=（${NUM}）)`, 'g'), '\n\n')
    .replace(new RegExp(`(?<=。)(?=${NUM}是)`, 'g'), '\n\n')
    .replace(new RegExp(`(?<=。)(?=-[${HAN}])`, 'g'), '\n\n');
  // A level-1 heading runs on into its first item: end it at （一）, 一是 or after ：.
  out = out.replace(
    new RegExp(`(^|\\n\\n)(${NUM}、[^。\\n]{1,40}?)(：|(?=（${NUM}）)|(?=${NUM}是))`, 'g'),
    '$1$2$3\n\n',
  );
  return out;
}

const HEADING_MARKS: [RegExp, 1 | 2 | 3][] = [
  [new RegExp(`^${NUM}、`), 1],
  [new RegExp(`^（${NUM}）`), 2],
  [/^\d{1,2}[.．、](?!\d)/, 3],
];

function headingLevel(text: string): 1 | 2 | 3 | null {
  if (text.length > 40 || /[。；]/.test(text) || /[，、]$/.test(text)) return null;
  for (const [re, level] of HEADING_MARKS) if (re.test(text)) return level;
  return null;
}

/** Standalone headings: short, marked, no sentence end, and followed by content below them. */
function markHeadings(paras: Para[]): Para[] {
  return paras.map((p, i) => {
    if (p.kind !== 'text') return p;
    const level = headingLevel(p.text);
    if (level === null) return p;
    const next = paras[i + 1];
    if (!next) return p;
    const nextLevel = next.kind === 'text' ? headingLevel(next.text) : null;
    if (nextLevel !== null && nextLevel <= level) return p;
    return { ...p, kind: 'heading', level };
  });
}

/** A broken character at a paragraph's edge means text is missing there. */
function withGaps(texts: string[]): Para[] {
  const out: Para[] = [];
  for (const raw of texts) {
    let text = raw.trim();
    if (text === '') continue;
    if (text === GAP_MARK) {
      if (out.at(-1)?.kind !== 'gap') out.push({ text, kind: 'gap' });
      continue;
    }
    const lead = /^\ufffd+/.test(text);
    const tail = /\ufffd+$/.test(text);
    text = text.replace(/^\ufffd+|\ufffd+$/g, '').trim();
    if (lead && out.length > 0 && out.at(-1)?.kind !== 'gap') out.push({ text: GAP_MARK, kind: 'gap' });
    if (text) out.push({ text, kind: 'text' });
    if (tail) out.push({ text: GAP_MARK, kind: 'gap' });
  }
  return out;
}

/** Splits a report's cleaned text into paragraphs according to the source layout. */
export function toParagraphs(text: string, layout: SourceLayout): Para[] {
  let pieces: string[];
  if (layout === 'stream') {
    pieces = segmentStream(normalizePunctuation(text)).split(/\n\s*\n/);
  } else {
    const blocks =
      layout === 'blocks'
        ? text.split(/\n[ \t\u3000]*\n/).map((b) =>
            b
              .split('\n')
              .map((l) => l.trim())
              .join(''),
          )
        : text.split('\n');
    pieces = blocks.flatMap(splitFlattened).map(normalizePunctuation);
  }
  return markHeadings(withGaps(pieces));
}

/** The Markdown body: paragraphs separated by one blank line, headings as ## / ### / ####. */
export function renderBody(paras: Para[]): string {
  return (
    paras.map((p) => (p.kind === 'heading' ? `${'#'.repeat((p.level ?? 1) + 1)} ${p.text}` : p.text)).join('\n\n') +
    '\n'
  );
}

/** Cleaned text of one report → its Markdown body in corpus conventions. */
export function cleanBody(text: string, layout: SourceLayout = 'blocks'): string {
  return renderBody(toParagraphs(text, layout));
}
