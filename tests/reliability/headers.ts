// Reads a built site's _headers the way Cloudflare Pages does (rules in file order;
// every matching rule attaches its headers, a repeated name joins with ", ",
// "! Name" detaches what earlier rules attached), and serves a built site
// with those headers (through the one test server), so tests can check
// framing in a real browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir, type Served } from '../helpers/static-server.ts';

export interface HeaderRule {
  pattern: string;
  detach: string[];
  attach: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], attach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: a header before any path`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(':');
    if (colon < 1) throw new Error(`_headers:${i + 1}: not "Name: value": ${body}`);
    rule.attach.push([body.slice(0, colon).trim().toLowerCase(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/**
 * The headers a request path gets (lower-case names). `honourDetach: false`
 * reads the file as a host that ignores "! Name" lines and joins every
 * matching rule's values (Netlify-like).
 */
export function headersFor(rules: HeaderRule[], path: string, { honourDetach = true } = {}): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    if (honourDetach) for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.attach) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return out;
}

/** The rules of a built site's _headers (default: the site under test). */
export function loadHeaderRules(path = join(process.env.ATLAS_DIST ?? 'dist', '_headers')): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, 'utf8'));
}

/** Serves `dir` like a static host that reads `rules` (tests/helpers/static-server.ts with their headers). */
export function serveWithHeaders(dir: string, rules: HeaderRule[]): Promise<Served> {
  return serveDir(dir, { headers: (path) => Object.fromEntries(headersFor(rules, path)) });
}
