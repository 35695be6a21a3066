// The Content-Security-Policy, stated once: the pages' <meta> tag (both
// layouts) and the build's dist/_headers (written by
// src/integrations/reliability.ts) come from here. Only the site's own
// scripts and styles; no inline code. Paths come from the URL scheme.
import { urls } from './urls.ts';

/** A header rule's pattern for everything under a folder of the site. */
const under = (folder: string) => `${folder}*`;
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The <meta> tag, as raw markup (an Astro attribute would escape the quotes to &#39;). */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;

/** The policy of a page, for dist/_headers: the meta tag's plus who may frame it. */
const pageRule = (path: string) => `${path}
  Content-Security-Policy: ${PAGE_CSP}; frame-ancestors 'none'
  Cross-Origin-Opener-Policy: same-origin
`;

/** Path patterns of the site's pages (each gets the page policy; see headersFile). */
export const PAGE_PATHS = [
  urls.home(),
  ...[
    urls.reports(),
    urls.regions(),
    urls.indicators(),
    urls.themes(),
    urls.search(),
    urls.compare(),
    urls.methodology(),
    urls.data(),
    urls.sources(),
  ].map(under),
  urls.notFound(),
];

/**
 * dist/_headers, for static hosts that read one (Cloudflare Pages, Netlify):
 * what a meta tag cannot say. `chartStyleHashes` are the base64 sha256 of the
 * stylesheets of the SVG downloads (src/charts/standalone.ts), which the
 * policy of /charts/* allows by hash.
 */
export function headersFile(chartStyleHashes: string[]): string {
  return `# HTTP headers for static hosts that read a _headers file (Cloudflare Pages,
# Netlify; syntax: a path pattern, then indented "Name: value" lines).
# Written so it means the same on a host that honours "! Name" lines
# (Cloudflare Pages) and on one that ignores them and joins the values of
# every matching rule: no header that must differ by path is set by two rules
# for the same path. The pages carry their Content-Security-Policy in a
# <meta> tag too; both come from src/core/csp.ts. See README, "Security
# headers and reliability checks"; tests/dist/reliability-headers.test.ts
# reads this file both ways.

# Every path: never framed (X-Frame-Options; an embed's CSP frame-ancestors
# overrides it, since browsers ignore X-Frame-Options when a CSP names
# frame-ancestors), no MIME sniffing, a referrer policy.
/*
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()

# Pages: the meta tag's CSP plus frame-ancestors 'none' (one rule per kind of page).
${PAGE_PATHS.map(pageRule).join('\n')}
# SVG downloads opened at their own address: no script at all; their one
# stylesheets (light, dark) allowed by their hashes.
${under(urls.charts())}
  Content-Security-Policy: default-src 'none'; style-src ${chartStyleHashes.map((h) => `'sha256-${h}'`).join(' ')}; img-src data:; frame-ancestors 'none'

# Embeds are made to be framed by any site: the pages' CSP with frame-ancestors *.
${under(urls.embeds())}
  ! X-Frame-Options
  Content-Security-Policy: ${PAGE_CSP}; frame-ancestors *

${under(urls.oembeds())}
  ! X-Frame-Options
  Content-Security-Policy: default-src 'none'; frame-ancestors *
  Access-Control-Allow-Origin: *

# The embed resizer script is loaded by other sites.
${urls.embedScript()}
  Access-Control-Allow-Origin: *
`;
}
