// The sitemap (https://www.sitemaps.org/protocol.html) and robots.txt: every
// page a search engine should index, found from the page files themselves
// (each .astro page, expanded by its own getStaticPaths), so a new page is in
// the sitemap without a list to keep. Pages that are not places of their own
// are left out: embeds (noindex: they stand in other sites' articles) and the
// 404 page.
import { absolute, urls } from '../core/urls.ts';
import { escapeHtml } from '../core/html.ts';

type Params = Record<string, string | number | undefined>;
export interface PageModule {
  getStaticPaths?: () => { params: Params }[];
}

/** Page files that are not indexable places: their routes, as Astro names them. */
const NOT_INDEXED = [/^\/embed\//, /^\/404\/$/];

/** `./reports/[id].astro` → `/reports/[id]/`; `./index.astro` → `/`. Files starting with _ are parts, not pages. */
function routeOf(file: string): string | null {
  const path = file.replace(/^\.\//, '').replace(/\.astro$/, '');
  if (path.split('/').some((part) => part.startsWith('_'))) return null;
  const route = `/${path.replace(/(^|\/)index$/, '')}`;
  return route.endsWith('/') ? route : `${route}/`;
}

/** Every indexable page's path, sorted, from the page modules (keyed by file path relative to src/pages). */
export function pagePaths(modules: Record<string, PageModule>): string[] {
  const paths = Object.entries(modules).flatMap(([file, mod]) => {
    const route = routeOf(file);
    if (!route) return [];
    if (!route.includes('[')) return [route];
    if (!mod.getStaticPaths) throw new Error(`sitemap: ${file} is dynamic but has no getStaticPaths`);
    return mod
      .getStaticPaths()
      .map(({ params }) => route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? '')));
  });
  return [...new Set(paths.filter((p) => !NOT_INDEXED.some((re) => re.test(p))))].sort();
}

export function sitemapXml(paths: readonly string[], site: URL | string): string {
  const entries = paths.map((p) => `  <url><loc>${escapeHtml(absolute(encodeURI(p), site))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** Everything may be crawled (an embed says noindex itself, which a crawler must be let in to read); the sitemap is named. */
export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(urls.sitemap(), site)}`, ''].join('\n');
}
