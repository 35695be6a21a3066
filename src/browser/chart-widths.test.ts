// One drawing per chart in the page: the phone's inline, the wider ones in
// templates; fitRendering puts in the one nearest the figure's width and
// keeps the one it replaces in a template, so a later resize can swap back.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fitRendering, RENDERING_EVENT } from './chart-widths.ts';

const drawing = (w: number) =>
  `<div class="atlas-figure__svg atlas-figure__svg--w${w}" data-width="${w}"><svg class="atlas-chart" data-w="${w}"></svg></div>`;
const page = () =>
  parseHTML(
    `<html><body><div class="atlas-figure__plot" data-widths="360 560 800">${drawing(360)}<template data-width="560">${drawing(560)}</template><template data-width="800">${drawing(800)}</template></div></body></html>`,
  ).document;
const shown = (plot: Element) =>
  [...plot.querySelectorAll(':scope > .atlas-figure__svg')].map((d) => d.getAttribute('data-width'));
const waiting = (plot: Element) =>
  [...plot.querySelectorAll(':scope > template')].map((t) => t.getAttribute('data-width')).sort();

describe('fitRendering', () => {
  it('swaps in the drawing for the width, one at a time, and back', () => {
    const plot = page().querySelector<HTMLElement>('.atlas-figure__plot')!;
    let events = 0;
    plot.addEventListener(RENDERING_EVENT, () => events++);
    fitRendering(plot, 616);
    expect(shown(plot)).toEqual(['560']);
    expect(waiting(plot)).toEqual(['360', '800']);
    fitRendering(plot, 1200);
    expect(shown(plot)).toEqual(['800']);
    expect(waiting(plot)).toEqual(['360', '560']);
    fitRendering(plot, 336);
    expect(shown(plot)).toEqual(['360']);
    expect(waiting(plot)).toEqual(['560', '800']);
    expect(events).toBe(3);
  });

  it('leaves the drawing alone when it already fits, or the figure has no width yet', () => {
    const plot = page().querySelector<HTMLElement>('.atlas-figure__plot')!;
    let events = 0;
    plot.addEventListener(RENDERING_EVENT, () => events++);
    fitRendering(plot, 340);
    fitRendering(plot, 0);
    expect(shown(plot)).toEqual(['360']);
    expect(events).toBe(0);
  });
});
