// Text measuring without a browser: Plot does not size margins for CJK labels,
// so charts estimate label widths themselves (a CJK character is one em wide;
// Latin by rough class: capitals and digits wider than lower case).
import { FONT_SIZE } from './palette.ts';

const WIDE =
  /[\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u25a0-\u25ff]/u;

export function charWidth(ch: string, fontSize = FONT_SIZE): number {
  if (WIDE.test(ch)) return fontSize;
  // Sized for wide fallback fonts (DejaVu Sans): better an ellipsis than a clipped label.
  if (ch === ' ') return 0.32 * fontSize;
  if (/[A-Z0-9%&@mw]/.test(ch)) return 0.7 * fontSize;
  if (/[iljtf.,:;'’()|!]/.test(ch)) return 0.34 * fontSize;
  return 0.6 * fontSize;
}

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/** Shorten a label to fit `maxWidth` pixels, ending with an ellipsis. */
export function fitLabel(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = '…';
  let out = '';
  let w = charWidth(ellipsis, fontSize);
  for (const ch of text) {
    const cw = charWidth(ch, fontSize);
    if (w + cw > maxWidth) break;
    out += ch;
    w += cw;
  }
  return out + ellipsis;
}

/** Widest label in pixels, for margins. */
export function widest(labels: Iterable<string>, fontSize = FONT_SIZE): number {
  let max = 0;
  for (const label of labels) max = Math.max(max, textWidth(label, fontSize));
  return max;
}

/** Chinese set vertically: one character per line (how CJK column heads are written). */
export function stackChars(text: string): string {
  return [...text].join('\n');
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** 0.1234 → "12.3%" */
export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}
