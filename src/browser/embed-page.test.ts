import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { applyOptions } from './embed-page.ts';
import { forceLight } from './embed-png.ts';
import { tokenCss } from '../charts/css.ts';
import { TOKENS } from '../charts/palette.ts';

const page = () =>
  parseHTML(`<html lang="zh-CN" data-atlas-chart="home-timeline"><body>
    <div data-embed-lang="zh"><h1>报告</h1></div>
    <div data-embed-lang="en" lang="en" hidden><h1>Reports</h1></div>
  </body></html>`).document as unknown as Document;

const shown = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('[data-embed-lang]')]
    .filter((b) => !b.hasAttribute('hidden'))
    .map((b) => b.dataset.embedLang);

describe('embed page options', () => {
  it('without parameters shows Chinese in light colours; ?theme=auto drops the light class', () => {
    const doc = page();
    applyOptions(doc, '');
    expect(shown(doc)).toEqual(['zh']);
    expect(doc.documentElement.className).toBe('atlas-theme-light');
    applyOptions(doc, '?theme=auto');
    expect(doc.documentElement.className).toBe('');
  });

  it('switches language, theme and title by class and hidden, and the document stays zh-CN', () => {
    const doc = page();
    applyOptions(doc, '?lang=en&theme=dark&title=0');
    expect(shown(doc)).toEqual(['en']);
    expect(doc.documentElement.classList.contains('atlas-theme-dark')).toBe(true);
    expect(doc.documentElement.classList.contains('atlas-embed--notitle')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
  });

  it('never writes parameter text into the page', () => {
    const doc = page();
    applyOptions(doc, '?theme=<b>x</b>&lang=<i>&title=<u>');
    expect(doc.documentElement.outerHTML).not.toMatch(/<b>|<i>|<u>|%3C/);
    expect(shown(doc)).toEqual(['zh']);
  });
});

describe('PNG source', () => {
  it('drops the dark-mode block of the standalone SVG’s stylesheet and keeps the rest', () => {
    const svg = `<style>:root {\n  --atlas-ink: #1f2328;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --atlas-ink: #e6e6e6;\n  }\n}\n.atlas-fill-ink { fill: var(--atlas-ink); }</style>`;
    const out = forceLight(svg);
    expect(out).not.toContain('#e6e6e6');
    expect(out).toContain('--atlas-ink: #1f2328;');
    expect(out).toContain('.atlas-fill-ink { fill: var(--atlas-ink); }');
  });

  it('does so on the real token stylesheet: every light value stays, no dark-only value is left', () => {
    const out = forceLight(`<style>${tokenCss()}</style>`);
    expect(out).not.toMatch(/prefers-color-scheme/);
    for (const [name, t] of Object.entries(TOKENS)) {
      expect(out).toContain(`--atlas-${name}: ${t.light};`);
      if (t.dark !== t.light) expect(out).not.toContain(`--atlas-${name}: ${t.dark};`);
    }
  });
});
