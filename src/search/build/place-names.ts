// Build time: the English and pinyin forms a reader may type for a report's
// region — its own name and those of the city and province above it — from
// the region table (data/regions.csv) and pinyin-pro: "Xinyi City" as the
// site writes it, "xinyi" run together and "xin yi" syllable by syllable.
// Tone marks need no forms of their own: normalisation drops them (Xīnyí).
import { pinyin } from 'pinyin-pro';
import { nameBase } from '../../words/place-names.ts';
import type { Region } from '../../pipeline/types.ts';

export interface RegionNames {
  name: string;
  city?: string | null;
  province?: string | null;
}

const syllableCache = new Map<string, string[]>();

/** `新沂市` → ['xin', 'yi'] (pinyin of the name without its suffix, no tones). */
function syllables(zh: string): string[] {
  let out = syllableCache.get(zh);
  if (!out) {
    out = pinyin(nameBase(zh), { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]+$/.test(s));
    syllableCache.set(zh, out);
  }
  return out;
}

/** English and pinyin names of the region and its parents, each once. */
export function placeNames(region: RegionNames, table: readonly Region[]): string[] {
  const out = new Set<string>();
  for (const zh of [region.name, region.city, region.province]) {
    if (!zh) continue;
    const row = table.find((r) => r.name_zh === zh);
    if (row?.name_en) out.add(row.name_en);
    const s = syllables(zh);
    if (!s.length) continue;
    out.add(s.join(''));
    if (s.length > 1) out.add(s.join(' '));
  }
  return [...out];
}
