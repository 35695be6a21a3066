// A province read off the words a text uses for administrative levels when it
// names no place: 自治区 as the provincial level (自治区级, 自治区科技厅) says
// one of the autonomous regions; 自治州 / 州级 / 州科技局 below it, or 盟 and
// 旗, narrow them to those whose prefectures are of that kind, per the GB/T
// 2260 table. One province left is an inference at the provincial level only.
import { gbRegions, type GbRegion } from './gb2260.ts';

/** 自治区 used as the level above the text (自治区级, 自治区科技厅, 自治区重点…), not a region's own name. */
const REGION_LEVEL = /(?<![\u4e00-\u9fff]族|[壮回])自治区(?:级|科技厅|党委|政府|人民政府|重点|科技|[、“"])/;
const KINDS: [RegExp, string][] = [
  [/自治州|州级|州科技局|(?<![\u4e00-\u9fff])州委/, '自治州'],
  [/(?<![\u4e00-\u9fff])盟(?:级|科技局|委)|旗科技局|全旗|我旗/, '盟'],
];

export function provinceFromLevelWords(
  text: string,
): { region: GbRegion; evidence: string[]; confidence: 'medium' } | null {
  if (!REGION_LEVEL.test(text)) return null;
  let provinces = gbRegions().filter((r) => r.level === 'province' && r.name.endsWith('自治区'));
  const said = ['自治区 as the provincial level'];
  for (const [words, suffix] of KINDS) {
    const m = words.exec(text);
    if (!m) continue;
    provinces = provinces.filter((p) =>
      gbRegions().some((c) => c.level === 'city' && c.province === p.name && c.name.endsWith(suffix)),
    );
    said.push(
      `"${m[0]}" (only ${provinces.map((p) => p.name).join('、') || 'no autonomous region'} has prefectures named …${suffix})`,
    );
  }
  const [province, ...others] = provinces;
  if (!province || others.length > 0) return null;
  return {
    region: province,
    evidence: [`the text names no place but uses ${said.join(' and ')}: ${province.name}`],
    confidence: 'medium',
  };
}
