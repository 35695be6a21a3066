// Security headers and the Content-Security-Policy of the built site: every
// page carries a CSP meta tag that allows only the site's own scripts and
// styles, no page holds what that CSP would block (inline scripts, <style>,
// style="") or markup that runs code, and _headers frames pages never and
// embeds anywhere, with the same CSP as the pages.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/integrations/unsafe-html.ts';
import { headersFile, PAGE_CSP } from '../../src/core/csp.ts';
import { STANDALONE_STYLES } from '../../src/charts/standalone.ts';
import { headersFor, loadHeaderRules, parseHeadersFile } from '../reliability/headers.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const pages = existsSync(DIST) ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort() : [];

function metaCsp(html: string): string | null {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m?.[1] ?? null;
}

/** A policy as directive → sources, so two spellings of one policy compare equal. */
function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...sources]) => (name ? [[name.toLowerCase(), sources.join(' ')] as const] : [])),
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

  it('is published with the site, its CSP the one the pages carry', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile(Object.values(STANDALONE_STYLES).map((style) => createHash('sha256').update(style).digest('base64'))));
    expect(metaCsp(readFileSync(join(DIST, 'index.html'), 'utf8'))).toBe(PAGE_CSP);
  });

  const urlOf = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
  const hosts = [
    ['a host that honours "! Name"', { honourDetach: true }],
    ['a host that ignores "! Name" and joins repeated values', { honourDetach: false }],
  ] as const;

  for (const [host, mode] of hosts) {
    it(`on ${host}: every page is never framed and gets its meta CSP plus frame-ancestors 'none', as one policy`, () => {
      const wrong: string[] = [];
      for (const page of pages.filter((p) => !p.startsWith('embed/'))) {
        const path = urlOf(page);
        const h = headersFor(rules, path, mode);
        const csp = h.get('content-security-policy') ?? '';
        if (h.get('x-frame-options') !== 'DENY') wrong.push(`${path}: X-Frame-Options ${h.get('x-frame-options')}`);
        if (csp.includes(',')) wrong.push(`${path}: two policies joined`);
        const d = directives(csp);
        if (d.get('frame-ancestors') !== "'none'") wrong.push(`${path}: frame-ancestors ${d.get('frame-ancestors')}`);
        d.delete('frame-ancestors');
        const meta = directives(metaCsp(readFileSync(join(DIST, page), 'utf8')) ?? '');
        if (JSON.stringify([...d]) !== JSON.stringify([...meta])) wrong.push(`${path}: header CSP differs from the meta tag`);
        if (h.get('x-content-type-options') !== 'nosniff') wrong.push(`${path}: no nosniff`);
        if (h.get('referrer-policy') !== 'strict-origin-when-cross-origin') wrong.push(`${path}: referrer policy`);
      }
      expect(pages.length).toBeGreaterThan(10);
      expect(wrong.slice(0, 20), `${wrong.length} wrong`).toEqual([]);
    });

    it(`on ${host}: any site may frame an embed or read an oEmbed answer (one policy, frame-ancestors *)`, () => {
      for (const path of ['/embed/report-xinyi-2023-summary-figures/', '/oembed/report-xinyi-2023-summary-figures.json']) {
        const h = headersFor(rules, path, mode);
        const csp = h.get('content-security-policy') ?? '';
        expect(csp.includes(','), `${path}: one policy, not two joined`).toBe(false);
        expect(directives(csp).get('frame-ancestors'), path).toBe('*');
        // Where X-Frame-Options survives (not detached), the CSP's frame-ancestors overrides it in every browser.
        if (mode.honourDetach) expect(h.has('x-frame-options'), path).toBe(false);
        expect(h.get('x-content-type-options'), path).toBe('nosniff');
      }
      const embed = directives(headersFor(rules, '/embed/x/', mode).get('content-security-policy') ?? '');
      embed.delete('frame-ancestors');
      const meta = directives(metaCsp(readFileSync(join(DIST, pages.find((p) => p.startsWith('embed/'))!), 'utf8')) ?? '');
      expect(embed).toEqual(meta);
    });

    it(`on ${host}: a chart SVG opened at its own address runs no script and its one stylesheet is allowed by hash`, () => {
      const svgs = readdirSync(join(DIST, 'charts')).filter((f) => f.endsWith('.svg'));
      expect(svgs.length).toBeGreaterThan(5);
      for (const f of svgs) {
        const svg = readFileSync(join(DIST, 'charts', f), 'utf8');
        const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, style = '']) => style);
        const csp = headersFor(rules, `/charts/${f}`, mode).get('content-security-policy') ?? '';
        expect(csp.includes(','), f).toBe(false);
        const d = directives(csp);
        expect(d.get('default-src'), f).toBe("'none'");
        expect(d.has('script-src'), f).toBe(false);
        for (const style of styles) expect(d.get('style-src')?.split(' '), f).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
        expect(svg).not.toMatch(/ style="/);
      }
    });
  }

  it('every other file is never framed and never sniffed', () => {
    for (const path of ['/data/figures.csv', '/embed.js', '/search-index/manifest.json', '/favicon.svg']) {
      for (const [, mode] of hosts) {
        const h = headersFor(rules, path, mode);
        expect(h.get('x-frame-options'), path).toBe('DENY');
        expect(h.get('x-content-type-options'), path).toBe('nosniff');
      }
    }
  });

  it('the reader of the file follows the host rules: order, joining and detaching', () => {
    const r = parseHeadersFile('/*\n  A: 1\n  B: 2\n/x/*\n  ! A\n  B: 3\n  C: 4\n');
    expect(Object.fromEntries(headersFor(r, '/y/'))).toEqual({ a: '1', b: '2' });
    expect(Object.fromEntries(headersFor(r, '/x/z/'))).toEqual({ b: '2, 3', c: '4' });
    expect(Object.fromEntries(headersFor(r, '/x/z/', { honourDetach: false }))).toEqual({ a: '1', b: '2, 3', c: '4' });
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/before any path/);
  });
});
