// Numbered page fragments (`1、…` to `33、…`): excerpts of one document, each cut
// after a few hundred characters. They are joined back into one stream; a cut
// is a gap (text missing) only on evidence: a broken character `�` at the cut,
// or a last fragment that stops mid-sentence.
import { itemAt } from '../../pipeline/lists.ts';
import { GAP_MARK } from '../../pipeline/types.ts';
import { HALF_ANNOTATION_END, HALF_ANNOTATION_START, stripPinyinAnnotations } from './traditional.ts';

const FRAGMENT = /^(\d{1,3})、(.*)$/;
/** How a finished sentence ends (a closing bracket alone does not: `企業(yè)` ends in one). */
const SENTENCE_END = /[。！？!?；;…」』”]$/;
/** Paragraph break inside a joined stream. */
export const BREAK = '\n\n';

export interface FragmentRun {
  /** Index of the first fragment line within the lines given. */
  from: number;
  /** Index after the last fragment line. */
  to: number;
}

/** A fragment cut by the host: it stops mid-sentence or on a broken character. */
function isCut(line: string): boolean {
  const body = stripPinyinAnnotations(FRAGMENT.exec(line)?.[2] ?? line).text.trimEnd();
  return /\ufffd$/.test(body) || !SENTENCE_END.test(body);
}

/**
 * Finds a run of lines numbered 1、2、3、… in order that are page fragments,
 * not a numbered list: at least three lines, or two long ones, most of them
 * (all but the last) cut mid-sentence. A list whose items end their
 * sentences (1、积极培育…。 2、努力推进…。) is text, not fragments.
 */
export function findFragmentRun(lines: string[]): FragmentRun | null {
  for (const [i, line] of lines.entries()) {
    const m = FRAGMENT.exec(line);
    if (!m || m[1] !== '1') continue;
    let j = i + 1;
    let expect = 2;
    while (j < lines.length) {
      const n = FRAGMENT.exec(itemAt(lines, j, 'line'));
      if (!n || Number(n[1]) !== expect) break;
      expect++;
      j++;
    }
    const run = lines.slice(i, j);
    const cut = run.slice(0, -1).filter(isCut).length;
    const long = run.slice(0, -1).every((l) => l.length >= 150);
    if ((run.length >= 3 || (run.length === 2 && long)) && cut * 2 > run.length - 1) return { from: i, to: j };
  }
  return null;
}

export interface JoinResult {
  text: string;
  gaps: number;
  /** Broken characters and half annotations dropped at cuts. */
  dropped: string[];
}

/**
 * Strips the fragment numbers and joins fragments into one text. At each cut:
 * broken characters are dropped, a half pinyin annotation is dropped, and a
 * gap paragraph 「原文此处缺失」 is inserted when text is evidently missing.
 */
export function joinFragments(fragmentLines: string[]): JoinResult {
  const bodies = fragmentLines.map((l) => FRAGMENT.exec(l)?.[2] ?? l);
  const dropped: string[] = [];
  let text = '';
  let gaps = 0;
  bodies.forEach((raw, i) => {
    let body = raw.trimEnd();
    let gapBefore = false;
    const lead = /^\ufffd+/.exec(body);
    if (lead) {
      dropped.push(lead[0]);
      body = body.slice(lead[0].length);
      gapBefore = i > 0;
    }
    const half = HALF_ANNOTATION_START.exec(body);
    if (half && i > 0) {
      dropped.push(half[0]);
      body = body.slice(half[0].length);
    }
    let gapAfter = false;
    const tail = /\ufffd+$/.exec(body);
    if (tail) {
      dropped.push(tail[0]);
      body = body.slice(0, -tail[0].length);
      gapAfter = true;
    }
    const halfEnd = HALF_ANNOTATION_END.exec(body);
    if (halfEnd) {
      dropped.push(halfEnd[0]);
      body = body.slice(0, -halfEnd[0].length);
    }
    const last = i === bodies.length - 1;
    if (last && !SENTENCE_END.test(stripPinyinAnnotations(body).text.trimEnd())) gapAfter = true;
    if (gapBefore && !text.endsWith(GAP_MARK + BREAK)) {
      text += BREAK + GAP_MARK + BREAK;
      gaps++;
    }
    text += body;
    if (gapAfter) {
      text += BREAK + GAP_MARK + (last ? '' : BREAK);
      gaps++;
    }
  });
  return { text, gaps, dropped };
}
