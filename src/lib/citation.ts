// One citation model for everything the atlas lets a reader cite: a report,
// or a paragraph or figure of it. Each citable thing becomes one `Citation`
// (who, what, when — with an estimated year marked circa —, where, accessed
// when, in what language), and every record format (cite-records.ts: BibTeX,
// RIS, CSL-JSON) is written from that one value, so the formats cannot
// disagree. Another citable thing (a series, a chart) is one more member of
// `Cited` with its key suffix, anchor and part label; the formats need no
// change. The access date is the release date of the data (a file built once
// cannot know the day it is read; the text citations on the page leave a
// placeholder the browser fills with today).
import type { ReportMeta } from '../pipeline/types.ts';
import type { Release } from '../pipeline/release.ts';
import type { Bilingual } from '../core/bilingual.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { displayTitle, yearSpan } from '../words/report-words.ts';
import { SITE_NAME } from '../words/source-words.ts';

/** What is cited: the whole report, a paragraph (#p-n, 第 n+1 段) or a figure (#f-n, with its words). */
export type Cited =
  { kind: 'report' } | { kind: 'paragraph'; n: number } | { kind: 'figure'; n: number; raw?: string } | DatasetCited;

/** What the atlas itself compiled: a series, an indicator, a chart or a comparison (a data set, authored by the atlas). */
export type DatasetCited = { kind: 'series' | 'indicator' | 'chart' | 'comparison'; id: string };

export interface Citation {
  /** Citation key: atlas-<report id>, then -p<n> or -f<n> for a part; atlas-<kind>-<id> for what the atlas compiled (ids are slugs, so keys need no escaping). */
  key: string;
  /** A source document (report) or a data set the atlas compiled from such documents. */
  type: 'report' | 'dataset';
  /** What is cited. */
  cited: Cited;
  /** The author: who wrote the text (a news outlet), else the issuing bureau; a corporate name, never split. */
  author: string;
  /** The bureau the text is about, when someone else wrote it. */
  subject?: string;
  /** The title as the source gives it, with the part named (（第 3 段）, （数字 f-7：86家）). */
  title: string;
  /** The atlas's derived title (region, years, type): names the report when the scraped title does not. */
  containerTitle: string;
  /** Kind of document, in English (Work summary). */
  genre: string;
  /** When it was issued: the publication date when known, else the report's year, `circa` when the curator estimated it. */
  issued: { year: number; date?: string; circa: boolean };
  /** YYYY-MM-DD: the release date of the data the cited copy belongs to; null before any release. */
  accessed: string | null;
  /** Absolute permalink of the cited thing on the atlas (with its #p-n / #f-n anchor). */
  url: string;
  /** The address the source was scraped from, when known. */
  originalUrl?: string;
  /** The site that published the source. */
  publisher?: string;
  /** BCP 47 tag of the text's language. */
  language: 'zh-CN';
  /** Notes a reference manager keeps with the record, in English. */
  notes: string[];
  /** Dataset version. */
  version: string;
}

const anchor = (c: Cited) => (c.kind === 'paragraph' ? `#p-${c.n}` : c.kind === 'figure' ? `#f-${c.n}` : '');
const keySuffix = (c: Cited) => (c.kind === 'paragraph' ? `-p${c.n}` : c.kind === 'figure' ? `-f${c.n}` : '');

/** How a part is named after the title, in each language (empty for the whole report). */
export function partLabel(c: Cited): Bilingual {
  if (c.kind === 'paragraph') return { zh: `（第 ${c.n + 1} 段）`, en: `, paragraph ${c.n + 1}` };
  if (c.kind === 'figure')
    return {
      zh: `（数字 f-${c.n}${c.raw ? `：${c.raw}` : ''}）`,
      en: `, figure f-${c.n}${c.raw ? ` (${c.raw})` : ''}`,
    };
  return { zh: '', en: '' };
}

/** The report's permalink with the part's anchor in place of any it had. */
export const citedUrl = (permalink: string, c: Cited) => `${permalink.replace(/#.*$/, '')}${anchor(c)}`;

/** An address as the URL standard reads it: line breaks and tabs dropped, spaces and braces in the path encoded. */
function address(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url.trim());
  }
}

export interface CitationInput {
  meta: ReportMeta;
  /** Absolute permalink of the report. */
  permalink: string;
  release: Release;
  cited?: Cited;
}

export function citation({ meta: m, permalink, release, cited = { kind: 'report' } }: CitationInput): Citation {
  const published = m.source.published;
  const circa = !published && !m.year_reliable;
  const genre = DOC_TYPE_LABELS[m.doc_type]?.en ?? m.doc_type;
  return {
    key: `atlas-${m.id}${keySuffix(cited)}`,
    type: 'report',
    cited,
    author: m.source.author ?? m.issuer,
    ...(m.source.author ? { subject: m.issuer } : {}),
    title: `${m.title}${partLabel(cited).zh}`,
    containerTitle: displayTitle(m),
    genre,
    issued: published
      ? { year: Number(published.slice(0, 4)), date: published, circa: false }
      : { year: m.year, circa },
    accessed: release.date || null,
    url: citedUrl(permalink, cited),
    ...(m.source.url ? { originalUrl: address(m.source.url) } : {}),
    ...(m.source.site ? { publisher: m.source.site } : {}),
    language: 'zh-CN',
    notes: [
      `${displayTitle(m)}. ${genre}.`,
      circa
        ? `Year estimated by the curator (${yearSpan(m)}, circa ${m.year}): the source's years are not reliable.`
        : '',
      m.source.author ? `Subject: ${m.issuer}.` : '',
      m.source.url ? `Original: ${address(m.source.url)}` : '',
      `Curated copy in ${SITE_NAME.en} (${SITE_NAME.zh}), data version ${release.version}.`,
    ].filter(Boolean),
    version: release.version,
  };
}

export interface DatasetCitationInput {
  cited: DatasetCited;
  /** The title as the atlas shows it (a series' or chart's title, an indicator's or comparison's name). */
  title: Bilingual;
  /** Absolute address of what is cited. */
  url: string;
  release: Release;
  /** What it holds, in English, for the record's note (regions, years, filters). */
  about: string;
}

/**
 * A series, indicator, chart or comparison: compiled by the atlas from the
 * reports, so the atlas is its author and the release its edition; the
 * version is named in the title line, the note and the version field.
 */
export function datasetCitation({ cited, title, url, release, about }: DatasetCitationInput): Citation {
  const year = Number(release.date.slice(0, 4)) || new Date(0).getUTCFullYear();
  return {
    key: `atlas-${cited.kind}-${cited.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`,
    type: 'dataset',
    cited,
    author: SITE_NAME.zh,
    title: `${title.zh}（数据版本 ${release.version}）`,
    containerTitle: `${SITE_NAME.zh} ${SITE_NAME.en}`,
    genre: 'Dataset',
    issued: release.date ? { year, date: release.date, circa: false } : { year, circa: false },
    accessed: release.date || null,
    url,
    publisher: SITE_NAME.en,
    language: 'zh-CN',
    notes: [`${title.en}.`, about, `${SITE_NAME.en} (${SITE_NAME.zh}), data version ${release.version}.`].filter(
      Boolean,
    ),
    version: release.version,
  };
}
