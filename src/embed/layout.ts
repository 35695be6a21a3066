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
  /** Container width (px) from which the wide rendering is shown (charts.css). */
  wideFrom: 560,
} as const;

/** The two renderings every chart has, as in Chart.astro. */
export const NARROW_WIDTH = 360;
export const WIDE_WIDTH = 760;
