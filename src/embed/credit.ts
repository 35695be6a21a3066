// The credit under an embedded chart: its source, a link back to the page it
// comes from, the dataset version and the licence.
import { LICENCE, SITE_NAME } from './constants.ts';
import type { Lang } from '../charts/types.ts';

export const CREDIT_LINK_TEXT = { zh: `在${SITE_NAME.zh}查看`, en: `View on the ${SITE_NAME.en}` };

/** The dataset release the chart was drawn from, so a reader can match it to /data/. */
export function versionNote(version: string, lang: Lang): string {
  return lang === 'zh' ? `数据版本 ${version}` : `data v${version}`;
}

/** Stands in for the version where only its length matters (height estimates). */
export const VERSION_SAMPLE = '0.00.0';

/** The credit as plain text (what the embed page shows, link text included). */
export function creditText(source: string, lang: Lang, version = VERSION_SAMPLE): string {
  return `${source} · ${versionNote(version, lang)} · ${CREDIT_LINK_TEXT[lang]} ↗ · ${LICENCE}`;
}
