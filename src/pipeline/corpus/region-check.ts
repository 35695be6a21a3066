// A report's region against data/regions.csv: the code must be there, and
// the name, province, city and level written in the report must be the
// table's (a code from another province, a province code with level county,
// are refused rather than shown to readers as if right).
import type { Region, ReportMeta } from '../types.ts';

export interface RegionProblem {
  path: string[];
  message: string;
}

export function regionProblem(meta: ReportMeta, regionByCode: Map<string, Region>): RegionProblem | null {
  const { code, name, province, city, level } = meta.region;
  if (code === null) return null;
  const row = regionByCode.get(code);
  if (!row) return { path: ['region', 'code'], message: `unknown region code ${code} (not in data/regions.csv)` };
  const says = (field: string, wrote: string | null | undefined, table: string) =>
    ({
      path: ['region', field],
      message: `"${wrote ?? ''}" but data/regions.csv gives ${code} ${field} "${table}"`,
    }) as RegionProblem;
  if (name !== row.name_zh) return says('name', name, row.name_zh);
  if (province !== row.province) return says('province', province, row.province);
  if ((city ?? '') !== row.city) return says('city', city, row.city);
  if (level !== row.level) return says('level', level, row.level);
  return null;
}
