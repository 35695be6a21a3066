// /sitemap.xml: every indexable page (src/lib/sitemap.ts), found from the
// page files and their getStaticPaths.
import type { APIRoute } from 'astro';
import { pagePaths, sitemapXml } from '../lib/sitemap.ts';
import type { PageModule } from '../lib/sitemap.ts';

const PAGES = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(pagePaths(PAGES), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
