// /embed.js, the resize script host pages load (src/embed/host-resizer.ts, bundled).
import type { APIRoute } from 'astro';
import { hostScript } from '../embed/host-script.ts';

export const GET: APIRoute = async () =>
  new Response(await hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
