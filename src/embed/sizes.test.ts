import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { chartsForDataset } from '../charts/registry.ts';
import { fixtureDataset } from '../charts/fixtures.ts';
import { renderSvg } from '../charts/render.ts';
import type { ChartDef } from '../charts/types.ts';
import { renderedSizes, rootSvgHeight } from './sizes.ts';
import { RENDER_WIDTHS } from './layout.ts';

describe('rendering sizes', () => {
  it('reads the outer svg’s height, not an inner one', () => {
    expect(rootSvgHeight('<svg width="760" height="412.5"><svg height="9"></svg></svg>')).toBe(412.5);
    expect(() => rootSvgHeight('<div></div>')).toThrow();
  });

  it('gives every chart’s heights at the page’s widths exactly as rendered', () => {
    for (const def of chartsForDataset(fixtureDataset())) {
      const sizes = renderedSizes(def);
      expect(Object.keys(sizes).map(Number)).toEqual(RENDER_WIDTHS);
      for (const width of RENDER_WIDTHS)
        expect(sizes[width], `${def.id} at ${width}`).toBe(rootSvgHeight(renderSvg(def, { lang: 'zh', width })));
      expect(renderedSizes(def)).toBe(sizes);
    }
  });

  it('renders a chart whose spec leaves the height to Plot', () => {
    const def: ChartDef = {
      id: 'test-no-height',
      kind: 'test',
      page: '/',
      title: { zh: '测试', en: 'Test' },
      subtitle: { zh: '', en: '' },
      source: { zh: '', en: '' },
      alt: { zh: '测试', en: 'Test' },
      rows: [{ x: 1 }, { x: 2 }],
      columns: [{ key: 'x', zh: 'x', en: 'x' }],
      plot: (rows) => ({ marks: [Plot.dot(rows, { x: 'x' })] }),
    };
    const sizes = renderedSizes(def);
    for (const width of RENDER_WIDTHS) expect(sizes[width]).toBe(rootSvgHeight(renderSvg(def, { lang: 'zh', width })));
  });
});
