// The SVG download: the chart with its title, subtitle, key and source drawn
// in, and its own stylesheet, so the file reads correctly on its own. Its
// colours are fixed (light, or dark when asked): they never follow the
// viewer's system scheme.
import type { ChartDef } from './types.ts';
import { FONT_STACK, tokenOf } from './palette.ts';
import { tokenCss } from './css.ts';
import { escapeXml, swatchMarkup, xmlSafe } from './legend.ts';
import { renderSvgElement } from './render.ts';
import type { RenderOpts } from './render.ts';
import { textWidth } from './text.ts';
import { TABULAR_NUMS_CLASS } from './svg-post.ts';

const PAD = 16;

/**
 * The stylesheets of the SVG downloads, one per colour mode: fixed colours,
 * never the viewer's system scheme. They are the same for every chart, so the
 * CSP of /charts/* (dist/_headers, src/core/csp.ts) allows exactly them
 * by their hashes: a file opened at its own address renders without tripping
 * the policy.
 */
export const STANDALONE_STYLES = Object.fromEntries(
  (['light', 'dark'] as const).map((mode) => [
    mode,
    `${tokenCss(mode)}
svg.atlas-standalone { color: var(--atlas-ink); background: var(--atlas-bg); }
.atlas-subtitle, .atlas-source { fill: var(--atlas-muted); }
.atlas-chart text { white-space: pre; }
.${TABULAR_NUMS_CLASS} { font-variant-numeric: tabular-nums; }`,
  ]),
) as Record<'light' | 'dark', string>;

/** Greedy line breaking by estimated width (CJK breaks anywhere, Latin at spaces). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // As browsers break Chinese: a line never starts with closing punctuation (，。、）…)
  // nor ends with an opening one (（「), so those stay glued to their neighbour.
  const tokens =
    text.match(/[A-Za-z0-9@&'’“”.,:;()/+\-–%]+\s*|\s+|[（「『《〈“]*.[，。、；：？！）」』》〉”…·]*/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth(line + token.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface StandaloneOpts extends RenderOpts {
  /** Absolute URL of the page the chart lives on, for the credit line. */
  pageUrl?: string;
}

export function renderStandaloneSvg(def: ChartDef, opts: StandaloneOpts): string {
  const { lang, width } = opts;
  const inner = width - 2 * PAD;
  const chart = renderSvgElement(def, { ...opts, width: inner });
  const chartHeight = Number(chart.getAttribute('height'));
  const parts: string[] = [];
  let y = PAD;
  const line = (text: string, size: number, cls: string, weight = 400) => {
    y += size * 1.25;
    parts.push(
      `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" class="${cls}">${escapeXml(text)}</text>`,
    );
  };
  for (const l of wrapText(def.title[lang], inner, 18)) line(l, 18, 'atlas-title', 700);
  y += 4;
  for (const l of wrapText(def.subtitle[lang], inner, 13)) line(l, 13, 'atlas-subtitle');
  y += 8;
  // Key: swatches flow left to right, wrapping.
  let x = PAD;
  const legendRow = 20;
  if (def.legend?.length) {
    y += legendRow / 2;
    for (const item of def.legend) {
      const label = item.label[lang];
      const w = 20 + textWidth(label, 12) + 14;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += legendRow;
      }
      parts.push(swatchMarkup(item, x + 7, y, { dark: opts.dark }));
      parts.push(`<text x="${x + 20}" y="${y + 4}" font-size="12">${escapeXml(label)}</text>`);
      x += w;
    }
    y += legendRow / 2 + 6;
  }
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', y.toFixed(1));
  parts.push(chart.outerHTML);
  y += chartHeight + 6;
  const credit = opts.pageUrl ? `${def.source[lang]} · ${opts.pageUrl}` : def.source[lang];
  for (const l of wrapText(credit, inner, 11)) line(l, 11, 'atlas-source');
  const height = Math.ceil(y + PAD);
  const mode = opts.dark ? 'dark' : 'light';
  // xmlSafe over the whole file: the chart's own markup (aria-label, titles) comes from the DOM serialiser.
  return xmlSafe(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" class="atlas-standalone" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${escapeXml(FONT_STACK[lang])}" color="${tokenOf('ink')[mode]}" fill="currentColor" role="img" aria-label="${escapeXml(def.alt[lang])}">` +
      `<title>${escapeXml(def.title[lang])}</title><desc>${escapeXml(def.alt[lang])}</desc>` +
      `<style>${STANDALONE_STYLES[mode]}</style>` +
      `<rect class="atlas-fill-bg" width="100%" height="100%" fill="${tokenOf('bg')[mode]}"/>` +
      parts.join('') +
      `</svg>\n`,
  );
}
