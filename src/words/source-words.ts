// Where a chart's or a table's figures come from, as its credit line says it:
// the whole atlas, or one report with its title and issuer.
import type { Bilingual } from '../core/bilingual.ts';

export const SITE_NAME: Bilingual = { zh: '区域科技政策图鉴', en: 'Regional S&T Policy Atlas' };

export const SITE_SOURCE: Bilingual = {
  zh: `来源：各地科技局公开发布的工作总结与计划，经${SITE_NAME.zh}整理`,
  en: `Source: work summaries and plans published by local S&T bureaus, curated by the ${SITE_NAME.en}`,
};

/** What a report's credit needs: its title (and English title when given) and who issued it. */
export interface SourcedReport {
  title: string;
  title_en?: string;
  issuer: string;
}

export function reportSource(m: SourcedReport): Bilingual {
  return {
    zh: `来源：《${m.title}》（${m.issuer}），${SITE_NAME.zh}整理`,
    en: `Source: “${m.title_en ?? m.title}” (${m.issuer}), curated by the ${SITE_NAME.en}`,
  };
}
