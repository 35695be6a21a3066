// The one way every page, chart, search result and picker writes a report's
// region and years: an unidentified region has one name, an estimated year
// reads 约2012 (c. 2012), a report covering two years reads 2022–2023.
// Plain data in, strings out, so the pipeline, charts, compare view, search
// and pages all import it rather than each spelling its own.
import type { Bilingual } from '../core/bilingual.ts';
import type { DocType } from '../core/codes.ts';
import { DOC_TYPE_LABELS } from './labels.ts';

export const UNKNOWN_REGION: Bilingual = { zh: '地区不明', en: 'Unidentified region' };

/** What the vocabulary needs of a report's metadata (a curated report or a compare/search row). */
export interface YearsLike {
  year: number;
  years?: number[];
  year_reliable?: boolean;
}

/** A year or span as a reader sees it: 2012, or 约2012 / c. 2012 when it is the curator's estimate. */
export function yearWord(year: number | string, reliable: boolean, lang: 'zh' | 'en' = 'zh'): string {
  if (reliable) return `${year}`;
  return lang === 'zh' ? `约${year}` : `c. ${year}`;
}

/** 2023, 2022–2023; 约2012 / c. 2012 when the year is the curator's estimate. */
export function yearSpan(m: YearsLike, lang: 'zh' | 'en' = 'zh'): string {
  const years = m.years?.length ? m.years : [m.year];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return yearWord(first === last ? `${first}` : `${first}–${last}`, m.year_reliable !== false, lang);
}

/** The region a reader sees: its name, （推断） when inferred, or the one word for an unidentified region. */
export function regionLabel(
  name: string | null | undefined,
  basis: string | null | undefined,
  lang: 'zh' | 'en' = 'zh',
): string {
  if (!name || basis === 'unknown') return UNKNOWN_REGION[lang];
  if (basis === 'inferred') return lang === 'zh' ? `${name}（推断）` : `${name} (inferred)`;
  return name;
}

/** What a list of reports shows of one: the compare picker's rows, the search index's report heads. */
export interface ReportListing extends YearsLike {
  id: string;
  title: string;
  /** The whole place (regionPath): 浙江省台州市仙居县, （推断） when inferred, 地区不明. */
  region: string;
  doc_type: string;
  level: string | null;
}

/** What regionPath needs of a region: its province, city and own name (any may be empty). */
export interface RegionPlace {
  province?: string | null;
  city?: string | null;
  name?: string | null;
}

/**
 * The whole place, for lists that mix regions (search results, the compare
 * picker): 浙江省台州市仙居县, （推断） when inferred, the one word for an
 * unidentified region. Two districts of one name in different cities differ.
 */
export function regionPath(place: RegionPlace, basis: string | null | undefined): string {
  const parts: string[] = [];
  for (const p of [place.province, place.city, place.name]) if (p && !parts.includes(p)) parts.push(p);
  if (!parts.length || basis === 'unknown') return UNKNOWN_REGION.zh;
  return `${parts.join('')}${basis === 'inferred' ? '（推断）' : ''}`;
}

/** What a report's one-line name needs of its metadata (a curated report, a search or picker row). */
export interface ReportNaming extends YearsLike {
  region: { code: string | null; name: string };
  region_basis: string;
  doc_type: string;
}

/** 新沂市, 兖州区（推断）, or 地区不明. */
export function regionText(m: ReportNaming): string {
  return regionLabel(m.region.code ? m.region.name : null, m.region_basis);
}

/** 兖州区（推断） 2022–2023. */
export function reportShortName(m: ReportNaming): string {
  return `${regionText(m)} ${yearSpan(m)}`;
}

/**
 * The title a reader can tell apart from the others: region, year and type,
 * e.g. 新沂市 2023年工作总结, 安庆市（推断） 约2011年工作总结. Scraped titles
 * often name no region ("市科技局工作总结" three times over), so pages and
 * search results lead with this and keep the original title beside it as 原标题.
 */
export function displayTitle(m: ReportNaming): string {
  return `${regionText(m)} ${yearSpan(m)}年${DOC_TYPE_LABELS[m.doc_type as DocType]?.zh ?? ''}`;
}

/** The same in English: Xinyi City, 2023 work summary. */
export function displayTitleEn(m: ReportNaming, regionEn?: string): string {
  const region = regionLabel(m.region.code ? (regionEn ?? m.region.name) : null, m.region_basis, 'en');
  const type = DOC_TYPE_LABELS[m.doc_type as DocType]?.en ?? m.doc_type;
  return `${region}, ${yearSpan(m, 'en')} ${type.toLowerCase()}`;
}

/** What the report's own title field is: the source's title (原标题), or one a curator composed for a source that has none. */
export function titleNote(m: { title: string; title_basis?: string }): Bilingual {
  return m.title_basis === 'inferred'
    ? { zh: `原文无标题，编辑拟题：${m.title}`, en: `No title in the source; the curator's title: ${m.title}` }
    : { zh: `原标题：${m.title}`, en: `Original title: ${m.title}` };
}
