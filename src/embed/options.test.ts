import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, optionClasses, optionsQuery, parseEmbedOptions } from './options.ts';

describe('embed options from the URL', () => {
  it('defaults to Chinese, light colours and a visible title; auto follows the reader', () => {
    expect(parseEmbedOptions('')).toEqual({ theme: 'light', lang: 'zh', showTitle: true });
    expect(optionClasses(parseEmbedOptions(''))).toEqual(['atlas-theme-light']);
    expect(parseEmbedOptions('?theme=auto').theme).toBe('auto');
    expect(optionClasses(parseEmbedOptions('?theme=auto'))).toEqual([]);
  });

  it('reads the whitelisted values', () => {
    expect(parseEmbedOptions('?theme=dark&lang=en&title=0')).toEqual({ theme: 'dark', lang: 'en', showTitle: false });
    expect(parseEmbedOptions('theme=light')).toMatchObject({ theme: 'light' });
    expect(optionClasses({ theme: 'dark', lang: 'en', showTitle: false })).toEqual([
      'atlas-theme-dark',
      'atlas-embed--notitle',
    ]);
  });

  it('ignores anything else, so no parameter text can reach the page', () => {
    const junk = parseEmbedOptions('?theme=%3Cscript%3E&lang=fr&title=no&x=1');
    expect(junk).toEqual(DEFAULT_OPTIONS);
    expect(parseEmbedOptions('?theme=Dark&lang=EN')).toEqual(DEFAULT_OPTIONS);
    expect(optionClasses(parseEmbedOptions('?theme=" onload="x'))).toEqual(['atlas-theme-light']);
  });

  it('writes a query that parses back to the same options', () => {
    const opts = { theme: 'dark', lang: 'en', showTitle: false } as const;
    expect(parseEmbedOptions(optionsQuery(opts))).toEqual(opts);
    expect(optionsQuery(DEFAULT_OPTIONS)).toBe('');
  });
});
