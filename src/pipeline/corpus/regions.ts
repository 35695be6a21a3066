// data/regions.csv: every region the corpus uses, with its hierarchy.
import { z } from 'zod';
import { readTable } from '../tables/read-table.ts';
import type { Region } from '../types.ts';
import { labelProblem } from '../text-checks.ts';

const LEVELS = ['province', 'city', 'district', 'county'] as const;

/** One line of visible text: a region's names reach headings, links, cards and every CSV. */
const label = () =>
  z.string().superRefine((s, ctx) => {
    const bad = labelProblem(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `holds ${bad}; a name is one line of visible text` });
  });

const regionRow = z.object({
  code: z.string().regex(/^\d{6}$/, { error: (i) => `"${String(i.input)}" is not a six-digit GB/T 2260 code` }),
  name_zh: label().pipe(z.string().min(1, 'is empty')),
  name_en: label(),
  level: z.enum(LEVELS, { error: (i) => `"${String(i.input)}" is not one of ${LEVELS.join(', ')}` }),
  province: label(),
  city: label(),
});

export function loadRegions(path: string): Region[] {
  return readTable(path, regionRow).map(({ row }) => row);
}
