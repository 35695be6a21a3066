import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../charts/fixtures.ts';
import { chartsForDataset } from '../charts/registry.ts';
import { renderedSizes } from './sizes.ts';
import { ARTICLE_WIDTHS, fixedSnippetHeight, heightsPerWidth } from './fixed-height.ts';
import { estimateEmbedHeight } from './height.ts';

describe('fixed-height snippet heights per column width', () => {
  const defs = chartsForDataset(fixtureDataset());
  it('gives one height per common width, each at least the estimate there, and the snippet the largest', () => {
    for (const def of defs) {
      const sizes = renderedSizes(def);
      const per = heightsPerWidth(def, sizes);
      expect(per.map((p) => p.width)).toEqual([...ARTICLE_WIDTHS]);
      per.forEach((p) => expect(p.height).toBeGreaterThan(estimateEmbedHeight(def, sizes, p.width)));
      expect(fixedSnippetHeight(per)).toBe(Math.max(...per.map((p) => p.height)));
    }
  });
});
