// /compare-data/index.json: every report's metadata for the picker and the
// address check, plus the names of themes, instruments and indicators.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { compareIndex } from '../../compare/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareIndex(siteData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
