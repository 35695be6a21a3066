// An estimate of the embed page's height at a given width, before any script
// runs: the fixed-height snippet and oEmbed use it, the resize script then
// corrects it. Text lines are counted with the charts' own width estimates.
import { wrapText } from '../charts/standalone.ts';
import { textWidth } from '../charts/text.ts';
import type { ChartDef } from '../charts/types.ts';
import { EMBED_WIDTH } from './constants.ts';
import { EMBED_LAYOUT as L, shownRendering } from './layout.ts';
import { creditText } from './credit.ts';

/** Height (px) of each rendering at its own width, keyed by that width. */
export type RenderedSizes = Record<number, number>;

const lines = (text: string, width: number, size: number) => Math.max(1, wrapText(text, width, size).length);

export function legendRows(labels: string[], width: number): number {
  if (labels.length === 0) return 0;
  // A key that nearly fills the row wraps in a narrow frame (a scrollbar, wider
  // fallback fonts): count it as wrapping, better a frame a row too tall.
  width -= 16;
  let rows = 1;
  let x = 0;
  for (const label of labels) {
    const w = L.legend.swatch + L.legend.swatchGap + textWidth(label, L.legend.size);
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w + L.legend.columnGap;
  }
  return rows;
}

export function estimateEmbedHeight(
  def: Pick<ChartDef, 'title' | 'subtitle' | 'source' | 'legend'>,
  sizes: RenderedSizes,
  width = EMBED_WIDTH,
): number {
  const inner = width - 2 * L.pad;
  const lang = 'zh';
  const rows = legendRows(
    (def.legend ?? []).map((item) => item.label[lang]),
    inner,
  );
  const shown = shownRendering(inner);
  const drawn = sizes[shown.width];
  if (drawn === undefined) throw new Error(`no ${shown.width}px rendering to estimate the embed height from`);
  const chart = (drawn * shown.drawnWidth) / shown.width;
  const height =
    2 * L.pad +
    // A title that nearly fills its row wraps in the browser's wider CJK font (高新技术企业 · 排名：各地区的数字 at 320 px): count it a character short.
    lines(def.title[lang], inner - L.title.size, L.title.size) * L.title.size * L.title.line +
    L.title.after +
    lines(def.subtitle[lang], inner, L.subtitle.size) * L.subtitle.size * L.subtitle.line +
    L.subtitle.after +
    (rows ? rows * L.legend.size * L.legend.line + (rows - 1) * L.legend.rowGap + L.legend.after : 0) +
    chart +
    L.credit.before +
    lines(creditText(def.source[lang], lang), inner, L.credit.size) * L.credit.size * L.credit.line +
    L.toggle.before +
    L.toggle.size * L.toggle.line;
  return Math.ceil(height);
}
