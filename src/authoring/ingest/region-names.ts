// The GB/T 2260 table as names a text may use: the full name (邳州市) and
// the short form without its level suffix (邳州), each with every region that
// bears it. Parent consistency picks among regions sharing a name: the one
// whose prefecture or province the text also names.
import { gbRegions, type GbRegion } from './gb2260.ts';

const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|旗|盟)$/;

/** 邳州市 → 邳州, 浙江省 → 浙江, 黄岛区 → 黄岛; one-character stems are not short forms (城区, 郊区). */
export function shortName(name: string): string | null {
  const short = name.replace(SUFFIX, '');
  return short.length >= 2 && short !== name ? short : null;
}

interface NameIndex {
  full: Map<string, GbRegion[]>;
  short: Map<string, GbRegion[]>;
  longest: number;
}

let cache: NameIndex | null = null;

function push(map: Map<string, GbRegion[]>, key: string, r: GbRegion): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

export function nameIndex(): NameIndex {
  if (cache) return cache;
  const full = new Map<string, GbRegion[]>();
  const short = new Map<string, GbRegion[]>();
  let longest = 0;
  for (const r of gbRegions()) {
    push(full, r.name, r);
    longest = Math.max(longest, r.name.length);
    const s = shortName(r.name);
    if (s) push(short, s, r);
  }
  cache = { full, short, longest };
  return cache;
}

/** The regions a name (full or short) may mean. */
export function regionsNamed(name: string): GbRegion[] {
  const { full, short } = nameIndex();
  return full.get(name) ?? short.get(name) ?? [];
}

/** The longest region name (full or short) that `text` ends with, and the regions it may mean. */
export function nameEndingAt(text: string, minLength = 2): { name: string; regions: GbRegion[] } | null {
  const { longest } = nameIndex();
  for (let len = Math.min(longest, text.length); len >= minLength; len--) {
    const name = text.slice(text.length - len);
    const regions = regionsNamed(name);
    if (regions.length) return { name, regions };
  }
  return null;
}

/** The longest region name (full or short) that `text` starts with. */
export function nameStartingAt(text: string, minLength = 2): { name: string; regions: GbRegion[] } | null {
  const { longest } = nameIndex();
  for (let len = Math.min(longest, text.length); len >= minLength; len--) {
    const name = text.slice(0, len);
    const regions = regionsNamed(name);
    if (regions.length) return { name, regions };
  }
  return null;
}

/** True when the text names the region's province or prefecture, in full or short form. */
export function parentNamed(r: GbRegion, text: string): boolean {
  const parents = [r.province, r.city].filter((p): p is string => Boolean(p) && p !== r.name);
  return parents.some((p) => text.includes(p) || (shortName(p) !== null && text.includes(shortName(p) as string)));
}

/** Regions among `candidates` whose parent the text names; all of them when none does. */
export function byParent(candidates: GbRegion[], text: string): GbRegion[] {
  const named = candidates.filter((r) => parentNamed(r, text));
  return named.length ? named : candidates;
}

export function describe(r: GbRegion): string {
  return `${r.code} ${r.province}${r.city && r.city !== r.name ? r.city : ''}${r.name === r.province ? '' : r.name}`;
}
