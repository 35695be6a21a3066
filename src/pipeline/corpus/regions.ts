// data/regions.csv: every region the corpus uses, with its hierarchy.
import { z } from 'zod';
import { readTable } from '../tables/read-table.ts';
import type { Region } from '../types.ts';

const LEVELS = ['province', 'city', 'district', 'county'] as const;

const regionRow = z.object({
  code: z.string().regex(/^\d{6}$/, { error: (i) => `"${String(i.input)}" is not a six-digit GB/T 2260 code` }),
  name_zh: z.string().min(1, 'is empty'),
  name_en: z.string(),
  level: z.enum(LEVELS, { error: (i) => `"${String(i.input)}" is not one of ${LEVELS.join(', ')}` }),
  province: z.string(),
  city: z.string(),
});

export function loadRegions(path: string): Region[] {
  return readTable(path, regionRow).map(({ row }) => row);
}
