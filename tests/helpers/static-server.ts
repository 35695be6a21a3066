// A small static file server for tests and benchmarks: serves a directory
// (e.g. dist/) on 127.0.0.1 at a free port, like a static host would —
// directory index.html, a redirect to the trailing-slash address, 404.html
// for misses, byte ranges (206) as static hosts serve them. Optional gzip and
// a byte counter let benchmarks measure what a page really downloads;
// optional headers per path let security tests serve a site as a host
// reading its _headers would. The one test server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const HTML = 'text/html; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': HTML,
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.bin': 'application/octet-stream',
};

export interface ServeOptions {
  /** Compress responses with gzip when the client accepts it (default false). */
  gzip?: boolean;
  /** Send `Cache-Control: no-store` so every load is a first load (default false). */
  noStore?: boolean;
  /** Called for every response with the path and the body bytes sent (after compression). */
  onSent?: (path: string, bytes: number) => void;
  /** Extra response headers for a request path (e.g. a _headers file's rules: tests/reliability/headers.ts). */
  headers?: (path: string) => Record<string, string>;
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<{ file: string } | { redirect: string } | null> {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = resolve(root, rel);
  if (full !== root && !full.startsWith(root + sep)) return null;
  const s = await stat(full).catch(() => null);
  if (s?.isFile()) return { file: full };
  if (s?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(full, 'index.html');
    if (await stat(index).catch(() => null)) return { file: index };
  }
  return null;
}

export async function serveDir(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = resolve(dir);
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: Buffer,
    type: string,
    path: string,
  ) => {
    const headers: Record<string, string> = { ...options.headers?.(path), 'Content-Type': type };
    if (options.noStore) headers['Cache-Control'] = 'no-store';
    let out = body;
    if (
      options.gzip &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
      !/^image\/png|font\//.test(type)
    ) {
      out = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(out.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
    options.onSent?.(path, out.length);
  };
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const found = await fileAt(root, path);
      if (found && 'redirect' in found) {
        res.writeHead(301, { Location: found.redirect });
        res.end();
        return;
      }
      if (found) {
        const body = await readFile(found.file);
        const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
        const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
        if (range && Number(range[1]) <= Number(range[2]) && Number(range[1]) < body.length) {
          // As static hosts do: the bytes asked for, uncompressed (the index stores its packed entries deflated).
          const part = body.subarray(Number(range[1]), Math.min(body.length, Number(range[2]) + 1));
          res.writeHead(206, {
            'Content-Type': type,
            'Content-Length': String(part.length),
            'Content-Range': `bytes ${range[1]}-${Number(range[1]) + part.length - 1}/${body.length}`,
            ...(options.noStore ? { 'Cache-Control': 'no-store' } : {}),
          });
          res.end(req.method === 'HEAD' ? undefined : part);
          options.onSent?.(path, part.length);
          return;
        }
        send(req, res, 200, body, type, path);
        return;
      }
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      send(req, res, 404, notFound, HTML, path);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
