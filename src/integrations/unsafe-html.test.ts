import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './unsafe-html.ts';

const kinds = (html: string) => findUnsafeMarkup(html).map((u) => `${u.kind}: ${u.what}`);

describe('findUnsafeMarkup', () => {
  it('passes escaped hostile text and external scripts', () => {
    const html = `<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) onerror=alert(1)</p><script type="module" src="/_astro/a.js"></script><a href="https://example.org/">x</a><script type="application/ld+json">{"a":1}</script>`;
    expect(kinds(html)).toEqual([]);
  });

  it('flags event handlers and executable addresses, however they are spelled', () => {
    expect(kinds('<img src=x onerror="alert(1)">')).toEqual(['code: event handler onerror="…" on <img>']);
    expect(kinds('<a href="javascript:alert(1)">x</a>')).toEqual(['code: executable address in href on <a>']);
    expect(kinds('<a href=" &#106;avascript:alert(1)">x</a>')).toEqual(['code: executable address in href on <a>']);
    expect(kinds('<iframe src="java\tscript:alert(1)"></iframe>')).toEqual([
      'code: executable address in src on <iframe>',
    ]);
    expect(kinds('<svg><a xlink:href="data:text/html,<b>">x</a></svg>')).toEqual([
      'code: executable address in xlink:href on <a>',
    ]);
  });

  it('does not mistake an attribute value that mentions a handler for a handler', () => {
    expect(kinds('<a data-tip="x onerror=alert(1) javascript:1" href="/r/">x</a>')).toEqual([]);
  });

  it('codeOnly finds the same code and skips what only the CSP cares about', () => {
    const html =
      '<p style="x">&#39;quoted&#39;</p><script>1</script><a href="&#106;avascript:1">x</a><b onclick="f()">y</b>';
    const code = (h: string) => findUnsafeMarkup(h, { codeOnly: true }).map((u) => u.what);
    expect(code(html)).toEqual(['executable address in href on <a>', 'event handler onclick="…" on <b>']);
    expect(code('<p style="x">&#39;text&#39; one = two</p><script>1</script>')).toEqual([]);
  });

  it('flags what the CSP blocks: inline scripts, style elements and style attributes', () => {
    expect(kinds('<script>alert(1)</script>')).toEqual(['csp: inline <script>']);
    expect(kinds('<style>p{}</style><p style="color:red">x</p>')).toEqual([
      'csp: <style> element',
      'csp: style attribute on <p>',
    ]);
  });
});
