// Build time: the traditional→simplified character map the browser uses on
// queries (研發投入 → 研发投入). Taken from OpenCC's character table and
// restricted to what can matter: traditional characters whose simplified form
// occurs in the index. A few KB instead of OpenCC's dictionaries in the page
// bundle; fetched only when a query has terms the index does not know, and
// used only when the simplified query matches better (乾/干, 係/系 are both
// simplified-text characters too).
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Parses OpenCC's "trad simp[ alt]|trad simp|…" table; the first simplified form wins. */
export function parseOpenccTable(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of table.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) map.set(from, to);
  }
  return map;
}

/** Map entries [traditional, simplified] for the characters of an index. */
export function t2sForIndex(indexChars: ReadonlySet<string>, table: string = TSCharacters): [string, string][] {
  const out: [string, string][] = [];
  for (const [t, s] of parseOpenccTable(table)) {
    if (indexChars.has(s)) out.push([t, s]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
