// Where a report comes from. Stated: the issuing bureau named with its place
// (新沂市科技局, 邳州科技局 in short form, 西海岸新区（黄岛区）科技局 with the
// district in brackets), or one place named again and again at the issuer's
// level. Inferred: a place inside the name of a local company or institute
// (浙江安吉…有限公司 in a 县科技局 report), with its evidence and a confidence.
// A name several regions share is settled by the parent the text names, else
// the candidates are listed and the code left for the curator: a region is
// never stated wrongly.
import { gbRegions, type GbRegion, type Level } from './gb2260.ts';
import { byParent, describe, nameEndingAt, nameStartingAt, shortName } from './region-names.ts';

export interface RegionGuess {
  region: GbRegion | null;
  basis: 'stated' | 'inferred' | 'unknown';
  evidence: string[];
  confidence: 'high' | 'medium' | 'low' | null;
  warnings: string[];
}

const BUREAU = /(科学技术和工业信息化局|科技和工业信息化局|科学技术局|科技创新局|科技局)/g;
const LEVEL_CHAR: Record<string, Level> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county' };

/** The issuer's level from the title's `区科技局` / `县科技局` / `市科技局`. */
export function issuerLevel(title: string): Level | null {
  const m = /([省市区县])(?:科学技术局|科技局|科技创新局|科技和工业信息化局)/.exec(title);
  return m ? LEVEL_CHAR[m[1]] : null;
}

function countOf(text: string, name: string): number {
  return text.split(name).length - 1;
}

/** A full name whose stem is one character (城区, 郊区) reads as a common word before 科技局. */
const tooGeneric = (name: string) =>
  name.length <= 2 && shortName(name) === null && gbRegions().some((r) => r.name === name);

/** The place written right before a bureau: `六盘水市科技局`, `邳州科技局`, `（黄岛区）科技局`. */
function placeBefore(text: string, at: number): { name: string; regions: GbRegion[] } | null {
  let before = text.slice(Math.max(0, at - 16), at);
  const bracket = /[（(]([^（()）]{2,10})[)）]$/.exec(before);
  if (bracket) {
    const inner = nameEndingAt(bracket[1]);
    return inner && inner.name === bracket[1] && !tooGeneric(inner.name) ? inner : null;
  }
  before = before.replace(/\s+$/, '');
  const found = nameEndingAt(before);
  return found && !tooGeneric(found.name) ? found : null;
}

/** Places named right before a bureau, with how often. */
function issuerMentions(text: string): Map<string, { regions: GbRegion[]; n: number }> {
  const found = new Map<string, { regions: GbRegion[]; n: number }>();
  for (const m of text.matchAll(BUREAU)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    const seen = found.get(place.name);
    if (seen) seen.n += 1;
    else found.set(place.name, { regions: place.regions, n: 1 });
  }
  return found;
}

const ORG = /[\u4e00-\u9fff]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|研究院|合作社)/g;

/**
 * Places inside organisation names: a province or prefecture, then a county
 * or district under it (浙江安吉竹源科技有限公司 → 安吉县), at the issuer's level.
 */
function organisationPlaces(text: string, level: Level | null): { region: GbRegion; org: string; name: string }[] {
  if (level === null || level === 'province') return [];
  const out: { region: GbRegion; org: string; name: string }[] = [];
  for (const m of text.matchAll(ORG)) {
    const org = m[0];
    for (let k = 0; k < org.length - 2; k++) {
      const parent = nameStartingAt(org.slice(k));
      if (!parent || !parent.regions.some((r) => r.level === 'province' || r.level === 'city')) continue;
      const rest = org.slice(k + parent.name.length);
      const child = nameStartingAt(rest);
      if (!child) continue;
      const under = child.regions.filter(
        (r) =>
          r.level === level &&
          parent.regions.some((p) => (p.level === 'province' ? r.province === p.name : r.city === p.name)),
      );
      if (under.length === 1) {
        out.push({ region: under[0], org: org.slice(k), name: child.name });
        break;
      }
    }
  }
  return out;
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

function unknown(warnings: string[], all: string, evidence: string[] = []): RegionGuess {
  const clues = clueNames(all);
  warnings.push(
    `region not stated: region code left null (basis unknown); curator to infer${clues.length ? ` — place words in the text (hints only): ${clues.join('、')}` : ' — no place name found in the text'}`,
  );
  if (/(XX|ＸＸ|\*\*)[市县区]/.test(all)) warnings.push('anonymised place names (XX市 / **区) in the text');
  return { region: null, basis: 'unknown', evidence, confidence: null, warnings };
}

/**
 * Resolves the region of a report. `title` is the report title; `text` its
 * body. Returns the GB/T 2260 region with its basis and evidence, or basis
 * unknown with the candidates in a warning for the curator.
 */
export function resolveRegion(title: string, text: string): RegionGuess {
  const all = `${title}\n${text}`;
  const level = issuerLevel(title);
  const warnings: string[] = [];
  const issuers = [...issuerMentions(all)].sort((a, b) => b[1].n - a[1].n);
  if (issuers.length > 0) {
    const [name, { regions, n }] = issuers[0];
    const where = title.includes(name) ? 'the title' : 'the text';
    const evidence = `${where} names the issuer "${name}科技局"${n > 1 ? ` (${n} times in title and text)` : ''}`;
    const picked = byParent(regions, all);
    if (picked.length !== 1) {
      warnings.push(
        `"${name}" is ambiguous: ${picked.map(describe).join('; ')}; region code left null for the curator`,
      );
      return { region: null, basis: 'unknown', evidence: [evidence], confidence: null, warnings };
    }
    const region = picked[0];
    const via =
      regions.length > 1
        ? `; of ${regions.length} regions named "${name}", the text names the parent of ${region.name}`
        : '';
    if (level && region.level !== level)
      warnings.push(`title says a ${level} bureau but "${region.name}" is a ${region.level}`);
    return { region, basis: 'stated', evidence: [evidence + via], confidence: null, warnings };
  }
  // One place named repeatedly at the issuer's level (`宁波市` in a 市科技局 report).
  const counts = gbRegions()
    .filter((r) => r.level !== 'province' && r.name.length >= 3 && (level === null || r.level === level))
    .map((r) => ({ r, n: countOf(all, r.name) }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n);
  const [top, next] = counts;
  if (top && top.n >= 3 && (!next || top.n >= 2 * next.n)) {
    const evidence = `the text names "${top.r.name}" ${top.n} times${next ? ` (next: "${next.r.name}" ${next.n})` : ''}`;
    const same = byParent(
      counts.filter((c) => c.r.name === top.r.name).map((c) => c.r),
      all,
    );
    if (same.length === 1)
      return { region: same[0], basis: 'stated', evidence: [evidence], confidence: null, warnings };
    warnings.push(
      `"${top.r.name}" is ambiguous: ${same.map(describe).join('; ')}; region code left null for the curator`,
    );
    return { region: null, basis: 'unknown', evidence: [evidence], confidence: null, warnings };
  }
  const orgs = organisationPlaces(all, level);
  const codes = [...new Set(orgs.map((o) => o.region.code))];
  if (codes.length === 1) {
    const region = orgs[0].region;
    const evidence = orgs.map((o) => `"${o.name}" (${describe(o.region)}) inside the organisation name "${o.org}"`);
    warnings.push(
      `region INFERRED from ${orgs.length} organisation name(s), not stated: ${region.name} — curator to confirm`,
    );
    return {
      region,
      basis: 'inferred',
      evidence: [...new Set(evidence)],
      confidence: orgs.length > 1 ? 'medium' : 'low',
      warnings,
    };
  }
  if (codes.length > 1)
    warnings.push(
      `organisation names point to several places: ${[...new Set(orgs.map((o) => describe(o.region)))].join('; ')}`,
    );
  return unknown(warnings, all);
}
