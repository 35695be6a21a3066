// Reads the selection from the address (?r=a,b or ?r=a&r=b, as the plain form
// sends it) and checks each id against the corpus. Never trusts the address:
// ids must look like ids and be known; the rest is reported, not rendered.
// Ids are read case-insensitively (a pasted or retyped address may shout);
// the address the site writes is lower case and in the reader's order.
export const MAX_REPORTS = 4;
export const MIN_REPORTS = 2;
const ID = /^[a-z0-9-]+$/;
const MAX_ID_LENGTH = 120;

export interface ParsedSelection {
  /** Known ids, in address order, at most MAX_REPORTS, no repeats. */
  ids: string[];
  /** Well-formed ids that no report has. */
  unknown: string[];
  /** Values that are not ids at all (shown shortened, as text). */
  malformed: string[];
  /** Ids after the first MAX_REPORTS known ones: not shown (not looked up once the comparison was full). */
  dropped: string[];
  /** Ids past MAX_LOOKUPS while fewer than MAX_REPORTS were known: not looked up. */
  unchecked: string[];
}

export function rawSelection(search: string): string[] {
  const params = new URLSearchParams(search);
  return params
    .getAll('r')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Ids looked up at once. */
export const LOOKUP_BATCH = 2 * MAX_REPORTS;
/** Ids looked up per address at most: a pasted list of a thousand ids costs a few requests, not a thousand. */
export const MAX_LOOKUPS = 4 * LOOKUP_BATCH;

/** The address read on its own: well-formed ids (lower case, first occurrence, address order) and the malformed values. */
export function readSelection(search: string): { candidates: string[]; malformed: string[] } {
  const candidates: string[] = [];
  const malformed: string[] = [];
  for (const raw of rawSelection(search)) {
    const v = raw.toLowerCase();
    if (v.length > MAX_ID_LENGTH || !ID.test(v)) malformed.push(shorten(raw));
    else if (!candidates.includes(v)) candidates.push(v);
  }
  return { candidates, malformed };
}

/**
 * The selection in the address, checked against the corpus: `exists` says
 * whether a report has that id (the page asks for its compare data, so no
 * list of every report is ever downloaded). Ids are looked up in address
 * order, LOOKUP_BATCH at once, until MAX_REPORTS are known or MAX_LOOKUPS
 * were asked; ids after a full comparison are not shown, ids past the
 * lookups were not looked up. Every id of the address lands in one list.
 */
export async function resolveSelection(
  search: string,
  exists: (id: string) => Promise<boolean>,
): Promise<ParsedSelection> {
  const { candidates, malformed } = readSelection(search);
  const out: ParsedSelection = { ids: [], unknown: [], malformed, dropped: [], unchecked: [] };
  let at = 0;
  while (at < candidates.length && at < MAX_LOOKUPS && out.ids.length < MAX_REPORTS) {
    const batch = candidates.slice(at, Math.min(at + LOOKUP_BATCH, MAX_LOOKUPS));
    const known = await Promise.all(batch.map(exists));
    batch.forEach((id, i) => {
      if (!known[i]) out.unknown.push(id);
      else if (out.ids.length < MAX_REPORTS) out.ids.push(id);
      else out.dropped.push(id);
    });
    at += batch.length;
  }
  const rest = candidates.slice(at);
  if (out.ids.length >= MAX_REPORTS) out.dropped.push(...rest);
  else out.unchecked.push(...rest);
  return out;
}

export function shorten(v: string, max = 40): string {
  const chars = Array.from(v);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : v;
}

/** The address of a selection, the one form the site writes (see urls.compare). */
export function selectionSearch(ids: string[]): string {
  return ids.length ? `?r=${ids.join(',')}` : '';
}
