// How pages name a report in one line: its region (marked when inferred, or
// 未知地区) and its year (约 when the host site rewrote it). One convention
// for cards, tables, headings and lists, so an inferred region or an estimated
// year never reads as stated.
import type { Report } from '../pipeline/types.ts';

type Meta = Report['meta'];

/** 2023, 2022–2023, or 约2012 when the year is the curator's estimate. */
export function yearText(m: Meta): string {
  const years = m.years.length ? m.years : [m.year];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = first === last ? `${first}` : `${first}–${last}`;
  return m.year_reliable ? span : `约${span}`;
}

/** 新沂市, 兖州区（推断）, or 未知地区. */
export function regionText(m: Meta): string {
  if (!m.region.code) return '未知地区';
  return m.region_basis === 'inferred' ? `${m.region.name}（推断）` : m.region.name;
}

/** 兖州区（推断） 2022–2023. */
export function reportShortName(m: Meta): string {
  return `${regionText(m)} ${yearText(m)}`;
}
