// /embed/theme.css: the forced light/dark colour tokens for ?theme= (generated
// from the palette; see src/embed/theme-css.ts).
import type { APIRoute } from 'astro';
import { themeOverrideCss } from '../../embed/theme-css.ts';

export const GET: APIRoute = () =>
  new Response(themeOverrideCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
