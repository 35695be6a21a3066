// Embed-page options from the URL (?theme=dark&lang=en&title=0). Only
// whitelisted values are used; anything else falls back to the default, and no
// parameter text ever reaches the page.
export type EmbedTheme = 'auto' | 'light' | 'dark';
export type EmbedLang = 'zh' | 'en';

export interface EmbedOptions {
  /** 'auto' follows the reader's colour scheme. */
  theme: EmbedTheme;
  lang: EmbedLang;
  showTitle: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', lang: 'zh', showTitle: true };

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const lang = params.get('lang');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    lang: lang === 'en' ? 'en' : 'zh',
    showTitle: params.get('title') !== '0',
  };
}

/** Classes for <html>: they switch the colour tokens and hide the title (see Embed.astro). */
export function optionClasses(opts: EmbedOptions): string[] {
  const classes: string[] = [];
  if (opts.theme !== 'auto') classes.push(`atlas-theme-${opts.theme}`);
  if (!opts.showTitle) classes.push('atlas-embed--notitle');
  return classes;
}

/** The query string for these options, defaults left out (for links and snippets). */
export function optionsQuery(opts: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (opts.theme && opts.theme !== 'auto') params.set('theme', opts.theme);
  if (opts.lang === 'en') params.set('lang', 'en');
  if (opts.showTitle === false) params.set('title', '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}
