import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fixtureDataset } from './fixtures.ts';
import { chartsForDataset } from './registry.ts';
import { renderSvg } from './render.ts';
import { expectSvgSnapshot } from '../../tests/helpers/svg-snapshot.ts';

const ds = fixtureDataset();
const charts = chartsForDataset(ds);

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg') as unknown as Element;
}

describe('renderSvg', () => {
  it('gives byte-identical output for the same chart, even after other renders', () => {
    const def = charts.find((c) => c.id === 'report-yanzhou-2022-summary-2023-plan-figures')!;
    const first = renderSvg(def, { lang: 'zh', width: 640 });
    for (const other of charts) renderSvg(other, { lang: 'en', width: 500 });
    expect(renderSvg(def, { lang: 'zh', width: 640 })).toBe(first);
  });

  it('sets numbers tabular by a class (CSS font-variant-numeric), never by a font-variant value SVG does not define', () => {
    let tabular = 0;
    for (const def of charts) {
      const svg = parse(renderSvg(def, { lang: 'zh', width: 640 }));
      for (const el of svg.querySelectorAll('[font-variant]'))
        expect(['normal', 'small-caps', 'inherit'], def.id).toContain(el.getAttribute('font-variant'));
      tabular += svg.querySelectorAll('.atlas-tabular-nums').length;
    }
    // Plot's numeric axes asked for tabular numbers: they still get them.
    expect(tabular).toBeGreaterThan(0);
  });

  it('prefixes every id with the chart id and width, so two renderings can share a page', () => {
    for (const def of charts) {
      const svg = parse(renderSvg(def, { lang: 'zh', width: 360 }));
      for (const el of svg.querySelectorAll('[id]'))
        expect(el.getAttribute('id')).toMatch(new RegExp(`^${def.id}-w360-`));
    }
  });

  it('is an accessible image with the alt text, a title and a viewBox', () => {
    for (const def of charts) {
      for (const lang of ['zh', 'en'] as const) {
        const svg = parse(renderSvg(def, { lang, width: 480 }));
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-label')).toBe(def.alt[lang]);
        expect(svg.querySelector(':scope > title')?.textContent).toBe(def.title[lang]);
        expect(svg.getAttribute('viewBox')).toMatch(/^0 0 480 \d+(\.\d+)?$/);
      }
    }
  });

  it('carries no inline styles (the CSP forbids them) and no unresolved colour variables', () => {
    for (const def of charts) {
      const html = renderSvg(def, { lang: 'zh', width: 640 });
      const svg = parse(html);
      expect(svg.querySelectorAll('style').length).toBe(0);
      expect(svg.querySelectorAll('[style]').length).toBe(0);
      expect(html).not.toMatch(/="var\(/);
    }
  });

  it('puts a tooltip on marks, with one mark per chart in the tab order', () => {
    for (const def of charts) {
      const svg = parse(renderSvg(def, { lang: 'zh', width: 640 }));
      const marks = [...svg.querySelectorAll('[data-tip]')];
      expect(marks.length, def.id).toBeGreaterThan(0);
      expect(marks.every((m) => (m.getAttribute('data-tip') ?? '').length > 0)).toBe(true);
      expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
      expect(marks.filter((m) => m.getAttribute('tabindex') === '-1')).toHaveLength(marks.length - 1);
      // Plot's own <title> tooltips are gone (they would double the custom ones).
      expect(svg.querySelectorAll('title')).toHaveLength(1);
    }
  });

  it('dark rendering switches the fallback colours but keeps the classes', () => {
    const def = charts.find((c) => c.id === 'home-timeline')!;
    const light = renderSvg(def, { lang: 'zh', width: 640 });
    const dark = renderSvg(def, { lang: 'zh', width: 640, dark: true });
    expect(light).toContain('fill="#0072b2"');
    expect(dark).not.toContain('fill="#0072b2"');
    expect(dark).toContain('fill="#56b4e9"');
    expect(dark).toContain('atlas-fill-doc-summary');
  });
});

describe('snapshots', () => {
  // Per-series charts are drawn alike (series-value.ts): one stands for them all.
  const pinned = charts.filter(
    (c) => c.kind !== 'series-value' || c.id === 'indicator-high_tech_enterprises-stock-dots',
  );
  for (const def of pinned) {
    it(`${def.id} renders as pinned`, async () => {
      await expectSvgSnapshot(renderSvg(def, { lang: 'zh', width: 640 }), `__snapshots__/${def.id}.svg`);
    });
  }
  it('an English rendering renders as pinned', async () => {
    const def = charts.find((c) => c.id === 'home-theme-heatmap')!;
    await expectSvgSnapshot(renderSvg(def, { lang: 'en', width: 360 }), '__snapshots__/home-theme-heatmap.en-360.svg');
  });
});
