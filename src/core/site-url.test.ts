import { describe, expect, it } from 'vitest';
import { checkSiteUrl, DEFAULT_SITE_URL } from './site-url.ts';

describe('checkSiteUrl', () => {
  it('takes an http(s) address, keeping its path as the base', () => {
    expect(checkSiteUrl(undefined)).toEqual({ ok: true, site: `${DEFAULT_SITE_URL}/`, base: '/' });
    expect(checkSiteUrl('https://atlas.example.org')).toEqual({
      ok: true,
      site: 'https://atlas.example.org/',
      base: '/',
    });
    expect(checkSiteUrl('https://example.org/atlas/')).toEqual({
      ok: true,
      site: 'https://example.org/atlas/',
      base: '/atlas/',
    });
    expect(checkSiteUrl('https://example.org/a/b')).toEqual({
      ok: true,
      site: 'https://example.org/a/b/',
      base: '/a/b/',
    });
  });

  it.each([
    ['javascript:alert(1)', /is a javascript: address, not http\(s\)/],
    ['ftp://example.org/', /is a ftp: address/],
    ['example.org', /is not an address/],
    ['https://user:secret@example.org/', /holds a user name or password/],
    ['https://example.org/?utm=1', /holds a query or fragment/],
    ['https://example.org/#top', /holds a query or fragment/],
    [' https://example.org/', /is empty or has spaces around it/],
    ['', /is empty/],
    ['https://example.org/a/../b/', /"\.\."|empty, "\." or "\.\." part/],
    ['https://example.org/a%2fb/', /encoded slash/],
  ])('refuses %j in one line naming SITE_URL', (raw, why) => {
    const r = checkSiteUrl(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.startsWith(`SITE_URL: ${JSON.stringify(raw)} `)).toBe(true);
    expect(r.message).toMatch(why);
    expect(r.message).not.toContain('\n');
  });
});
