// The project's Astro config with its caches moved to ATLAS_CACHE_DIR, so a
// fixture or benchmark build (`astro build --config <this>`) never shares
// node_modules/.astro (the content data store) or node_modules/.vite with a
// build of the real corpus running at the same time.
import { join } from 'node:path';
import base from '../../astro.config.mjs';

const cache = process.env.ATLAS_CACHE_DIR;

export default cache ? { ...base, cacheDir: cache, vite: { ...base.vite, cacheDir: join(cache, 'vite') } } : base;
