// Citations for a report (or a paragraph of it): GB/T 7714-2015 style in
// Chinese and an APA-like English style, both ending in the permalink. The
// access date is left as a placeholder the browser fills in, so builds stay
// byte-identical.
import type { Region, ReportMeta } from '../pipeline/types.ts';
import { DOC_TYPE_LABELS } from './labels.ts';

export const ACCESS_DATE_PLACEHOLDER = '[引用日期]';

export function citeZh(meta: ReportMeta, permalink: string): string {
  const issuer = meta.issuer;
  const published = meta.source.published ? `(${meta.source.published})` : '';
  return `${issuer}. ${meta.title}[EB/OL]. 区域科技政策图鉴, 整理. ${published}${ACCESS_DATE_PLACEHOLDER}. ${permalink}.`;
}

const LEVEL_EN: Record<string, string> = { province: 'Provincial', city: 'Municipal', district: 'District', county: 'County' };

/**
 * The author as the source names it: a region the text states is named; an
 * inferred one is marked as attributed; an unidentified one is left so.
 */
function authorEn(meta: ReportMeta, region?: Region): string {
  const bureau = `${(meta.region.level && LEVEL_EN[meta.region.level]) || ''} Science and Technology Bureau`.trim();
  if (meta.region_basis === 'stated' && region?.name_en) return `${region.name_en} Science and Technology Bureau`;
  if (meta.region_basis === 'inferred' && region?.name_en) return `${bureau} [attributed to ${region.name_en}]`;
  return `${bureau} [region unidentified]`;
}

export function citeEn(meta: ReportMeta, permalink: string, region?: Region): string {
  const title = meta.title_en ?? meta.title;
  const type = DOC_TYPE_LABELS[meta.doc_type]?.en ?? meta.doc_type;
  const year = meta.year_reliable ? `${meta.year}` : `c. ${meta.year}`;
  return `${authorEn(meta, region)}. (${year}). ${title} [${type}; ${meta.title}]. Curated in Regional S&T Policy Atlas. Retrieved ${ACCESS_DATE_PLACEHOLDER.replace('引用日期', 'access date')}, from ${permalink}`;
}
