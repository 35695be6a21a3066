// The level of the place a text speaks for, from how it refers to itself:
// 我县 / 本县 / 该县 / 县科技局 (no place before it) say a county, 我区 a
// district, 我市 a city (a prefecture or a county-level city), 我州 an
// autonomous prefecture, 我旗 a banner. 全县 and 全区 count too, weakly; 全市
// and 全省 do not, since a district ranks itself 全市第一 and a city 全省第二.
// A masked self-name (XX市科技局, xx区) says the text hides its place.
import type { Level } from './gb2260.ts';
import { nameEndingAt } from './region-names.ts';

export interface SelfLevel {
  /** The level the text speaks for, or null when it never says. */
  level: Level | null;
  /** An autonomous prefecture (州) or a league (盟): a city-level region of that kind. */
  prefectureKind: '州' | '盟' | null;
  /** The words that decided, with counts, for the curator. */
  evidence: string;
  /** The text masks its own place (XX市科技局, **区, xx县). */
  masked: boolean;
}

const ORGAN = '(?:科学技术局|科技局|科委|科技和工业信息化局|科学技术委员会|委|政府)';

/** 我县, 本县, 该县, and 县科技局 / 县委 / 县政府 with no place name (nor a mask) right before the level word. */
function selfWords(text: string, c: string): number {
  let n = text.match(new RegExp(`[我本该]${c}(?!级)`, 'g'))?.length ?? 0;
  for (const m of text.matchAll(new RegExp(`${c}${ORGAN}`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/[XxＸｘ×*＊某]$/.test(before) || nameEndingAt(before) !== null || nameEndingAt(before + c) !== null) continue;
    n += 1;
  }
  return n;
}
const WEAK = (c: string) => new RegExp(`全${c}(?![级委])`, 'g');

const CHARS: { c: string; level: Level; kind?: '州' | '盟' }[] = [
  { c: '县', level: 'county' },
  { c: '旗', level: 'county' },
  { c: '区', level: 'district' },
  { c: '市', level: 'city' },
  { c: '州', level: 'city', kind: '州' },
  { c: '盟', level: 'city', kind: '盟' },
];

/** A masked own place: XX市, XXX市, xx区, **县, 某某市, directly or before its bureau. */
const MASKED_SELF = /(?:[XxＸｘ×]{2,4}|[*＊]{1,4}|某某?)[市区县州旗](?:科学技术局|科技局|科委|委|政府|人民政府)?/;

export function selfLevel(text: string): SelfLevel {
  const counts = CHARS.map((k) => ({
    ...k,
    strong: selfWords(text, k.c),
    // 全区 inside 自治区 is not a self-reference.
    weak: k.c === '县' || k.c === '区' || k.c === '州' || k.c === '旗' ? (text.match(WEAK(k.c))?.length ?? 0) : 0,
  }));
  const [strongest, runnerUp] = [...counts].sort((a, b) => b.strong - a.strong);
  let top = strongest && runnerUp && strongest.strong > 0 && strongest.strong > runnerUp.strong ? strongest : null;
  if (!top) {
    // Else the only level the text says 全县 (全区 …) of, when it says 我县 of none.
    const [weakest, ...others] = [...counts].filter((c) => c.weak > 0).sort((a, b) => b.weak - a.weak);
    top = strongest?.strong === 0 && weakest && others.length === 0 ? weakest : null;
  }
  const said = counts
    .filter((c) => c.strong || c.weak)
    .map((c) => `我${c.c}/${c.c}科技局 ×${c.strong}${c.weak ? `, 全${c.c} ×${c.weak}` : ''}`)
    .join('; ');
  return {
    level: top?.level ?? null,
    prefectureKind: top?.kind ?? null,
    evidence: said,
    masked: MASKED_SELF.test(text),
  };
}
