// Markup in a built page that would run code or break the Content-Security-
// Policy. Two kinds: `code` (an event-handler attribute, a javascript: /
// vbscript: / data:text/html address, a <script> element that is not one of
// the site's own bundles, an <object>, <embed>, <base> or refresh: text,
// frontmatter or a raw file turned into something executable; an inline
// script is one too) and `csp` (a <style> element or a style="" attribute: the CSP blocks
// them, so the page would not look or work as built).
import { decodeEntities } from './html-text.ts';

export interface UnsafeMarkup {
  kind: 'code' | 'csp';
  what: string;
  /** The offending tag, shortened. */
  excerpt: string;
}

// A tag: its name, then anything up to the first > outside quotes.
const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/g;
// Attributes worth parsing: a handler, a style, or a value that could hide a scheme.
const SUSPECT = /\son[a-z]|\sstyle|script|data:text|&/i;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']);
const BAD_SCHEME = /^(?:javascript|vbscript|data:text\/html)/i;
const JS_TYPES = /^(?:|text\/javascript|application\/javascript|module)$/i;
/** The site's own scripts: Vite's bundles under /_astro/ (below the site's base path, if any). */
const OWN_SCRIPT = /^(?:\/[^/?#\s"'<>]+)*\/_astro\/[\w.-]+\.m?js$/;
/** Script types a browser does not run (JSON data). */
const DATA_TYPES = /^application\/(?:ld\+)?json$/i;
/** Elements no page of the site uses, each a way to run or load code. */
const NEVER = new Set(['object', 'embed', 'base', 'applet', 'frame', 'frameset']);
// Without one of these a page cannot hold executable markup: a handler
// attribute, a scheme, or a letter written as a character reference.
const CODE_HINT =
  /\son[a-z]+\s*=|script\s*:|data:text|<script\b|<(?:object|embed|base|applet|frame|meta)\b|&#(?:x0*[4-7][0-9a-f]|0*(?:6[5-9]|[7-9]\d|1[01]\d|12[0-2]));|&(?:colon|tab|newline);/i;

function shorten(tag: string): string {
  return tag.length > 160 ? `${tag.slice(0, 157)}…` : tag;
}

/** The address a browser would see: entities decoded, control characters and spaces dropped. */
function normalisedUrl(value: string): string {
  return decodeEntities(value).replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** `codeOnly`: look only for markup that runs code (fast: most pages are skipped by one regex test). */
export function findUnsafeMarkup(html: string, { codeOnly = false } = {}): UnsafeMarkup[] {
  if (codeOnly && !CODE_HINT.test(html)) return [];
  const found: UnsafeMarkup[] = [];
  for (const m of html.matchAll(TAG)) {
    const [, rawTag = '', attrs = ''] = m;
    const tag = rawTag.toLowerCase();
    let src = '';
    let type = '';
    let refresh = false;
    if (NEVER.has(tag)) {
      found.push({ kind: 'code', what: `<${tag}> element`, excerpt: shorten(m[0]) });
      continue;
    }
    if (tag !== 'script' && tag !== 'style' && tag !== 'meta' && !SUSPECT.test(attrs)) continue;
    for (const a of attrs.matchAll(ATTR)) {
      const [, attr = '', double, single, bare] = a;
      const name = attr.toLowerCase();
      const value = double ?? single ?? bare ?? '';
      if (/^on[a-z]+$/.test(name))
        found.push({ kind: 'code', what: `event handler ${name}="…" on <${tag}>`, excerpt: shorten(m[0]) });
      if (URL_ATTRS.has(name) && BAD_SCHEME.test(normalisedUrl(value))) {
        found.push({ kind: 'code', what: `executable address in ${name} on <${tag}>`, excerpt: shorten(m[0]) });
      }
      if (name === 'src') src = value.trim();
      if (name === 'type') type = value.trim();
      if (name === 'http-equiv' && value.trim().toLowerCase() === 'refresh') refresh = true;
      if (codeOnly) continue;
      if (name === 'style') found.push({ kind: 'csp', what: `style attribute on <${tag}>`, excerpt: shorten(m[0]) });
    }
    if (refresh)
      found.push({ kind: 'code', what: 'a refresh <meta> (it can navigate anywhere)', excerpt: shorten(m[0]) });
    if (tag === 'script' && !DATA_TYPES.test(type) && !(src && OWN_SCRIPT.test(src) && JS_TYPES.test(type))) {
      const what = src ? `<script src="${src}">, not one of the site's bundles` : 'a <script> element with code in it';
      found.push({ kind: 'code', what, excerpt: shorten(html.slice(m.index, m.index + 160)) });
    }
    if (codeOnly) continue;
    if (tag === 'style') found.push({ kind: 'csp', what: '<style> element', excerpt: shorten(m[0]) });
  }
  return found;
}
