// Chart keys as small SVG swatches, drawn the way Plot draws the marks (same
// d3 symbols, same colour tokens), for the page legend and standalone SVGs.
import { escapeHtml } from '../core/html.ts';
import {
  symbol as d3symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';
import type { SymbolType } from 'd3';
import { tokenOf } from './palette.ts';
import type { LegendItem } from './types.ts';

const SYMBOLS: Record<string, SymbolType> = {
  circle: symbolCircle,
  cross: symbolCross,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  triangle: symbolTriangle,
  wye: symbolWye,
};

/** The path Plot draws for a dot of radius r with this symbol. */
export function symbolPath(name: string, r: number): string {
  const type = SYMBOLS[name];
  if (!type) throw new Error(`unknown symbol ${name}`);
  return d3symbol(type, Math.PI * r * r)() ?? '';
}

// Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than
// tab/newline/return, U+FFFE/U+FFFF, and unpaired surrogates. The corpus
// reader refuses them in curated text; here they become U+FFFD so an SVG
// download stays well-formed XML whatever text reaches it.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML cannot hold replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** SVG text and attributes: XML-safe, then the site's one escaper (&#39; is valid XML). */
export function escapeXml(text: string): string {
  return escapeHtml(xmlSafe(text));
}

/**
 * The inner markup of a 14×14 swatch centred at (cx, cy): a symbol, a block
 * of colour, or the hatched redacted marker.
 */
export function swatchMarkup(item: LegendItem, cx: number, cy: number, opts: { dark?: boolean } = {}): string {
  const token = tokenOf(item.color);
  const value = opts.dark ? token.dark : token.light;
  if (item.redacted) {
    // Hatched by hand (no pattern id, so swatches never clash on a page).
    const x0 = cx - 7,
      y0 = cy - 5;
    const lines = `M${x0},${y0 + 4}L${x0 + 4},${y0}M${x0},${y0 + 10}L${x0 + 10},${y0}M${x0 + 6},${y0 + 10}L${x0 + 14},${y0 + 2}`;
    const redacted = tokenOf('redacted');
    const hatch = tokenOf('hatch').light;
    const back = opts.dark ? redacted.dark : redacted.light;
    return (
      `<rect class="atlas-fill-redacted atlas-stroke-hatch" x="${x0}" y="${y0}" width="14" height="10" fill="${back}" stroke="${hatch}"/>` +
      `<path class="atlas-stroke-hatch" d="${lines}" fill="none" stroke="${hatch}" stroke-width="1.5"/>`
    );
  }
  const paint = item.hollow
    ? `fill="none" stroke="${value}" stroke-width="1.5" class="atlas-stroke-${item.color}"`
    : `fill="${value}" class="atlas-fill-${item.color}"`;
  if (!item.symbol) return `<rect x="${cx - 6}" y="${cy - 6}" width="12" height="12" ${paint}/>`;
  return `<path transform="translate(${cx},${cy})" d="${symbolPath(item.symbol, 5)}" ${paint}/>`;
}

/** A self-contained inline SVG swatch for an HTML legend. */
export function swatchSvg(item: LegendItem): string {
  return `<svg class="atlas-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${swatchMarkup(item, 8, 8)}</svg>`;
}
