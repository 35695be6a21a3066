// How pages name a report in one line: its region (marked when inferred, or
// the one word for an unidentified region) and its year (约 when the host site
// rewrote it). One convention for cards, tables, headings and lists, so an
// inferred region or an estimated year never reads as stated. The words
// themselves live in the pipeline's vocabulary, shared with charts and search.
import type { Report } from '../pipeline/types.ts';
import { DOC_TYPE_LABELS } from '../pipeline/labels.ts';
import { regionLabel, yearSpan } from '../words/report-words.ts';

type Meta = Report['meta'];

/** 2023, 2022–2023, or 约2012 when the year is the curator's estimate. */
export function yearText(m: Meta): string {
  return yearSpan(m);
}

/** 新沂市, 兖州区（推断）, or 地区不明. */
export function regionText(m: Meta): string {
  return regionLabel(m.region.code ? m.region.name : null, m.region_basis);
}

/** 兖州区（推断） 2022–2023. */
export function reportShortName(m: Meta): string {
  return `${regionText(m)} ${yearText(m)}`;
}

/**
 * The title a reader can tell apart from the others: region, year and type,
 * e.g. 新沂市 2023年工作总结, 安庆市（推断） 约2011年工作总结. Scraped titles
 * often name no region ("市科技局工作总结" three times over), so pages lead
 * with this and keep the original title beside it as 原标题.
 */
export function displayTitle(m: Meta): string {
  return `${regionText(m)} ${yearText(m)}年${DOC_TYPE_LABELS[m.doc_type]?.zh ?? ''}`;
}

/** The same in English: Xinyi City, 2023 work summary. */
export function displayTitleEn(m: Meta, regionEn?: string): string {
  const region = regionLabel(m.region.code ? (regionEn ?? m.region.name) : null, m.region_basis, 'en');
  return `${region}, ${yearSpan(m, 'en')} ${(DOC_TYPE_LABELS[m.doc_type]?.en ?? m.doc_type).toLowerCase()}`;
}
