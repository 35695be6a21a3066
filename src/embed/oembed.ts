// The oEmbed response for one chart (https://oembed.com, type "rich"), served
// statically. A static host answers a file whatever the query says, so it
// cannot read a consumer's ?maxwidth=: the default response
// (/oembed/<id>.json) is sized for a 640 px column, and one response per
// common column width (/oembed/w<width>/<id>.json, 320 to 720) is
// precomputed, its height estimated at that width. Every response lists them
// (`atlas_widths`) and says so (`atlas_sizing`), so a consumer that must stay
// within a maxwidth takes the widest that fits. The iframe is responsive in
// any case, and /embed.js corrects its height to the chart's.
import { EMBED_WIDTH, SITE_NAME } from './constants.ts';
import { ARTICLE_WIDTHS } from './fixed-height.ts';
import { embedSnippets } from './snippet.ts';
import { absolute, urls } from '../core/urls.ts';
import type { Site } from './urls.ts';

/** Column widths (px) with a response of their own. */
export const OEMBED_WIDTHS: readonly number[] = ARTICLE_WIDTHS;

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  /** The response for each column width, by width (a provider's own field, which consumers may ignore). */
  atlas_widths: Record<string, string>;
  /** How widths work on a static host, in a sentence. */
  atlas_sizing: string;
}

export interface OembedInput {
  id: string;
  title: string;
  /** The column width this response is for (px). */
  width?: number;
  /** Estimated height of the embed at that width (px). */
  height: number;
  site: Site;
}

/** A day: charts change when the data does, the embed URL never does. */
const CACHE_AGE = 86_400;

export const OEMBED_SIZING =
  'Static host: ?maxwidth= is not read. This response is for the width given; atlas_widths lists one response per column width, each within its own width; take the widest that fits your maxwidth. The iframe is responsive and /embed.js sets its height.';

/** The response for a chart at one width: `width` and `height` integers, html the responsive snippet. */
export function oembedJson({ id, title, width = EMBED_WIDTH, height, site }: OembedInput): OembedRich {
  const h = Math.round(height);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: `${SITE_NAME.zh} ${SITE_NAME.en}`,
    provider_url: absolute(urls.home(), site),
    html: embedSnippets({ id, title, height: h, site }).responsive,
    width: Math.round(width),
    height: h,
    cache_age: CACHE_AGE,
    atlas_widths: Object.fromEntries(OEMBED_WIDTHS.map((w) => [String(w), absolute(urls.oembedAtWidth(id, w), site)])),
    atlas_sizing: OEMBED_SIZING,
  };
}
