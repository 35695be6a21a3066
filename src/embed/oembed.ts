// The oEmbed response for one chart (https://oembed.com, type "rich"):
// served statically as /oembed/<id>.json.
import { EMBED_WIDTH, SITE_NAME } from './constants.ts';
import { embedSnippets } from './snippet.ts';
import type { Site } from './urls.ts';
import { absolute, urls } from '../core/urls.ts';

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
}

export interface OembedInput {
  id: string;
  title: string;
  height: number;
  site: Site;
}

/** A day: charts change when the data does, the embed URL never does. */
const CACHE_AGE = 86_400;

export function oembedJson({ id, title, height, site }: OembedInput): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: `${SITE_NAME.zh} ${SITE_NAME.en}`,
    provider_url: absolute(urls.home(), site),
    html: embedSnippets({ id, title, height, site }).responsive,
    width: EMBED_WIDTH,
    height: Math.round(height),
    cache_age: CACHE_AGE,
  };
}
