// @ts-check
import { defineConfig } from 'astro/config';
import { checkSiteUrl } from './src/core/site-url.ts';

// The public address the site is published at. Permalinks, citations and
// embed snippets are built from it; override with SITE_URL when deploying.
// Checked first (src/core/site-url.ts): a wrong one stops the build in one
// line naming SITE_URL. Its path (https://example.org/atlas/) is the base of
// every address the site writes.
const checked = checkSiteUrl(process.env.SITE_URL);
if (!checked.ok) {
  console.error(checked.message);
  process.exit(1);
}

export default defineConfig({
  site: checked.site,
  base: checked.base,
  trailingSlash: 'always',
  // Two pages in flight: one renders while the other's file is written
  // (about 5–10% off a 1,000-report build; rendering itself is one thread).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Never inline scripts or assets: the Content-Security-Policy allows only
  // the site's own files (script-src 'self'), so every script is a file.
  // __ATLAS_BASE__: the base path, written into the browser's bundles for src/core/urls.ts.
  vite: { build: { assetsInlineLimit: 0 }, define: { __ATLAS_BASE__: JSON.stringify(checked.base) } },
  // Corpus check before content sync; no-silent-loss and no-executable-markup checks after the build.
  integrations: [(await import('./src/integrations/reliability.ts')).default()],
});
