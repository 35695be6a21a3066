// The compare picker's list. The page lists the newest reports (all of them
// for a small corpus); the reader's words and filters find the rest through
// the search index, a page at a time. A row has one shape whether the build
// wrote it from the dataset or the browser read it from the index's title
// line, so both draw the very same row (view/picker-view.ts).
import { regionPath, yearSpan, type ReportListing } from '../words/report-words.ts';
import type { CompareMeta } from './types.ts';

/** What one row of the picker shows of a report. */
export type PickerEntry = ReportListing;

/** Reports the page lists as HTML: every report of a corpus this small, the newest this many of a larger one. */
export const PICKER_ROWS = 100;
/** Reports found per request, and per 显示更多. */
export const FOUND_PAGE = 20;

export function pickerEntry(m: CompareMeta): PickerEntry {
  return {
    id: m.id,
    title: m.title,
    region: regionPath({ province: m.province, city: m.city, name: m.region }, m.region_basis),
    year: m.year,
    years: m.years,
    year_reliable: m.year_reliable,
    doc_type: m.doc_type,
    level: m.level,
  };
}

/** Newest first, then by id: the order of the page's own list. */
export function newestEntries(entries: PickerEntry[], max = PICKER_ROWS): PickerEntry[] {
  return [...entries].sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, max);
}

/** A chosen report in a few characters: 浙江省宁波市 约2012. */
export function entryLabel(e: Pick<PickerEntry, 'region' | 'year' | 'years' | 'year_reliable'>): string {
  return `${e.region} ${yearSpan(e)}`;
}

export interface ListCount {
  /** Rows in the list now. */
  shown: number;
  /** Reports the words and filters match (all reports when nothing is asked). */
  matching: number;
  /** Reports in the corpus. */
  all: number;
  /** Words typed or a filter chosen. */
  asked: boolean;
  /** The finder is there (it needs JavaScript): the note may point to it. */
  finder?: boolean;
  /** Nothing matched these words: the list holds the nearest reports instead. */
  near?: string;
}

/** The line above the list: how long it is, and how much of what matches it shows. */
export function listNote(c: ListCount): string {
  if (!c.asked) {
    if (c.shown >= c.all) return `共 ${c.all} 篇`;
    return `列出最新的 ${c.shown} 篇，共 ${c.all} 篇${c.finder ? '；用上面的查找和筛选找到其余各篇' : ''}`;
  }
  if (c.near) return `没有完全符合“${c.near}”的报告；下面是相近的 ${c.shown} 篇`;
  if (c.matching === 0) return `没有符合条件的报告（共 ${c.all} 篇）`;
  if (c.shown >= c.matching) return `找到 ${c.matching} 篇，共 ${c.all} 篇`;
  return `找到 ${c.matching} 篇，显示前 ${c.shown} 篇；共 ${c.all} 篇`;
}
