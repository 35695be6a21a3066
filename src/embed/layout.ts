// The embed page's box sizes, in px. Embed.astro's stylesheet sets the same
// values (a browser test checks the estimate against the real page), and
// height.ts adds them up to guess a chart's height before it loads.
export const EMBED_LAYOUT = {
  pad: 12,
  title: { size: 18, line: 1.35, after: 4 },
  subtitle: { size: 14, line: 1.5, after: 10 },
  legend: { size: 13, line: 1.5, rowGap: 4, columnGap: 16, swatch: 14, swatchGap: 6, after: 8 },
  credit: { size: 12, line: 1.5, before: 8 },
  toggle: { size: 13, line: 1.5, before: 6 },
} as const;

/**
 * The renderings every chart has, as Chart.astro draws them, with the
 * container width from which charts.css shows each (a unit test keeps these
 * in step with both files), and the widest one's cap.
 */
export const RENDERINGS = [
  { width: 360, from: 0 },
  { width: 560, from: 460 },
  { width: 800, from: 680 },
] as const;
export const RENDER_WIDTHS = RENDERINGS.map((r) => r.width);
export const WIDEST_CAP = 960;

/** The rendering charts.css shows in a figure this wide, and the width it is drawn at. */
export function shownRendering(containerWidth: number): { width: number; drawnWidth: number } {
  const shown = [...RENDERINGS].reverse().find((r) => containerWidth >= r.from) ?? RENDERINGS[0];
  const isWidest = shown === RENDERINGS[RENDERINGS.length - 1];
  return { width: shown.width, drawnWidth: isWidest ? Math.min(containerWidth, WIDEST_CAP) : containerWidth };
}
