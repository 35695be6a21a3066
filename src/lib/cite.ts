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

export function citeEn(meta: ReportMeta, permalink: string, region?: Region): string {
  const who = region?.name_en ? `${region.name_en} Science and Technology Bureau` : meta.issuer;
  const title = meta.title_en ?? meta.title;
  const type = DOC_TYPE_LABELS[meta.doc_type]?.en ?? meta.doc_type;
  return `${who}. (${meta.year}). ${title} [${type}; ${meta.title}]. Curated in Regional S&T Policy Atlas. Retrieved ${ACCESS_DATE_PLACEHOLDER.replace('引用日期', 'access date')}, from ${permalink}`;
}
