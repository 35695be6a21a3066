// Link integrity over a built site: every internal address in every page
// (href/src of a, area, link, script, img, iframe, source, use, and form
// actions) must name a built file, and every #fragment an element with that
// id (or an <a name>) in the target page. External addresses are not
// fetched. Usage: node scripts/check-links.ts [dist] — exits 1 on a broken link.
import { decodeEntities } from '../src/core/html.ts';
import { basePath } from '../src/core/urls.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BrokenLink {
  /** The page the link is on, relative to the site root. */
  page: string;
  tag: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const LINK_TAG = /<(a|area|link|script|img|iframe|source|use|form)\b([^>]*)>/gi;
const ATTR = /\s(href|src|action|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\s(?:id|name)\s*=\s*"([^"]*)"/g;
const NOT_CHECKED = /^(?:mailto:|tel:|data:|blob:|about:|javascript:)/i;
const PARTS = /\sdata-report-parts="([^"]*)"/;

/**
 * Anchors a report's first page hands on to its continuation pages
 * (src/lib/report-parts.ts): a link to /reports/<id>/#f-4000 is good when the
 * page's map sends #f-4000 to the page holding it, and that page has it.
 */
function handedOn(html: string, exists: (href: string, id: string) => boolean): Set<string> {
  const [, encoded] = PARTS.exec(html) ?? [];
  const out = new Set<string>();
  if (encoded === undefined) return out;
  type Ranges = [number, number][];
  const parts = JSON.parse(decodeEntities(encoded)) as { href: string; p: Ranges; s: Ranges; f: Ranges }[];
  for (const part of parts)
    for (const kind of ['p', 's', 'f'] as const)
      for (const [a, b] of part[kind])
        for (let n = a; n <= b; n += 1) if (exists(part.href, `${kind}-${n}`)) out.add(`${kind}-${n}`);
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The site path a built file is served at: reports/x/index.html → /reports/x/ (below the base path, if any). */
export function pageUrlPath(file: string, base = '/'): string {
  return `${base}${file}`.replace(/(^|\/)index\.html$/, '$1');
}

const decodeAttr = decodeEntities;

/** The origin pages call their own (from <link rel="canonical">), so absolute self-links are checked too. */
function ownOrigin(html: string): string | null {
  const [, href] =
    /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html) ??
    /<link\b[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(html) ??
    [];
  try {
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}

/** `base`: the path the site is published under (SITE_URL's path; default from SITE_URL). */
export function checkLinks(dir: string, base = basePath()): LinkReport {
  const pages = htmlFiles(dir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = readFileSync(join(dir, file), 'utf8');
      const own = new Set([...html.matchAll(ID)].map(([, id = '']) => decodeAttr(id)));
      idCache.set(file, own);
      const later = handedOn(html, (href, id) => {
        const t = target(href);
        return 'file' in t && idsOf(t.file).has(id);
      });
      ids = new Set([...own, ...later]);
      idCache.set(file, ids);
    }
    return ids;
  };
  /** The built file a site path names, or why there is none. */
  const target = (path: string): { file: string } | { reason: string } => {
    if (!path.startsWith(base)) return { reason: `outside the site's base path ${base}` };
    let rel: string;
    try {
      rel = decodeURIComponent(path.slice(base.length)).replace(/^\/+/, '');
    } catch {
      return { reason: 'malformed percent-encoding' };
    }
    if (rel === '' || rel.endsWith('/')) {
      const file = `${rel}index.html`;
      return existsSync(join(dir, file)) ? { file } : { reason: `no ${file} in the build` };
    }
    const full = join(dir, rel);
    if (!existsSync(full)) return { reason: `no ${rel} in the build` };
    if (statSync(full).isDirectory()) return { reason: 'a folder addressed without its trailing slash' };
    return { file: rel };
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const origin = ownOrigin(html);
    const here = new URL(pageUrlPath(page, base), 'http://site.invalid');
    for (const [, name = '', attrs = ''] of html.matchAll(LINK_TAG)) {
      const tag = name.toLowerCase();
      for (const [, , doubleQuoted, singleQuoted] of attrs.matchAll(ATTR)) {
        const raw = decodeAttr(doubleQuoted ?? singleQuoted ?? '').trim();
        if (raw === '' || NOT_CHECKED.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, here);
        } catch {
          broken.push({ page, tag, url: raw, reason: 'not a valid address' });
          continue;
        }
        const internal = url.origin === here.origin || (origin !== null && url.origin === origin);
        if (!internal) continue;
        links += 1;
        const t = target(url.pathname);
        if ('reason' in t) {
          broken.push({ page, tag, url: raw, reason: t.reason });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment === '' || fragment === 'top' || !t.file.endsWith('.html')) continue;
        if (!idsOf(t.file).has(fragment))
          broken.push({ page, tag, url: raw, reason: `no element with id "${fragment}" in ${t.file}` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

export function formatBroken(broken: BrokenLink[], limit = 50): string {
  const lines = broken.slice(0, limit).map((b) => `  ${b.page}: <${b.tag}> ${b.url} — ${b.reason}`);
  if (broken.length > limit) lines.push(`  … and ${broken.length - limit} more`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const t0 = performance.now();
  const r = checkLinks(dir);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.broken.length) {
    console.error(
      `${r.broken.length} broken internal link(s) in ${dir} (${r.pages} pages, ${r.links} links, ${secs}s):\n${formatBroken(r.broken)}`,
    );
    process.exit(1);
  }
  console.log(`${dir}: ${r.pages} pages, ${r.links} internal links and anchors, none broken (${secs}s)`);
}
