// Text citations of a report, or a paragraph or figure of it: GB/T 7714-2015
// style in Chinese and an APA-like English style (the records for reference
// managers are cite-records.ts, from the citation model of citation.ts, whose
// part names and anchors these share). The
// author is who wrote the text (a news outlet reporting on a bureau is the
// author, the bureau its subject); the original address is given when the
// source names one; the atlas's curated copy and dataset version follow. The
// access date is a placeholder the browser fills in, so builds stay
// byte-identical.
import type { Region, ReportMeta } from '../pipeline/types.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { yearSpan } from '../words/report-words.ts';
import { regionText } from '../words/report-words.ts';
import { citedUrl, partLabel } from './citation.ts';
import { SITE_NAME } from '../words/source-words.ts';
import type { Citation, Cited } from './citation.ts';

export const ACCESS_DATE_PLACEHOLDER = '[引用日期]';
const ACCESS_EN = '[access date]';

/** A paragraph (#p-n, shown as 第 n+1 段) or a figure (#f-n) of the report: a part of the citation model. */
export type CitePart = Exclude<Cited, { kind: 'report' }>;

export interface CiteOptions {
  region?: Region;
  part?: CitePart;
  /** Dataset version the citation refers to. */
  version?: string;
}

const withAnchor = (permalink: string, part?: CitePart) => (part ? citedUrl(permalink, part) : permalink);
const partZh = (part?: CitePart) => (part ? partLabel(part).zh : '');
const partEn = (part?: CitePart) => (part ? partLabel(part).en : '');

/** 出版年: the publication year with its date, else the report's years (约2011 when estimated). */
function yearZh(meta: ReportMeta): string {
  const p = meta.source.published;
  return p ? `${p.slice(0, 4)}(${p})` : yearSpan(meta);
}

/** A scraped title that names no region ("市科技局工作总结") gets the derived one as other title information. */
function titleZh(meta: ReportMeta): string {
  const named = meta.region.code && meta.title.includes(meta.region.name.replace(/[市区县]$/, ''));
  return named
    ? meta.title
    : `${meta.title}: ${regionText(meta)} ${yearSpan(meta)}年${DOC_TYPE_LABELS[meta.doc_type]?.zh ?? ''}`;
}

export function citeZh(meta: ReportMeta, permalink: string, opts: CiteOptions = {}): string {
  const author = meta.source.author ?? meta.issuer;
  const site = meta.source.site ? `${meta.source.site}, ` : '';
  const url = meta.source.url ? ` ${meta.source.url}.` : '';
  const subject = meta.source.author ? `报道对象: ${meta.issuer}. ` : '';
  const version = opts.version ? `(数据版本 ${opts.version})` : '';
  return `${author}. ${titleZh(meta)}${partZh(opts.part)}[EB/OL]. ${site}${yearZh(meta)}${ACCESS_DATE_PLACEHOLDER}.${url} ${subject}${SITE_NAME.zh}整理本${version}: ${withAnchor(permalink, opts.part)}.`;
}

const LEVEL_EN: Record<string, string> = {
  province: 'Provincial',
  city: 'Municipal',
  district: 'District',
  county: 'County',
};

/** The bureau as the source names it: a stated region is named; an inferred one is marked as attributed. */
function bureauEn(meta: ReportMeta, region?: Region): string {
  const bureau = `${(meta.region.level && LEVEL_EN[meta.region.level]) || ''} Science and Technology Bureau`.trim();
  if (meta.region_basis === 'stated' && region?.name_en) return `${region.name_en} Science and Technology Bureau`;
  if (meta.region_basis === 'inferred' && region?.name_en) return `${bureau} [attributed to ${region.name_en}]`;
  return `${bureau} [region unidentified]`;
}

function authorEn(meta: ReportMeta, region?: Region): string {
  return meta.source.author
    ? `${meta.source.author} [reporting on the ${bureauEn(meta, region)}]`
    : bureauEn(meta, region);
}

export function citeEn(
  meta: ReportMeta,
  permalink: string,
  regionOrOpts?: Region | CiteOptions,
  maybeOpts: CiteOptions = {},
): string {
  const opts: CiteOptions =
    regionOrOpts && 'code' in regionOrOpts
      ? { ...maybeOpts, region: regionOrOpts as Region }
      : { ...(regionOrOpts as CiteOptions | undefined), ...maybeOpts };
  const title = meta.title_en ?? meta.title;
  const type = DOC_TYPE_LABELS[meta.doc_type]?.en ?? meta.doc_type;
  const site = meta.source.site ? ` ${meta.source.site}.` : '';
  const url = meta.source.url ? ` ${meta.source.url}.` : '';
  const version = opts.version ? ` (data version ${opts.version})` : '';
  return `${authorEn(meta, opts.region)}. (${yearSpan(meta, 'en')}). ${title}${partEn(opts.part)} [${type}; ${meta.title}].${site}${url} Curated copy in ${SITE_NAME.en}${version}. Retrieved ${ACCESS_EN}, from ${withAnchor(permalink, opts.part)}`;
}

/**
 * GB/T 7714 for what the atlas compiled (a series, an indicator, a chart, a
 * comparison): a data set ([DS/OL]) by the atlas, its title naming the data
 * version, issued on the release date.
 */
export function citeDatasetZh(c: Citation): string {
  const date = c.issued.date ? `(${c.issued.date})` : `${c.issued.year}`;
  return `${SITE_NAME.zh}. ${c.title}[DS/OL]. ${date}${ACCESS_DATE_PLACEHOLDER}. ${c.url}.`;
}

export function citeDatasetEn(c: Citation, titleEn: string): string {
  return `${SITE_NAME.en}. (${c.issued.year}). ${titleEn} (Version ${c.version}) [Data set]. Retrieved ${ACCESS_EN}, from ${c.url}`;
}
