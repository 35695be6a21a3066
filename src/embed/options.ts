// Embed-page options from the URL (?theme=dark&lang=en&title=0). Only
// whitelisted values are used; anything else falls back to the default, and no
// parameter text ever reaches the page.
export type EmbedTheme = 'auto' | 'light' | 'dark';
export type EmbedLang = 'zh' | 'en';

export interface EmbedOptions {
  /** Light unless the embedding page asks: 'auto' follows the reader's colour scheme, 'dark' pins dark. */
  theme: EmbedTheme;
  lang: EmbedLang;
  showTitle: boolean;
}

// Light by default: a newspaper page is light whatever its reader's system says.
export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'light', lang: 'zh', showTitle: true };

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const lang = params.get('lang');
  return {
    theme: theme === 'auto' || theme === 'dark' ? theme : 'light',
    lang: lang === 'en' ? 'en' : 'zh',
    showTitle: params.get('title') !== '0',
  };
}

/** Classes for <html>: they switch the colour tokens and hide the title (see Embed.astro, which ships atlas-theme-light for readers without script). */
export function optionClasses(opts: EmbedOptions): string[] {
  const classes: string[] = [];
  if (opts.theme !== 'auto') classes.push(`atlas-theme-${opts.theme}`);
  if (!opts.showTitle) classes.push('atlas-embed--notitle');
  return classes;
}

/** The query string for these options, defaults left out (for links and snippets). */
export function optionsQuery(opts: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (opts.theme && opts.theme !== 'light') params.set('theme', opts.theme);
  if (opts.lang === 'en') params.set('lang', 'en');
  if (opts.showTitle === false) params.set('title', '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}
