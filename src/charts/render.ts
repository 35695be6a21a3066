// Build-time rendering: ChartDef → SVG string, with Plot running on a linkedom
// document. Same definition and options give byte-identical output.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartDef, ChartRow, PlotOpts } from './types.ts';
import { FONT_SIZE, FONT_STACK } from './palette.ts';
import {
  addA11y,
  addHatch,
  fontVariantsToClasses,
  stableIds,
  stripPlotStyle,
  titlesToTips,
  tokensToClasses,
} from './svg-post.ts';

export interface RenderOpts extends PlotOpts {
  /**
   * Set when the same chart appears more than once on a page at the same
   * width; ids inside the SVG are prefixed with it.
   */
  idSuffix?: string;
}

export function idPrefix(def: { id: string }, opts: RenderOpts): string {
  return [def.id, `w${opts.width}`, opts.dark ? 'dark' : '', opts.idSuffix ?? ''].filter(Boolean).join('-');
}

/** The plot's own <svg> element, post-processed (not serialised). */
export function renderSvgElement<Row extends ChartRow>(def: ChartDef<Row>, opts: RenderOpts): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const spec = def.plot(def.rows, opts);
  const node = Plot.plot({
    ...spec,
    width: opts.width,
    document: document as unknown as Document,
  }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(`chart ${def.id}: Plot returned <${node.tagName}>; keep legends and captions out of the spec`);
  }
  const prefix = idPrefix(def, opts);
  stripPlotStyle(node);
  fontVariantsToClasses(node);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  node.setAttribute('font-family', FONT_STACK[opts.lang]);
  node.setAttribute('font-size', String(FONT_SIZE));
  node.setAttribute('data-chart', def.id);
  titlesToTips(node);
  stableIds(node, prefix);
  addHatch(node, prefix);
  tokensToClasses(node, Boolean(opts.dark));
  addA11y(node, def.title[opts.lang], def.alt[opts.lang], prefix);
  return node;
}

/** The chart as an inline SVG string for a page or an embed. */
export function renderSvg<Row extends ChartRow>(def: ChartDef<Row>, opts: RenderOpts): string {
  return renderSvgElement(def, opts).outerHTML;
}
