// Security headers and the Content-Security-Policy of the built site: every
// page carries a CSP meta tag that allows only the site's own scripts and
// styles, no page holds what that CSP would block (inline scripts, <style>,
// style="") or markup that runs code, and _headers frames pages never and
// embeds anywhere, with the same CSP as the pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/integrations/unsafe-html.ts';
import { HEADERS_FILE, PAGE_CSP } from '../../src/vocabulary/csp.ts';
import { headersFor, loadHeaderRules, parseHeadersFile } from '../reliability/headers.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const pages = existsSync(DIST) ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort() : [];

function metaCsp(html: string): string | null {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m ? m[1] : null;
}

/** A policy as directive → sources, so two spellings of one policy compare equal. */
function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources.join(' ')]),
  );
}

describe(`CSP on every page of ${DIST}`, () => {
  it('every page has a CSP meta tag allowing only its own scripts and styles', () => {
    expect(pages.length, 'the site was not built').toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const page of pages) {
      const csp = metaCsp(readFileSync(join(DIST, page), 'utf8'));
      if (!csp) {
        wrong.push(`${page}: no CSP meta tag`);
        continue;
      }
      const d = directives(csp);
      if (d.get('script-src') !== "'self'") wrong.push(`${page}: script-src is "${d.get('script-src')}"`);
      if (d.get('style-src') !== "'self'") wrong.push(`${page}: style-src is "${d.get('style-src')}"`);
      if (d.get('object-src') !== "'none'") wrong.push(`${page}: object-src is "${d.get('object-src')}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('no page holds an inline script, a <style> element, a style attribute or markup that runs code', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const u of findUnsafeMarkup(readFileSync(join(DIST, page), 'utf8'))) found.push(`${page}: ${u.what}: ${u.excerpt}`);
    }
    expect(found.slice(0, 30), `${found.length} found`).toEqual([]);
  });
});

describe('_headers', () => {
  const rules = loadHeaderRules();
  const pageCsp = directives(metaCsp(readFileSync(join(DIST, 'index.html'), 'utf8')) ?? '');

  it('is published with the site, its CSP the one the pages carry', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(HEADERS_FILE);
    expect(metaCsp(readFileSync(join(DIST, 'index.html'), 'utf8'))).toBe(PAGE_CSP);
  });

  it('forbids framing of ordinary pages, with nosniff and a referrer policy', () => {
    for (const path of ['/', '/reports/xinyi-2023-summary/', '/search/', '/compare/', '/data/figures.csv', '/embed.js']) {
      const h = headersFor(rules, path);
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(directives(h.get('content-security-policy') ?? '').get('frame-ancestors'), path).toBe("'none'");
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('lets any site frame an embed or read an oEmbed answer, and only those', () => {
    for (const path of ['/embed/report-xinyi-2023-summary-figures/', '/oembed/report-xinyi-2023-summary-figures.json']) {
      const h = headersFor(rules, path);
      expect(h.has('x-frame-options'), path).toBe(false);
      const csp = h.get('content-security-policy') ?? '';
      expect(csp.includes(','), `${path}: one policy, not two joined`).toBe(false);
      expect(directives(csp).get('frame-ancestors'), path).toBe('*');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('sends pages and embeds the same CSP as their meta tag, plus frame-ancestors', () => {
    expect(pageCsp.size).toBeGreaterThan(3);
    for (const path of ['/', '/embed/x/']) {
      const header = directives(headersFor(rules, path).get('content-security-policy') ?? '');
      header.delete('frame-ancestors');
      expect(header, path).toEqual(pageCsp);
    }
  });

  it('the reader of the file follows the host rules: order, joining and detaching', () => {
    const r = parseHeadersFile('/*\n  A: 1\n  B: 2\n/x/*\n  ! A\n  B: 3\n  C: 4\n');
    expect(Object.fromEntries(headersFor(r, '/y/'))).toEqual({ a: '1', b: '2' });
    expect(Object.fromEntries(headersFor(r, '/x/z/'))).toEqual({ b: '2, 3', c: '4' });
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/before any path/);
  });
});
