// @ts-check
import { defineConfig } from 'astro/config';

// The public address the site is published at. Permalinks, citations and
// embed snippets are built from it; override with SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Two pages in flight: one renders while the other's file is written
  // (about 5–10% off a 1,000-report build; rendering itself is one thread).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Never inline scripts or assets: the Content-Security-Policy allows only
  // the site's own files (script-src 'self'), so every script is a file.
  vite: { build: { assetsInlineLimit: 0 } },
  // A page whose route's code and data are unchanged since the last build is
  // restored from Astro's build cache instead of rendered: each per-report
  // (and per-region) route gives a cacheKey naming its data (src/lib/page-keys.ts),
  // Astro hashes the route's code, the config and the lockfile. ATLAS_INCREMENTAL=off
  // renders every page and keeps no copy of the output (a 100,000-report build's
  // output is tens of GB).
  experimental: { incrementalBuild: process.env.ATLAS_INCREMENTAL !== 'off' },
  // Corpus check before content sync; no-silent-loss and no-executable-markup checks after the build.
  integrations: [(await import('./src/integrations/reliability.ts')).default()],
});
