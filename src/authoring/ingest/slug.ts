// Stable ASCII ids: pinyin of the place, the year, the document type —
// e.g. xinyi-2023-summary, changsha-county-2024-plan.
import { pinyin } from 'pinyin-pro';
import { gbRegions, type GbRegion, type Level } from './gb2260.ts';
import type { DocType, Period } from './classify.ts';

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `新沂市` → `xinyi`; `长沙县` → `changsha-county` (长沙 alone would be the city). */
export function regionSlug(region: GbRegion): string {
  const short = region.name.replace(/(特别行政区|自治区|自治州|自治县|地区|省|市|县|区|旗)$/, '');
  const base = ascii(pinyin(short, { toneType: 'none', separator: '' }));
  const clash = gbRegions().some(
    (r) =>
      r.code !== region.code &&
      r.level !== region.level &&
      r.name.startsWith(short) &&
      r.name.length - short.length <= 1,
  );
  return clash ? `${base}-${region.level}` : base;
}

export function typeSlug(docType: DocType, period: Period, years: number[], title: string): string {
  switch (docType) {
    case 'summary+plan':
      if (period === 'H1+H2') return `${years[0]}-h1-summary-h2-plan`;
      return years.length > 1 ? `${years[0]}-summary-${years[1]}-plan` : `${years[0]}-summary-plan`;
    case 'supervision-plan':
      return `${years[0]}-${/行政执法/.test(title) ? 'law-enforcement' : 'supervision'}-plan`;
    default:
      return `${years[0]}-${period === 'year' ? '' : `${period.toLowerCase().replace('+', '-')}-`}${docType}`;
  }
}

/** The id of a draft; regions not stated become `unidentified-<level>`. */
export function makeId(
  region: GbRegion | null,
  level: Level | null,
  docType: DocType,
  period: Period,
  years: number[],
  title: string,
): string {
  const place = region ? regionSlug(region) : `unidentified-${level ?? 'region'}`;
  const when = years.length ? typeSlug(docType, period, years, title) : `undated-${docType.replace('+', '-')}`;
  return ascii(`${place}-${when}`);
}

/** Makes ids unique within one run: the second `x` becomes `x-2`. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
