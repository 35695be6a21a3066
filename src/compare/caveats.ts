// What a reader must know before reading columns against each other: years,
// levels, unreliable dates, inferred regions, missing and masked text.
import { UNKNOWN_REGION } from '../words/report-words.ts';
import type { Column } from './columns.ts';
import type { Bilingual } from './types.ts';

const LEVEL_ZH: Record<string, string> = { province: '省级', city: '市级', district: '区级', county: '县级' };

export function caveats(columns: Column[]): Bilingual[] {
  const out: Bilingual[] = [];
  const years = [...new Set(columns.map((c) => c.meta.year))].sort();
  if (years.length > 1) {
    out.push({
      zh: `所选报告年份不同（${years.join('、')}），数字不能直接比较。`,
      en: `The reports are from different years (${years.join(', ')}); their figures are not directly comparable.`,
    });
  }
  const levels = [...new Set(columns.map((c) => c.meta.level ?? 'unknown'))];
  if (levels.length > 1) {
    out.push({
      zh: `所选地区行政级别不同（${levels.map((l) => LEVEL_ZH[l] ?? '级别不详').join('、')}），规模差异很大。`,
      en: `The regions are of different levels (${levels.join(', ')}); their scale differs widely.`,
    });
  }
  for (const c of columns) {
    const who = c.label;
    if (!c.meta.year_reliable)
      out.push({
        zh: `${who.zh}：原文年份被转载网站改写，年份为推断，不可靠。`,
        en: `${who.en}: the host site rewrote the years; the year is inferred and unreliable.`,
      });
    if (c.meta.region_basis === 'inferred')
      out.push({
        zh: `${who.zh}：地区为根据原文线索推断。`,
        en: `${who.en}: the region is inferred from clues in the text.`,
      });
    if (c.meta.region_basis === 'unknown')
      out.push({
        zh: `${c.meta.title}：${UNKNOWN_REGION.zh}。`,
        en: `${c.meta.title}: ${UNKNOWN_REGION.en.toLowerCase()}.`,
      });
    const gaps = c.paragraphs.filter((p) => p.kind === 'gap').length;
    if (gaps > 0)
      out.push({
        zh: `${who.zh}：原文有 ${gaps} 处缺失，“未提及”可能只是缺失所致。`,
        en: `${who.en}: ${gaps} stretches of text are missing in the source; an absence may be the gap's.`,
      });
    // meta.masked counts masked runs: figures, and also places and names (**区).
    if (c.meta.masked > 0)
      out.push({
        zh: `${who.zh}：原文有 ${c.meta.masked} 处被遮盖（数字、地名等，如 **家），照原样保留。`,
        en: `${who.en}: ${c.meta.masked} runs are masked in the source (figures, places; e.g. **家) and kept as such.`,
      });
    if (c.section)
      out.push({ zh: `${who.zh}：只取报告中的这一部分。`, en: `${who.en}: only this part of the report is compared.` });
  }
  return out;
}
