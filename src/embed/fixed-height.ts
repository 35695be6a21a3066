// Heights for the fixed-height snippet (sites that strip scripts), per
// article column width, the way Datawrapper offers a height per width: a
// chart with its credit line needs more height in a narrow column (text
// wraps, the chart is drawn from a narrower rendering). The snippet takes the
// largest over the common widths, so its credit shows in any of them; the
// page lists the height for each width for a journalist who knows theirs.
import type { ChartDef } from '../charts/types.ts';
import { estimateEmbedHeight, type RenderedSizes } from './height.ts';

/** Common article column widths (px), phone to desktop; 640 is the responsive snippet's own. */
export const ARTICLE_WIDTHS = [320, 480, 640, 720] as const;
/** Room for fonts wider than the estimate's. */
const SLACK = 16;

export interface WidthHeight {
  width: number;
  height: number;
}

export function heightsPerWidth(
  def: Pick<ChartDef, 'title' | 'subtitle' | 'source' | 'legend'>,
  sizes: RenderedSizes,
): WidthHeight[] {
  return ARTICLE_WIDTHS.map((width) => ({ width, height: estimateEmbedHeight(def, sizes, width) + SLACK }));
}

/** One height that fits the chart and its credit at every common width. */
export function fixedSnippetHeight(perWidth: WidthHeight[]): number {
  return Math.max(...perWidth.map((w) => w.height));
}
