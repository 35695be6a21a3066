// A social card (1200 × 630, what WeChat, Weibo, X and Facebook show for a
// shared link) as SVG: kind of page, title, up to three lines of facts, the
// site's name and the data version. Light colours, one font family (the
// CJK font the rasteriser loads), text wrapped with the charts' own width
// estimates so nothing runs off the card.
import { wrapText } from '../charts/standalone.ts';
import { escapeXml } from '../charts/legend.ts';
import { TOKENS } from '../charts/palette.ts';
import { drawableText } from './glyphs.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Noto Sans SC';
/** Cards are laid out at 1200 × 630 and drawn at 2/3 of that: small, quick, above every network's minimum. */
export const CARD_SCALE = 2 / 3;
export const CARD_PIXELS = { width: Math.round(CARD_WIDTH * CARD_SCALE), height: Math.round(CARD_HEIGHT * CARD_SCALE) };

export interface CardContent {
  /** What kind of page: 报告 · 指标 · 对比 · 图表. */
  kicker: string;
  title: string;
  /** Short facts, one per line (the first three are drawn). */
  lines: string[];
  /** Footer, e.g. 区域科技政策图鉴 · 数据版本 1.1.0. */
  footer: string;
  /** A chart drawn in the card's lower part (an <svg> element string), optional. */
  chartSvg?: string;
}

const PAD = 64;
const INNER = CARD_WIDTH - 2 * PAD;
// The width estimate is the charts' (a UI font); Noto's full-width quotes run wider: wrap short of the edge.
const WRAP = INNER * 0.88;

/** At most `max` lines; the last one ends in … when text is cut. */
function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept.pop() ?? '';
  return [...kept, `${last.replace(/.$/u, '')}…`];
}

/** The card's text with what no card font can draw as □ (src/cards/glyphs.ts; the build names the report). */
function drawableContent(c: CardContent): CardContent {
  return {
    ...c,
    kicker: drawableText(c.kicker),
    title: drawableText(c.title),
    lines: c.lines.map(drawableText),
    footer: drawableText(c.footer),
  };
}

/** A palette colour (light scheme: cards are images); TOKENS is keyed by string, so a renamed token fails here by name. */
function light(token: string): string {
  const colour = TOKENS[token]?.light;
  if (colour === undefined) throw new Error(`social cards: no colour token "${token}" in src/charts/palette.ts`);
  return colour;
}

export function cardSvg(content: CardContent): string {
  const c = drawableContent(content);
  const ink = light('ink');
  const muted = light('muted');
  const accent = TOKENS['kind-actual']?.light ?? ink;
  const parts: string[] = [];
  let y = PAD + 28;
  parts.push(
    `<text x="${PAD}" y="${y}" font-size="28" fill="${accent}" font-weight="700">${escapeXml(c.kicker)}</text>`,
  );
  y += 30;
  const titleSize = c.chartSvg ? 44 : 56;
  for (const line of clamp(wrapText(c.title, WRAP, titleSize), c.chartSvg ? 2 : 3)) {
    y += titleSize * 1.25;
    parts.push(
      `<text x="${PAD}" y="${y.toFixed(0)}" font-size="${titleSize}" font-weight="700" fill="${ink}">${escapeXml(line)}</text>`,
    );
  }
  y += 20;
  if (c.chartSvg) {
    const top = y;
    const height = CARD_HEIGHT - PAD - 40 - top;
    parts.push(
      c.chartSvg.replace(
        /^<svg\b/,
        `<svg x="${PAD}" y="${top.toFixed(0)}" width="${INNER}" height="${height.toFixed(0)}" preserveAspectRatio="xMinYMin meet"`,
      ),
    );
  } else {
    for (const fact of c.lines.slice(0, 3)) {
      for (const line of clamp(wrapText(fact, WRAP, 32), 2)) {
        y += 46;
        parts.push(`<text x="${PAD}" y="${y.toFixed(0)}" font-size="32" fill="${muted}">${escapeXml(line)}</text>`);
      }
    }
  }
  parts.push(`<rect x="0" y="${CARD_HEIGHT - 12}" width="${CARD_WIDTH}" height="12" fill="${accent}"/>`);
  parts.push(
    `<text x="${PAD}" y="${CARD_HEIGHT - PAD + 10}" font-size="26" fill="${muted}">${escapeXml(c.footer)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT}">` +
    `<rect width="100%" height="100%" fill="${light('bg')}"/>` +
    parts.join('') +
    `</svg>`
  );
}
