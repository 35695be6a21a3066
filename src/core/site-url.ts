// SITE_URL, the public address the site is published at, checked before
// anything is built: permalinks, canonical links, og:url, cards, oEmbed,
// embed snippets and citations are all made from it, so a wrong one would be
// copied into every page and every article that embeds a chart. An http(s)
// address with a host; no user, password, query or fragment; a path (the site
// published below https://example.org/atlas/) is kept: it becomes the base of
// every address the site writes.

export const DEFAULT_SITE_URL = 'http://localhost:4321';

export type SiteUrl =
  | {
      ok: true;
      /** The address with its path, ending in "/": https://example.org/atlas/. */
      site: string;
      /** The path the site lives under, "/" or "/atlas/" (always with both slashes). */
      base: string;
    }
  | { ok: false; message: string };

const EXAMPLE = 'https://atlas.example.org/ or https://example.org/atlas/';

/** SITE_URL's verdict: the site's address and base path, or one line saying what is wrong. */
export function checkSiteUrl(raw: string | undefined): SiteUrl {
  const value = raw ?? DEFAULT_SITE_URL;
  const fail = (why: string): SiteUrl => ({
    ok: false,
    message: `SITE_URL: ${JSON.stringify(value)} ${why}; give the public http(s) address the site is published at, e.g. ${EXAMPLE}`,
  });
  if (value.trim() !== value || value === '') return fail('is empty or has spaces around it');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('is not an address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`is a ${url.protocol} address, not http(s)`);
  if (!url.hostname) return fail('names no host');
  if (url.username || url.password) return fail('holds a user name or password');
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return fail('holds a query or fragment');
  const writtenPath = value.replace(/^[a-z]+:\/\/[^/]*/i, '');
  if (/%2f|%5c|\/\.\.?(?:\/|$)/i.test(writtenPath) || writtenPath.includes('//') || writtenPath.includes('\\'))
    return fail('has a path with an empty, "." or ".." part or an encoded slash');
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, site: `${url.origin}${base}`, base };
}
