import { describe, expect, it } from 'vitest';
import { chartsForDataset } from '../charts/registry.ts';
import { fixtureDataset } from '../charts/fixtures.ts';
import { renderSvg } from '../charts/render.ts';
import { renderedSizes, rootSvgHeight } from './sizes.ts';
import { RENDER_WIDTHS } from './layout.ts';

describe('rendering sizes', () => {
  it('reads the outer svg’s height, not an inner one', () => {
    expect(rootSvgHeight('<svg width="760" height="412.5"><svg height="9"></svg></svg>')).toBe(412.5);
    expect(() => rootSvgHeight('<div></div>')).toThrow();
  });

  it('measures both renderings of a chart, as the page renders them', () => {
    const def = chartsForDataset(fixtureDataset())[0];
    const sizes = renderedSizes(def);
    expect(Object.keys(sizes).map(Number)).toEqual(RENDER_WIDTHS);
    for (const width of RENDER_WIDTHS) expect(sizes[width]).toBe(rootSvgHeight(renderSvg(def, { lang: 'zh', width })));
    expect(renderedSizes(def)).toBe(sizes);
  });
});
