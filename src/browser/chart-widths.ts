// One drawing per chart in the page (ChartGraphic.astro): the phone's is
// inline, the wider ones wait in <template>s, which cost no style or layout.
// This puts in the drawing nearest the figure's width (the breakpoints of
// src/embed/layout.ts), again whenever the figure's width changes, and tells
// the page (`atlas:rendering`, bubbling) so a view can re-apply its picks.
import { shownRendering } from '../embed/layout.ts';

export const RENDERING_EVENT = 'atlas:rendering';

/** Swaps in the rendering for `width`; the one it replaces goes back into a template. */
export function fitRendering(plot: HTMLElement, width: number): void {
  if (width <= 0) return;
  const current = plot.querySelector<HTMLElement>(':scope > .atlas-figure__svg');
  const want = String(shownRendering(width).width);
  if (!current || current.dataset.width === want) return;
  const waiting = plot.querySelector<HTMLTemplateElement>(`:scope > template[data-width="${want}"]`);
  const next = waiting?.content.firstElementChild;
  if (!waiting || !next) return;
  const back = plot.ownerDocument.createElement('template');
  back.dataset.width = current.dataset.width;
  current.replaceWith(next);
  back.content.append(current);
  waiting.replaceWith(back);
  // The plot's own window's event (a document parsed apart, as in tests, has its own).
  const Custom = plot.ownerDocument.defaultView?.CustomEvent ?? CustomEvent;
  plot.dispatchEvent(new Custom(RENDERING_EVENT, { bubbles: true }));
}

export function fitRenderings(doc: Document = document): void {
  const plots = [...doc.querySelectorAll<HTMLElement>('.atlas-figure__plot[data-widths]')];
  if (!plots.length) return;
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) fitRendering(e.target as HTMLElement, e.contentRect.width);
  });
  for (const plot of plots) {
    fitRendering(plot, plot.getBoundingClientRect().width);
    observer.observe(plot);
  }
}
