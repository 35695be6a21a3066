// Page-weight budgets, read from the built site in dist/ (sizes, not timings,
// so the numbers are the same on every run):
// - a report page ships at most 30 KB of JavaScript, gzipped;
// - the home page transfers under 300 KB in all (HTML, CSS, JS, images), gzipped.
// Prints a table for one page of each type and exits 1 when a budget is missed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const JS_BUDGET = 30 * 1024;
const HOME_BUDGET = 300 * 1024;

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const fileOf = (url: string) => {
  const [path = ''] = url.split(/[?#]/);
  return join(DIST, decodeURIComponent(path));
};

/** A module and everything it statically imports, each counted once. */
function jsClosure(url: string, seen: Set<string>): void {
  if (seen.has(url) || !url.startsWith('/')) return;
  seen.add(url);
  const path = fileOf(url);
  if (!existsSync(path)) return;
  const code = readFileSync(path, 'utf8');
  for (const [, spec = ''] of code.matchAll(
    /(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g,
  )) {
    jsClosure(spec.startsWith('/') ? spec : new URL(spec, `http://x${url}`).pathname, seen);
  }
}

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  images: number;
  total: number;
}

export function pageWeight(page: string): PageWeight {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map(([, value = '']) => value);
  const css = new Set(
    attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(
      attr(/<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g),
    ),
  );
  const js = new Set<string>();
  for (const src of attr(/<script[^>]+src="([^"]+)"/g).concat(
    attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ))
    jsClosure(src, js);
  const images = new Set(attr(/<img[^>]+src="(\/[^"]+)"/g).concat(attr(/<link[^>]+rel="icon"[^>]+href="([^"]+)"/g)));
  const sum = (urls: Set<string>) =>
    [...urls].filter((u) => existsSync(fileOf(u))).reduce((s, u) => s + gz(readFileSync(fileOf(u))), 0);
  const w = { page, html: gz(html), css: sum(css), js: sum(js), images: sum(images), total: 0 };
  w.total = w.html + w.css + w.js + w.images;
  return w;
}

function firstPage(dir: string): string | null {
  const path = join(DIST, dir);
  if (!existsSync(path)) return null;
  const sub = readdirSync(path, { withFileTypes: true }).find(
    (d) => d.isDirectory() && existsSync(join(path, d.name, 'index.html')),
  );
  return sub ? `/${dir}/${sub.name}/` : null;
}

function main(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`budgets: ${DIST}/index.html not found; run \`npm run build\` first`);
    process.exit(2);
  }
  const reportPages = readdirSync(join(DIST, 'reports'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/reports/${d.name}/`);
  const pages = [
    '/',
    ...reportPages,
    firstPage('regions'),
    firstPage('indicators'),
    firstPage('themes'),
    '/search/',
    '/compare/',
    '/methodology/',
    firstPage('embed'),
  ].filter((p): p is string => p !== null && existsSync(join(DIST, p, 'index.html')));
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${'page'.padEnd(52)}    html     css      js  images   total  (KB, gzipped)`);
  const weights = pages.map(pageWeight);
  for (const w of weights)
    console.log(`${w.page.padEnd(52)}${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.images)} ${kb(w.total)}`);

  const failures: string[] = [];
  const [worstReport] = weights
    .filter((w) => w.page.startsWith('/reports/') && w.page !== '/reports/')
    .sort((a, b) => b.js - a.js);
  if (!worstReport) throw new Error(`budgets: no report page in ${DIST}/reports`);
  const home = weights.find((w) => w.page === '/');
  if (!home) throw new Error(`budgets: no weight for ${DIST}/index.html`);
  console.log(
    `\nreport page JavaScript (largest): ${kb(worstReport.js).trim()} KB gzipped (budget ${JS_BUDGET / 1024} KB) ${worstReport.js <= JS_BUDGET ? 'OK' : 'OVER'}`,
  );
  console.log(
    `home page transfer: ${kb(home.total).trim()} KB gzipped (budget ${HOME_BUDGET / 1024} KB) ${home.total < HOME_BUDGET ? 'OK' : 'OVER'}`,
  );
  if (worstReport.js > JS_BUDGET) failures.push(`${worstReport.page} ships ${worstReport.js} bytes of JavaScript`);
  if (home.total >= HOME_BUDGET) failures.push(`the home page transfers ${home.total} bytes`);
  if (failures.length) {
    console.error(`\nbudget missed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
