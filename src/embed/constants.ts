// Names and numbers every embed artefact shares: the site's name and licence
// for credits, the chart-id pattern the host script trusts, and the width the
// snippet and oEmbed heights are estimated at.
export const SITE_NAME = { zh: '区域科技政策图鉴', en: 'Regional S&T Policy Atlas' };
export const LICENCE = 'CC BY 4.0';
/** The licence note carried by every download (SVG desc and credit, CSV column, PNG text). */
export const LICENCE_NOTE = `${LICENCE} · ${SITE_NAME.zh}`;
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

import { CHART_ID } from './limits.ts';

export { CHART_ID };

/** Width (px) the snippets and oEmbed assume. */
export const EMBED_WIDTH = 640;

export function assertChartId(id: string): string {
  if (!CHART_ID.test(id)) throw new Error(`chart id "${id}" is not a lowercase slug (${CHART_ID})`);
  return id;
}
