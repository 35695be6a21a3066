// Where a report comes from, as far as its text states it: the issuing bureau
// named with its place (`新沂市科技局`), or one place named again and again at the
// issuer's level. Anything less is left to the curator (basis unknown).
import { gbRegions, type GbRegion, type Level } from './gb2260.ts';

export interface RegionGuess {
  region: GbRegion | null;
  basis: 'stated' | 'unknown';
  evidence: string[];
  warnings: string[];
}

const BUREAU = /(科学技术局|科技局|科技和工业信息化局)/g;
const LEVEL_CHAR: Record<string, Level> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county' };

/** The issuer's level from the title's `区科技局` / `县科技局` / `市科技局`. */
export function issuerLevel(title: string): Level | null {
  const m = /([省市区县])(?:科学技术局|科技局|科技和工业信息化局)/.exec(title);
  return m ? LEVEL_CHAR[m[1]] : null;
}

function countOf(text: string, name: string): number {
  return text.split(name).length - 1;
}

/** Regions named right before 科技局 (`六盘水市科技局`). */
function issuerMentions(text: string): Map<string, number> {
  const names = new Set(gbRegions().map((r) => r.name));
  const found = new Map<string, number>();
  for (const m of text.matchAll(BUREAU)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    for (let len = Math.min(8, before.length); len >= 3; len--) {
      const name = before.slice(before.length - len);
      if (names.has(name)) {
        found.set(name, (found.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  return found;
}

/** Picks one region for a name shared by several (江北区): the one whose province or city the text also names. */
function disambiguate(name: string, text: string): { region: GbRegion | null; candidates: GbRegion[] } {
  const candidates = gbRegions().filter((r) => r.name === name);
  if (candidates.length <= 1) return { region: candidates[0] ?? null, candidates };
  const named = candidates.filter((r) => text.includes(r.province) || (r.city && text.includes(r.city)));
  return { region: named.length === 1 ? named[0] : null, candidates };
}

/** Province and prefecture names the text mentions in short form (`枣庄英才` → 枣庄): hints for the curator, not evidence. */
function clueNames(text: string): string[] {
  const clues = new Set<string>();
  for (const r of gbRegions()) {
    if (r.code.slice(4) !== '00') continue;
    const short = r.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
    if (short.length >= 2 && text.includes(short)) clues.add(short);
  }
  return [...clues].slice(0, 12);
}

/**
 * Resolves the region a report states. `title` is the report title; `text`
 * its body. Returns the GB/T 2260 region and the evidence, or basis unknown
 * with a warning for the curator.
 */
export function resolveRegion(title: string, text: string): RegionGuess {
  const all = `${title}\n${text}`;
  const level = issuerLevel(title);
  const warnings: string[] = [];
  const issuers = [...issuerMentions(all)].sort((a, b) => b[1] - a[1]);
  let pick: { name: string; evidence: string } | null = null;
  if (issuers.length > 0) {
    const [name, n] = issuers[0];
    const where = title.includes(name) ? 'the title' : 'the text';
    pick = { name, evidence: `${where} names the issuer "${name}科技局"${n > 1 ? ` (${n} times in title and text)` : ''}` };
  } else {
    // One place named repeatedly at the issuer's level (`宁波市` in a 市科技局 report).
    const counts = gbRegions()
      .filter((r) => r.level !== 'province' && r.name.length >= 3 && (level === null || r.level === level))
      .map((r) => ({ name: r.name, n: countOf(all, r.name) }))
      .filter((c) => c.n > 0)
      .sort((a, b) => b.n - a.n);
    const [top, next] = counts;
    if (top && top.n >= 3 && (!next || top.n >= 2 * next.n)) {
      pick = { name: top.name, evidence: `the text names "${top.name}" ${top.n} times${next ? ` (next: "${next.name}" ${next.n})` : ''}` };
    }
  }
  if (!pick) {
    const clues = clueNames(all);
    warnings.push(
      `region not stated: region code left null (basis unknown); curator to infer${clues.length ? ` — place words in the text (hints only): ${clues.join('、')}` : ' — no place name found in the text'}`,
    );
    if (/(XX|ＸＸ|\*\*)[市县区]/.test(all)) warnings.push('anonymised place names (XX市 / **区) in the text');
    return { region: null, basis: 'unknown', evidence: [], warnings };
  }
  const { region, candidates } = disambiguate(pick.name, all);
  if (!region) {
    warnings.push(`"${pick.name}" is ambiguous (${candidates.map((c) => c.code).join(', ')}); region code left null for the curator`);
    return { region: null, basis: 'unknown', evidence: [pick.evidence], warnings };
  }
  if (level && region.level !== level) warnings.push(`title says a ${level} bureau but "${region.name}" is a ${region.level}`);
  return { region, basis: 'stated', evidence: [pick.evidence], warnings };
}
