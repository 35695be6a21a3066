// The embed page and the height estimate assume the renderings Chart.astro
// draws and the container widths at which each is put in the page; when the
// charts layer changes them, this says so instead of letting estimates drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENDER_WIDTHS, WIDEST_CAP, shownRendering } from './layout.ts';

const chartCss = readFileSync('src/styles/charts.css', 'utf8');
const chartAstro = readFileSync('src/components/Chart.astro', 'utf8');

describe('rendering widths and breakpoints', () => {
  it('are the widths Chart.astro renders (it draws this list, not its own)', () => {
    expect(chartAstro).toMatch(/import \{ RENDER_WIDTHS \} from '\.\.\/embed\/layout\.ts'/);
    expect(chartAstro).toMatch(/const renderings = RENDER_WIDTHS\.map\(/);
    expect(RENDER_WIDTHS).toEqual([...RENDER_WIDTHS].sort((a, b) => a - b));
  });

  it('the widest stops growing where charts.css caps it (which drawing is in the page: src/browser/chart-widths.ts)', () => {
    expect(chartCss).toContain(
      `.atlas-figure__svg--w${RENDER_WIDTHS.at(-1)} .atlas-chart { max-width: min(100%, ${WIDEST_CAP}px); }`,
    );
  });

  it('pick the rendering shown at a container width', () => {
    expect(shownRendering(336)).toEqual({ width: 360, drawnWidth: 336 });
    expect(shownRendering(616)).toEqual({ width: 560, drawnWidth: 616 });
    expect(shownRendering(1200)).toEqual({ width: 800, drawnWidth: WIDEST_CAP });
  });
});
