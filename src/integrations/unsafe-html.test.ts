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
    expect(code(html)).toEqual([
      'a <script> element with code in it',
      'executable address in href on <a>',
      'event handler onclick="…" on <b>',
    ]);
    expect(
      code('<p style="x">&#39;text&#39; one = two</p><script type="module" src="/_astro/a.1.js"></script>'),
    ).toEqual([]);
  });

  it("flags every <script> that is not one of the site's bundles, inline or loaded, in HTML or SVG", () => {
    const code = (h: string) => findUnsafeMarkup(h, { codeOnly: true }).map((u) => u.what);
    expect(code('<script>alert(1)</script>')).toEqual(['a <script> element with code in it']);
    expect(code('<SCRIPT type="text/javascript">x</SCRIPT>')).toEqual(['a <script> element with code in it']);
    expect(code('<script src="/sources/evil.js.txt"></script>')).toEqual([
      '<script src="/sources/evil.js.txt">, not one of the site\'s bundles',
    ]);
    expect(code('<script src="https://evil.example/_astro/a.js"></script>')).toHaveLength(1);
    expect(code('<script type="module" src="/_astro/../sources/x.js"></script>')).toHaveLength(1);
    expect(code('<svg><script href="/x.js"></script></svg>')).toEqual(['a <script> element with code in it']);
    // the site's bundles, under a base path too, and JSON data
    expect(
      code('<script type="module" src="/atlas/_astro/Chart.astro_astro_type_script_index_0_lang.B1-x.js">'),
    ).toEqual([]);
    expect(code('<script type="application/ld+json">{"a":1}</script>')).toEqual([]);
  });

  it('flags elements the site never uses that load or run code', () => {
    const code = (h: string) => findUnsafeMarkup(h, { codeOnly: true }).map((u) => u.what);
    expect(
      code('<object data="/sources/a.svg.txt"></object><embed src="x"><base href="https://evil.example/">'),
    ).toEqual(['<object> element', '<embed> element', '<base> element']);
    expect(code('<meta http-equiv="refresh" content="0;url=https://evil.example/">')).toEqual([
      'a refresh <meta> (it can navigate anywhere)',
    ]);
    expect(code('<meta charset="utf-8"><meta name="description" content="embed object base">')).toEqual([]);
  });

  it('flags what the CSP blocks: style elements and style attributes (and inline scripts, as code)', () => {
    expect(kinds('<script>alert(1)</script>')).toEqual(['code: a <script> element with code in it']);
    expect(kinds('<style>p{}</style><p style="color:red">x</p>')).toEqual([
      'csp: <style> element',
      'csp: style attribute on <p>',
    ]);
  });
});
