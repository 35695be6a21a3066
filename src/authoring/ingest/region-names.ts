// The GB/T 2260 table as names a text may use: the full name (邳州市), the
// short form without its level suffix (邳州), and the forms texts use for
// autonomous units (海北藏族自治州 → 海北州, 紫云苗族布依族自治县 → 紫云县 /
// 紫云自治县), each with every region that bears it. Functional zones are
// indexed apart (平原示范区, 苏州工业园区): only a zone's own bureau makes it a
// report's region. Parent consistency picks among regions sharing a name: the
// one whose prefecture or province the text also names.
import { gbRegions, zoneRegions, type GbRegion } from './gb2260.ts';

const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)$/;

/** The peoples named in the names of autonomous units (with or without 族: 博尔塔拉蒙古自治州). */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族?)+自治(州|县|旗)$`);

/** 海北藏族自治州 → 海北; 紫云苗族布依族自治县 → 紫云; null for other names. */
function autonomousStem(name: string): { stem: string; kind: string } | null {
  const m = AUTONOMOUS.exec(name);
  if (!m) return null;
  const [, stem = '', kind = ''] = m;
  return { stem, kind };
}

/** 邳州市 → 邳州, 浙江省 → 浙江, 海北藏族自治州 → 海北; one-character stems are not short forms (城区, 郊区). */
export function shortName(name: string): string | null {
  const autonomous = autonomousStem(name);
  if (autonomous) return autonomous.stem;
  const short = name.replace(SUFFIX, '');
  return short.length >= 2 && short !== name ? short : null;
}

/** The names texts give an autonomous unit besides its full name: 海北州, 紫云县, 紫云自治县. */
function autonomousAliases(name: string): string[] {
  const a = autonomousStem(name);
  return a ? [`${a.stem}${a.kind}`, `${a.stem}自治${a.kind}`] : [];
}

/** The kind of a zone and the shorter ways texts write it: 高新技术产业开发区 → 高新区. */
const ZONE_KINDS: [RegExp, string[]][] = [
  [/高新技术产业开发区$/, ['高新区']],
  [/经济技术开发区$/, ['经开区', '经济开发区']],
  [/示范区$/, []],
  [/新区$/, []],
  [/开发区$/, []],
];
/** Qualifiers texts drop from a zone's name: 平原城乡一体化示范区 → 平原示范区. */
const ZONE_QUALIFIER = /(?:城乡一体化|综合改革|现代产业|循环化工|经济|产业|综合|科技|农业)$/;
const GENERIC_ZONE =
  /^(?:高新技术产业开发区|经济技术开发区|经济开发区|开发区|高新区|经开区|示范区|新区|工业园区|园区|管理区)$/;

/** 新乡市平原城乡一体化示范区 → 平原城乡一体化示范区, 平原示范区; 石家庄高新技术产业开发区 → 石家庄高新区. */
function zoneAliases(zone: GbRegion): string[] {
  const parents = [zone.city, zone.province].filter((p): p is string => Boolean(p));
  const prefixes = [...parents, ...parents.map((p) => shortName(p) ?? p)].sort((a, b) => b.length - a.length);
  const forms = new Set([zone.name]);
  let bare = zone.name;
  // 河北唐山芦台经济开发区: the province, then the city, may both lead the name.
  for (let again = true; again;) {
    again = false;
    for (const p of prefixes)
      if (bare.startsWith(p) && bare.length - p.length >= 4) {
        bare = bare.slice(p.length);
        forms.add(bare);
        again = true;
      }
  }
  for (const form of [...forms]) {
    const kind = ZONE_KINDS.find(([re]) => re.test(form));
    if (!kind) continue;
    const end = kind[0].exec(form) as RegExpExecArray;
    let stem = form.slice(0, end.index);
    while (ZONE_QUALIFIER.test(stem) && stem.replace(ZONE_QUALIFIER, '').length >= 2)
      stem = stem.replace(ZONE_QUALIFIER, '');
    if (stem.length < 2) continue;
    for (const k of kind[1].length ? kind[1] : [end[0]]) forms.add(`${stem}${k}`);
  }
  return [...forms].filter((n) => n.length >= 4 && !GENERIC_ZONE.test(n) && regionsNamed(n).length === 0);
}

/** The regions a name means: a name in the index means at least one. */
export type NamedRegions = [GbRegion, ...GbRegion[]];

export const namesAny = (regions: GbRegion[]): regions is NamedRegions => regions.length > 0;

interface NameIndex {
  full: Map<string, NamedRegions>;
  alias: Map<string, NamedRegions>;
  short: Map<string, NamedRegions>;
  zones: Map<string, NamedRegions>;
  longest: number;
}

let cache: NameIndex | null = null;

function push(map: Map<string, NamedRegions>, key: string, r: GbRegion): void {
  const list = map.get(key);
  if (!list) map.set(key, [r]);
  else if (!list.includes(r)) list.push(r);
}

export function nameIndex(): NameIndex {
  if (cache) return cache;
  const index: NameIndex = { full: new Map(), alias: new Map(), short: new Map(), zones: new Map(), longest: 0 };
  for (const r of gbRegions()) {
    push(index.full, r.name, r);
    for (const a of autonomousAliases(r.name)) push(index.alias, a, r);
    const s = shortName(r.name);
    if (s) push(index.short, s, r);
  }
  cache = index;
  // Zones last: their aliases must not shadow a region's own name.
  for (const z of zoneRegions()) for (const a of zoneAliases(z)) push(index.zones, a, z);
  for (const map of [index.full, index.alias, index.zones])
    for (const k of map.keys()) index.longest = Math.max(index.longest, k.length);
  return cache;
}

/** How a text wrote a name: the full name, a customary form of an autonomous unit, or the short form. */
export type NameForm = 'full' | 'alias' | 'short';

/** The regions a name (full, customary or short) may mean, and which form it is. */
export function lookupName(name: string): { regions: NamedRegions; form: NameForm } | null {
  const { full, alias, short } = nameIndex();
  const f = full.get(name);
  if (f) return { regions: f, form: 'full' };
  const a = alias.get(name);
  if (a) return { regions: a, form: 'alias' };
  const s = short.get(name);
  return s ? { regions: s, form: 'short' } : null;
}

/** The regions a name (full, customary or short) may mean. */
export function regionsNamed(name: string): GbRegion[] {
  return lookupName(name)?.regions ?? [];
}

/** The functional zones a name may mean (平原示范区). */
export function zonesNamed(name: string): GbRegion[] {
  return nameIndex().zones.get(name) ?? [];
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
export function byParent(candidates: NamedRegions, text: string): NamedRegions {
  const named = candidates.filter((r) => parentNamed(r, text));
  return namesAny(named) ? named : candidates;
}

/** True when `a` lies inside `b` (a county inside its prefecture or province). */
export function isInside(a: GbRegion, b: GbRegion): boolean {
  if (a.code === b.code) return false;
  if (b.level === 'province') return a.province === b.name;
  return b.level === 'city' && a.city === b.name;
}

export function describe(r: GbRegion): string {
  return `${r.code} ${r.province}${r.city && r.city !== r.name ? r.city : ''}${r.name === r.province ? '' : r.name}`;
}
