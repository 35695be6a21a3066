// Reading a list by index without going past either end unnoticed: one
// binary search for every sorted list the pipeline looks offsets up in (line
// starts, sentence starts, headings, spans), and `itemAt` for scans that keep
// their own indexes (the clause model, the ingest's passes over lines).

/**
 * Index of the last item for which `before` holds, or -1 when none does;
 * `before` must hold for a prefix of `items` and fail for the rest.
 */
export function lastBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    // lo ≤ mid ≤ hi < length: `item` is always there (a list of T, not of T | undefined).
    if (item !== undefined && before(item)) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/**
 * The item at `j`, for an index the caller's own loop keeps in range: an
 * index past either end is a bug, and throws saying so (`what` names the list).
 */
export function itemAt<T>(list: readonly T[], j: number, what = 'item'): T {
  const item = list[j];
  if (item === undefined) throw new Error(`no ${what} ${j} among ${list.length}`);
  return item;
}
