// /compare-data/meta/vocabulary.json: the names of themes, instruments and
// indicators a comparison shows. Its size follows the lexicons, not the corpus.
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/site-data.ts';
import { vocabulary } from '../../../compare/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(vocabulary(siteData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
