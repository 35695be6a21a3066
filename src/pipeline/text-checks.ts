// What a curated text may not hold, stated once for frontmatter strings and
// report bodies: control characters (NUL included), unpaired surrogates, and
// invisible format characters (zero-width spaces, joiners, bidi controls, soft
// hyphens), which hide inside numbers (3<U+200B>0家 reads as 0 家) and names.

// C0 controls except tab/newline/carriage return, DEL, C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const FORBIDDEN = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'g');
/** Invisible characters a stripping pass removes (ingest cleans raw text with it). */
export const INVISIBLE_CHARS = new RegExp(INVISIBLE.source, 'g');

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first forbidden character as "a control character U+0000", or null. */
export function invisibleOrControl(s: string): string | null {
  if (!s.isWellFormed()) return 'an unpaired surrogate (broken UTF-16)';
  FORBIDDEN.lastIndex = 0;
  const m = FORBIDDEN.exec(s);
  if (!m) return null;
  return `${CONTROL.test(m[0]) ? 'a control character' : 'an invisible character'} ${codePoint(m[0])}`;
}

const BREAK = /[\t\n\r]/;
const BREAK_NAMES: Record<string, string> = { '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return' };

/**
 * For a one-line label (a frontmatter string, a lexicon name): the first
 * forbidden character, tab or line break as words, or null. A line break in a
 * title or a name splits CSV rows in naive readers, breaks a card's line and
 * makes two labels that look alike differ.
 */
export function labelProblem(s: string): string | null {
  const bad = invisibleOrControl(s);
  if (bad) return bad;
  const m = BREAK.exec(s);
  return m ? `${BREAK_NAMES[m[0]]} (${codePoint(m[0])})` : null;
}

/** Offset of the first forbidden character (or unpaired surrogate) in `s`, or -1. */
export function firstForbidden(s: string): number {
  if (!s.isWellFormed()) {
    for (let i = 0; i < s.length; i += 1) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i += 1;
      else if (c >= 0xd800 && c <= 0xdfff) return i;
    }
  }
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.exec(s)?.index ?? -1;
}

/** Blank once whitespace (ideographic space included) and invisible characters are trimmed. */
export function isBlank(s: string): boolean {
  return s.replace(INVISIBLE_CHARS, '').trim() === '';
}
