// Reads a built site's _headers the way Cloudflare Pages does (rules in file order;
// every matching rule attaches its headers, a repeated name joins with ", ",
// "! Name" detaches what earlier rules attached), and serves a built site
// with those headers, so tests can check framing in a real browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

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
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** The headers a request path gets (lower-case names). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.attach) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return out;
}

/** The rules of a built site's _headers (default: the site under test). */
export function loadHeaderRules(path = join(process.env.ATLAS_DIST ?? 'dist', '_headers')): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, 'utf8'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 with the _headers rules applied; directory paths get their index.html. */
export async function serveWithHeaders(dir: string, rules: HeaderRule[]): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = join(root, '404.html');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    const headers = Object.fromEntries(headersFor(rules, path));
    res.writeHead(body ? 200 : 404, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
