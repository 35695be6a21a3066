// Just enough HTML reading for build-time checks over thousands of pages:
// find elements by id with one regex pass, cut an element's inner HTML by
// counting its nested same-name tags, and read the text a reader sees.
// Astro writes well-formed HTML with double-quoted attributes, which is what
// makes a scanner this small safe here; it is not a general HTML parser.

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export interface ElementAt {
  tag: string;
  /** Offset just past the opening tag's `>`. */
  openEnd: number;
}

/** Every element with an id, by id (the first one wins, as in getElementById). */
export function indexIds(html: string): Map<string, ElementAt> {
  const ids = new Map<string, ElementAt>();
  const re = /<([a-zA-Z][\w-]*)\b[^>]*?\sid="([^"]*)"[^>]*>/g;
  for (const m of html.matchAll(re)) {
    const [whole, tag = '', id = ''] = m;
    if (!ids.has(id)) ids.set(id, { tag: tag.toLowerCase(), openEnd: m.index + whole.length });
  }
  return ids;
}

/** The inner HTML of the element that opens at `at`, up to its matching close tag. */
export function innerHtml(html: string, at: ElementAt): string {
  if (VOID.has(at.tag)) return '';
  const re = new RegExp(`<(/?)${at.tag}\\b[^>]*>`, 'gi');
  re.lastIndex = at.openEnd;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].endsWith('/>')) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(at.openEnd, m.index);
  }
  return html.slice(at.openEnd);
}

import { decodeEntities } from '../core/html.ts';

export { decodeEntities };

/** Elements whose text is an aid added by the page, not the report's words. */
export type SkipRule = (tag: string, attrs: string) => boolean;

export const skipAids: SkipRule = (tag, attrs) =>
  tag === 'script' ||
  tag === 'style' ||
  tag === 'template' ||
  /\shidden(?:[\s=>]|$)/.test(attrs) ||
  /\sclass="[^"]*\b(?:visually-hidden|para-link|para-continues)\b[^"]*"/.test(attrs);

/** The text of an HTML fragment, leaving out elements `skip` names; entities decoded. */
export function visibleText(fragment: string, skip: SkipRule = skipAids): string {
  let out = '';
  let skipping = 0; // depth inside a skipped element
  const stack: boolean[] = []; // per open element: was it (or an ancestor) skipped
  const re = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|<!--[\s\S]*?-->/g;
  let at = 0;
  for (const m of fragment.matchAll(re)) {
    if (!skipping) out += fragment.slice(at, m.index);
    const [whole, close, name, attrs = ''] = m;
    at = m.index + whole.length;
    if (!name) continue; // comment
    const tag = name.toLowerCase();
    if (close) {
      if (VOID.has(tag)) continue;
      const wasSkipped = stack.pop();
      if (wasSkipped) skipping -= 1;
      continue;
    }
    if (VOID.has(tag) || attrs.endsWith('/')) continue;
    const skipped = skip(tag, attrs);
    stack.push(skipped);
    if (skipped) skipping += 1;
  }
  if (!skipping) out += fragment.slice(at);
  return decodeEntities(out);
}

/** Whitespace collapsed to single spaces and trimmed, so text compares across line breaks. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
