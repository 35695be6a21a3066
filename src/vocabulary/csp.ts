// The Content-Security-Policy, stated once: the pages' <meta> tag (both
// layouts) and the build's dist/_headers (written by
// src/integrations/reliability.ts) come from here. Only the site's own
// scripts and styles; no inline code.
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The <meta> tag, as raw markup (an Astro attribute would escape the quotes to &#39;). */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;

/** dist/_headers, for static hosts that read one (Cloudflare Pages, Netlify): what a meta tag cannot say. */
export const HEADERS_FILE = `# HTTP headers for static hosts that read a _headers file (Cloudflare Pages,
# Netlify; syntax: a path pattern, then indented "Name: value" lines).
# The pages carry the same Content-Security-Policy in a <meta> tag; what a
# meta tag cannot say is said here: who may frame a page (frame-ancestors,
# X-Frame-Options), MIME sniffing, referrer policy. See README, "Security
# headers and reliability checks". Written by the build from
# src/vocabulary/csp.ts, which also writes the pages' meta tag.

# Every page: never framed, scripts and styles only from this site.
/*
  Content-Security-Policy: ${PAGE_CSP}; frame-ancestors 'none'
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()
  Cross-Origin-Opener-Policy: same-origin

# Embeds are made to be framed by any site. "! Name" drops the header the /*
# rule attached (Cloudflare Pages); where a host ignores it, the CSP below still
# wins: browsers ignore X-Frame-Options when a CSP names frame-ancestors.
/embed/*
  ! Content-Security-Policy
  ! X-Frame-Options
  ! Cross-Origin-Opener-Policy
  Content-Security-Policy: ${PAGE_CSP}; frame-ancestors *

/oembed/*
  ! Content-Security-Policy
  ! X-Frame-Options
  ! Cross-Origin-Opener-Policy
  Content-Security-Policy: default-src 'none'; frame-ancestors *
  Access-Control-Allow-Origin: *

# The embed resizer script is loaded by other sites.
/embed.js
  Access-Control-Allow-Origin: *
`;
