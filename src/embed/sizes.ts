// Build-time sizes of a chart's renderings, for height estimates. Pages
// that already hold the SVG strings read them with rootSvgHeight; the oEmbed
// endpoint asks the chart's spec, which states its height (Plot draws the
// SVG at exactly that height), and renders only for a spec that leaves the
// height to Plot.
import { renderSvgElement } from '../charts/render.ts';
import type { ChartDef } from '../charts/types.ts';
import type { RenderedSizes } from './height.ts';
import { RENDER_WIDTHS } from './layout.ts';

/** The height attribute of the outermost <svg> of a rendering. */
export function rootSvgHeight(svg: string): number {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  if (!Number.isFinite(height) || height <= 0) throw new Error('rendering has no height');
  return height;
}

/** The height a chart is drawn at, at one width: from its spec, or by rendering it. */
function heightAt(def: ChartDef, width: number): number {
  const stated = def.plot(def.rows, { lang: 'zh', width }).height;
  if (typeof stated === 'number' && stated > 0) return stated;
  return Number(renderSvgElement(def, { lang: 'zh', width }).getAttribute('height'));
}

// Keyed by the definition object: a new dataset makes new definitions.
const memo = new WeakMap<ChartDef, RenderedSizes>();

export function renderedSizes(def: ChartDef): RenderedSizes {
  let sizes = memo.get(def);
  if (!sizes) {
    sizes = Object.fromEntries(RENDER_WIDTHS.map((width) => [width, heightAt(def, width)]));
    memo.set(def, sizes);
  }
  return sizes;
}
