// The credit under an embedded chart: its source, a link back to the page it
// comes from, and the licence.
import { LICENCE, SITE_NAME } from './constants.ts';
import type { Lang } from '../charts/types.ts';

export const CREDIT_LINK_TEXT = { zh: `在${SITE_NAME.zh}查看`, en: `View on the ${SITE_NAME.en}` };

/** The credit as plain text (what the embed page shows, link text included). */
export function creditText(source: string, lang: Lang): string {
  return `${source} · ${CREDIT_LINK_TEXT[lang]} ↗ · ${LICENCE}`;
}
