// The code a journalist pastes: an iframe plus the resize script, or, for
// sites that strip scripts, the same iframe at a fixed height.
import { escapeHtml } from '../core/html.ts';
import { assertChartId } from './constants.ts';
import { embedScriptUrl, embedUrl } from './urls.ts';
import type { Site } from './urls.ts';

export interface SnippetInput {
  id: string;
  /** The chart's title, for the iframe's accessible name. */
  title: string;
  /** Estimated height at the embed width (see height.ts). */
  height: number;
  /** Height of the fixed-height snippet, which no script corrects (default: height). */
  plainHeight?: number;
  site: Site;
}

export interface Snippets {
  /** Iframe + script: the iframe grows to the chart's height. */
  responsive: string;
  /** Iframe alone, fixed height. */
  plain: string;
}

/** Attribute values are escaped with the site's one escaper. */
export const escapeAttr = escapeHtml;

export function iframeTag({ id, title, height, site }: SnippetInput): string {
  assertChartId(id);
  const h = Math.max(1, Math.round(height));
  return (
    `<iframe src="${escapeAttr(embedUrl(id, site))}" title="${escapeAttr(title)}" width="100%" height="${h}" ` +
    `style="border:0" loading="lazy" data-atlas-chart="${id}"></iframe>`
  );
}

export function embedSnippets(input: SnippetInput): Snippets {
  const iframe = iframeTag(input);
  return {
    responsive: `${iframe}<script async src="${escapeAttr(embedScriptUrl(input.site))}"></script>`,
    plain: input.plainHeight === undefined ? iframe : iframeTag({ ...input, height: input.plainHeight }),
  };
}
