// Home chart marks link to their pages: a heatmap cell and a timeline dot to
// the report, a map tile to its region (or the regions list).
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './fixtures.ts';
import { chartById } from './registry.ts';
import { renderSvg } from './render.ts';

const ds = fixtureDataset();
const links = (id: string) => {
  const svg = renderSvg(chartById(ds, id)!, { lang: 'zh', width: 640 });
  // No <a> inside the image (role="img"): the address rides on the mark.
  expect(svg).not.toMatch(/<a\b/);
  return [...svg.matchAll(/<(?:rect|path|circle)\b([^>]*data-href="[^"]*"[^>]*)>/g)].map(([, attrs = '']) =>
    attrs.replace(/data-href=/, 'href='),
  );
};

describe('home chart links', () => {
  it('every heatmap cell links to its report, and stays in the roving tab order', () => {
    const a = links('home-theme-heatmap');
    expect(a).toHaveLength(ds.reports.length * ds.themes.length);
    for (const attrs of a) {
      expect(attrs).toMatch(/href="\/reports\/[a-z0-9-]+\/"/);
      expect(attrs).toMatch(/tabindex="-?[01]"/);
    }
  });
  it('timeline dots link to reports, map tiles with reports to a region page or the list', () => {
    expect(links('home-timeline')).toHaveLength(ds.reports.length);
    const tiles = links('home-province-map');
    expect(tiles.length).toBeGreaterThan(0);
    for (const attrs of tiles) expect(attrs).toMatch(/href="\/regions\/(\d{6}\/)?"/);
  });
});
