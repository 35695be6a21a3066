// data/regions.csv: every region the corpus uses, with its hierarchy.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Region } from '../types.ts';

const LEVELS = new Set(['province', 'city', 'district', 'county']);

export function loadRegions(path = 'data/regions.csv'): Region[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    throw new Error(`${path}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return parsed.data.map((row, i) => {
    const line = i + 2;
    for (const field of ['code', 'name_zh', 'level']) {
      if (!row[field]) throw new Error(`${path}:${line}: field "${field}" is empty`);
    }
    if (!/^\d{6}$/.test(row.code)) throw new Error(`${path}:${line}: field "code": "${row.code}" is not a six-digit GB/T 2260 code`);
    if (!LEVELS.has(row.level)) throw new Error(`${path}:${line}: field "level": "${row.level}" is not one of ${[...LEVELS].join(', ')}`);
    return {
      code: row.code,
      name_zh: row.name_zh,
      name_en: row.name_en ?? '',
      level: row.level as Region['level'],
      province: row.province ?? '',
      city: row.city ?? '',
    };
  });
}
