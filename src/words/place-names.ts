// How a region's name reads without its administrative suffix (新沂市 → 新沂)
// and in English (Xinyi City): one table of suffixes for ingest, the regions
// table and the search's place names.
import { pinyin } from 'pinyin-pro';

const SUFFIX: [RegExp, string][] = [
  [/特别行政区$/, ' SAR'],
  [/自治区$/, ' Autonomous Region'],
  [/自治州$/, ' Autonomous Prefecture'],
  [/自治县$/, ' Autonomous County'],
  [/省$/, ' Province'],
  [/市$/, ' City'],
  [/县$/, ' County'],
  [/区$/, ' District'],
  [/旗$/, ' Banner'],
];

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The name without its administrative suffix: `新沂市` → `新沂`, `广西壮族自治区` → `广西壮族`. */
export function nameBase(name: string): string {
  const suffix = SUFFIX.find(([re]) => re.test(name));
  return suffix ? name.replace(suffix[0], '') : name;
}

/** `新沂市` → `Xinyi City`; `兖州区` → `Yanzhou District`; `陕西省` stays pinyin (`Shaanxi` is a convention, not pinyin). */
export function englishName(name: string): string {
  for (const [re, en] of SUFFIX) {
    if (re.test(name)) {
      const base = name.replace(re, '');
      return capitalised(pinyin(base, { toneType: 'none', separator: '', v: true }).toLowerCase()) + en;
    }
  }
  return capitalised(pinyin(name, { toneType: 'none', separator: '' }));
}
