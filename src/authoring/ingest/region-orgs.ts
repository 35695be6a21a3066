// A place inferred from the names of local organisations, never stated: a
// report often names its own county only inside a company's name
// (浙江安吉竹源科技有限公司, 德清县某某新材料有限公司), and a city's report names
// its counties inside park and company names (安塞工业园区, 延川青年众创空间).
// Each clue is listed as evidence with a confidence the curator can weigh.
import { gbRegions, type GbRegion, type Level } from './gb2260.ts';
import type { Mention } from './region-mentions.ts';
import { describe, isInside, nameStartingAt } from './region-names.ts';

export interface OrgInference {
  region: GbRegion;
  evidence: string[];
  confidence: 'medium' | 'low';
}

const ORG = /[\u4e00-\u9fff]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|研究院|合作社)/g;

/** A province or prefecture, then a county or district under it, inside one organisation name. */
function parentChildInOrgs(text: string, level: Level): { region: GbRegion; org: string; name: string }[] {
  const out: { region: GbRegion; org: string; name: string }[] = [];
  for (const m of text.matchAll(ORG)) {
    const org = m[0];
    for (let k = 0; k < org.length - 2; k++) {
      const parent = nameStartingAt(org.slice(k));
      if (!parent || !parent.regions.some((r) => r.level === 'province' || r.level === 'city')) continue;
      const child = nameStartingAt(org.slice(k + parent.name.length));
      if (!child) continue;
      const [region, ...others] = child.regions.filter(
        (r) =>
          r.level === level &&
          parent.regions.some((p) => (p.level === 'province' ? r.province === p.name : r.city === p.name)),
      );
      // The child name means one region under the parent.
      if (region && others.length === 0) {
        out.push({ region, org: org.slice(k), name: child.name });
        break;
      }
    }
  }
  return out;
}

const prefectureOf = (r: GbRegion) => gbRegions().find((p) => p.level === 'city' && r.city === p.name);

/**
 * The place the text's organisations point to, at the level it speaks for
 * (`level`), from its text and the places found in it (`mentions`); null when
 * the clues are absent or disagree.
 */
export function organisationPlaces(
  text: string,
  level: Level | null,
  mentions: Mention[],
): OrgInference | { conflict: string[] } | null {
  if (level === null || level === 'province') return null;
  // A province or prefecture, then the county, in one company name.
  const pairs = parentChildInOrgs(text, level);
  const pairCodes = new Set(pairs.map((o) => o.region.code));
  const [firstPair] = pairs;
  if (firstPair && pairCodes.size === 1)
    return {
      region: firstPair.region,
      evidence: [
        ...new Set(pairs.map((o) => `"${o.name}" (${describe(o.region)}) inside the organisation name "${o.org}"`)),
      ],
      confidence: pairs.length > 1 ? 'medium' : 'low',
    };
  if (pairCodes.size > 1) return { conflict: [...new Set(pairs.map((o) => describe(o.region)))] };
  const orgs = mentions.filter((m) => m.role === 'org' && m.regions.length === 1);
  // A county or district named in full at the start of an organisation's name.
  const full = orgs.filter((m) => m.form !== 'short' && m.regions[0].level === level);
  const fullCodes = new Set(full.map((m) => m.regions[0].code));
  const [firstFull] = full;
  if (firstFull && fullCodes.size === 1)
    return {
      region: firstFull.regions[0],
      evidence: full.map((m) => `"${m.name}" (${describe(m.regions[0])}) inside an organisation's name «${m.context}»`),
      confidence: full.length > 1 ? 'medium' : 'low',
    };
  if (level !== 'city') return null;
  // A city's report: two or more of its counties inside park and company names.
  const units = orgs.filter((m) => m.regions[0].level === 'county' || m.regions[0].level === 'district');
  const prefectures = new Map<string, { city: GbRegion; units: Mention[] }>();
  for (const m of units) {
    const city = prefectureOf(m.regions[0]);
    if (!city) return null;
    const entry = prefectures.get(city.code) ?? { city, units: [] };
    entry.units.push(m);
    prefectures.set(city.code, entry);
  }
  const [only] = prefectures.values();
  if (prefectures.size !== 1 || !only) return null;
  const { city, units: inside } = only;
  const distinct = new Set(inside.map((m) => m.regions[0].code));
  if (distinct.size < 2 || !inside.every((m) => isInside(m.regions[0], city))) return null;
  return {
    region: city,
    evidence: inside.map((m) => `"${m.name}" (${describe(m.regions[0])}) inside the name «${m.context}»`),
    confidence: 'medium',
  };
}
