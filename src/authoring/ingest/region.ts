// Where a report comes from, from every clue the text gives, strongest first:
// 1. stated by its issuer: the bureau or a government organ of the place
//    (新沂市科技局, 邳州科技局, 西海岸新区（黄岛区）, 鄂城区人民政府, a page
//    header 信息来源：某某县科学技术局), unless every other place the text names
//    lies in another province (a partner city's bureau in a report on aid);
// 2. stated by name: the place the text keeps naming at the level it speaks
//    for (我县, 全县 → a county named in full; a county-level city named with
//    its prefecture), never a place used as a comparison group or a superior;
// 3. inferred from organisations: a county inside a company's name, or
//    several counties inside park and company names that share one prefecture;
//    then from the towns it names (the one county holding them all);
// 4. inferred from the words for the provincial level (自治区 + 自治州 occur
//    together only in one province).
// A name several regions share is settled by the parent the text names, else
// its candidates are listed and the code left for the curator; a place the
// text hides (XX市) is never filled in from a superior it names.
import { gbRegions, type GbRegion, type Level } from './gb2260.ts';
import { credible, findMentions, type Mention } from './region-mentions.ts';
import { byParent, describe, isInside, namesAny, shortName } from './region-names.ts';
import { organisationPlaces } from './region-orgs.ts';
import { selfLevel } from './self-level.ts';
import { provinceFromLevelWords } from './region-province.ts';
import { countyFromTowns } from './region-towns.ts';

export interface RegionGuess {
  region: GbRegion | null;
  basis: 'stated' | 'inferred' | 'unknown';
  evidence: string[];
  confidence: 'high' | 'medium' | 'low' | null;
  warnings: string[];
  /** The place as the text writes it before its bureau (平原示范区, 邳州), when the issuer states it. */
  written?: string;
}

const LEVEL_CHAR: Record<string, Level> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county' };

/** The issuer's level from the title's `区科技局` / `县科技局` / `市科技局` / `区科委`. */
export function issuerLevel(title: string): Level | null {
  const char = /([省市区县旗])(?:科学技术局|科技局|科技创新局|科技和工业信息化局|科委|科学技术委员会|科工局)/.exec(
    title,
  )?.[1];
  return char ? (LEVEL_CHAR[char] ?? null) : null;
}

/** Province-level municipalities speak of themselves as 我市. */
const isMunicipality = (r: GbRegion) => r.level === 'province' && r.name.endsWith('市');

/** Whether a region can be the place of a text speaking at `level`. */
function atLevel(r: GbRegion, level: Level | null, kind: '州' | '盟' | null): boolean {
  if (level === null) return r.level !== 'province' || isMunicipality(r);
  if (level === 'city') {
    if (kind) return r.level === 'city' && r.name.endsWith(kind);
    return r.level === 'city' || isMunicipality(r);
  }
  return r.level === level;
}

/** How strongly the text supports each province: its own mentions and those of places inside it. */
function provinceSupport(mentions: Mention[]): Map<string, number> {
  const support = new Map<string, number>();
  for (const m of mentions) {
    // Only a mention whose regions lie in one province.
    const [p, ...others] = new Set(m.regions.map((r) => r.province));
    if (p === undefined || others.length > 0) continue;
    support.set(p, (support.get(p) ?? 0) + (m.form === 'short' ? 1 : 2));
  }
  return support;
}

/** The province most of the text's places lie in, when one clearly leads (two full names' worth at least). */
function leadingProvince(mentions: Mention[]): string | null {
  const ranked = [...provinceSupport(mentions)].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top) return null;
  return top[1] >= 4 && (!next || top[1] >= 2 * next[1]) ? top[0] : null;
}

function unknown(warnings: string[], all: string, after: string[] = []): RegionGuess {
  const clues = [...new Set(credible(findMentions(all, 'text')).map((m) => shortName(m.name) ?? m.name))].slice(0, 12);
  warnings.unshift(
    `region not stated: region code left null (basis unknown); curator to infer${clues.length ? ` — place words in the text (hints only): ${clues.join('、')}` : ' — no place name found in the text'}`,
  );
  warnings.push(...after);
  if (/(XX|ＸＸ|xx|\*\*)[市县区]/.test(all)) warnings.push('anonymised place names (XX市 / **区) in the text');
  return { region: null, basis: 'unknown', evidence: [], confidence: null, warnings };
}

const quote = (m: Mention) => `«${m.context}»`;

/** 1. The issuer: a place named with its bureau or organ, in the title, the page header or the text. */
function fromIssuer(
  mentions: Mention[],
  all: string,
  self: { level: Level | null; kind: '州' | '盟' | null },
  warnings: string[],
): RegionGuess | null {
  const issuers = mentions.filter((m) => m.role === 'issuer' || m.role === 'bracket');
  if (!issuers.length) return null;
  const lead = leadingProvince(mentions.filter((m) => m.role !== 'issuer'));
  // Each name's mentions (at least the one that made its group).
  const groups = new Map<string, [Mention, ...Mention[]]>();
  for (const m of issuers) {
    const group = groups.get(m.name);
    if (group) group.push(m);
    else groups.set(m.name, [m]);
  }
  const weight = (ms: Mention[]) =>
    ms.reduce(
      (n, m) => n + (m.where === 'title' ? 3 : m.where === 'header' ? 2 : 1) + (m.role === 'bracket' ? 2 : 0),
      0,
    );
  // The page's publisher (a city portal) reposting a county's news: the county's bureau is the issuer.
  const headerOnly = (ms: Mention[]) => ms.every((m) => m.where === 'header');
  const inner = (a: [Mention, ...Mention[]], b: [Mention, ...Mention[]]) =>
    a[0].regions.length === 1 && b[0].regions.length === 1 && isInside(a[0].regions[0], b[0].regions[0]);
  const ranked = [...groups].sort((a, b) => {
    if (inner(a[1], b[1]) && (headerOnly(b[1]) || weight(a[1]) >= weight(b[1]))) return -1;
    if (inner(b[1], a[1]) && (headerOnly(a[1]) || weight(b[1]) >= weight(a[1]))) return 1;
    return weight(b[1]) - weight(a[1]);
  });
  for (const [name, ms] of ranked) {
    let regions = byParent(ms[0].regions, all);
    // A portal above the text (a city's site carrying a district's text) is not its issuer.
    if (
      headerOnly(ms) &&
      self.level &&
      regions.every((r) => !atLevel(r, self.level, self.kind) && r.level !== 'district')
    ) {
      warnings.push(
        `the page header names "${name}" (${quote(ms[0])}), a level above the text's own: not taken as the issuer`,
      );
      continue;
    }
    // A bureau of a province the rest of the text never names is another region's (an aid partner).
    if (lead && regions.every((r) => r.province !== lead) && !all.includes(shortName(regions[0].province) ?? '@')) {
      warnings.push(
        `"${name}" is named with its bureau or government (${quote(ms[0])}), but the text's other places lie in ${lead}: not taken as the issuer`,
      );
      continue;
    }
    const inLead = lead && regions.length > 1 ? regions.filter((r) => r.province === lead) : [];
    if (namesAny(inLead)) regions = inLead;
    const where = ms.some((m) => m.where === 'title')
      ? 'the title'
      : ms.some((m) => m.where === 'header')
        ? 'the page header'
        : 'the text';
    const how = ms[0].role === 'bracket' ? 'in brackets after the zone it governs' : 'with its bureau or government';
    const evidence = `${where} names "${name}" ${how} (${quote(ms[0])}${ms.length > 1 ? `; ${ms.length} times` : ''})${ms[0].form === 'zone' ? '; a functional zone: its statistical code, not a GB/T 2260 unit' : ''}`;
    if (regions.length !== 1) {
      warnings.push(
        `"${name}" is ambiguous: ${regions.map(describe).join('; ')}; region code left null for the curator`,
      );
      return { region: null, basis: 'unknown', evidence: [evidence], confidence: null, warnings };
    }
    const via =
      ms[0].regions.length > 1
        ? `; of ${ms[0].regions.length} regions named "${name}", the text names the parent of ${regions[0].name}`
        : '';
    return {
      region: regions[0],
      basis: 'stated',
      evidence: [evidence + via],
      confidence: null,
      warnings,
      written: name,
    };
  }
  return null;
}

/** A trip, a meeting elsewhere or a partner: 赴深圳, 在北京举办, 与上海合作. */
const ELSEWHERE = /(?:赴|到|在|去|往|至|与|同|和|跟|向|来自|从)$/;

interface Candidate {
  region: GbRegion;
  /** Mentions in full (half a mention inside an organisation's name) and in short form. */
  full: number;
  short: number;
  /** Places named in full inside it (its counties, for a city). */
  inside: Mention[];
  score: number;
  /** The mentions that named it (the first made it a candidate). */
  mentions: [Mention, ...Mention[]];
}

/** 2. The place the text keeps naming at the level it speaks for. */
function fromNames(
  mentions: Mention[],
  all: string,
  level: Level | null,
  kind: '州' | '盟' | null,
  warnings: string[],
): RegionGuess | null {
  // A place named mostly as a comparison group or a superior is above the text's own.
  const tally = new Map<string, number>();
  for (const m of mentions)
    for (const r of m.regions) {
      const up = m.role === 'compare' || m.role === 'superior' ? 1 : m.role === 'plain' ? -1 : 0;
      tally.set(r.code, (tally.get(r.code) ?? 0) + up);
    }
  const above = new Set(
    mentions
      .filter((m) => m.role === 'compare' || m.role === 'superior')
      .flatMap((m) => m.regions.filter((r) => (tally.get(r.code) ?? 0) >= 0).map((r) => r.code)),
  );
  const lead = leadingProvince(mentions);
  const candidates = new Map<string, Candidate>();
  for (const m of mentions) {
    // A destination or a partner (赴深圳, 在北京举办, 与某县合作) is not the text's own place.
    if ((m.role !== 'plain' && m.role !== 'org') || ELSEWHERE.test(m.before) || PARTNER.test(m.clause)) continue;
    // Only a mention that can mean one region here.
    const [r, ...others] = byParent(m.regions, all).filter(
      (g) => atLevel(g, level, kind) && !above.has(g.code) && (!lead || g.province === lead || isMunicipality(g)),
    );
    if (!r || others.length > 0) continue;
    const known = candidates.get(r.code);
    const c = known ?? { region: r, full: 0, short: 0, inside: [], score: 0, mentions: [m] };
    // Inside an organisation's name a place is a weaker clue than named on its own.
    if (m.form === 'short') c.short += 1;
    else c.full += m.role === 'org' ? 0.5 : 1;
    if (known) known.mentions.push(m);
    candidates.set(r.code, c);
  }
  // A city whose counties the text names in full is supported by them too.
  for (const c of candidates.values()) {
    c.inside = mentions.filter(
      (m) => m.form !== 'short' && m.regions.length === 1 && isInside(m.regions[0], c.region) && m.role !== 'compare',
    );
    c.score = 2 * c.full + c.short + c.inside.length;
  }
  // A county-level city or a county named as often as its prefecture is the text's own place.
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score);
  let best = ranked[0];
  if (!best) return null;
  for (const c of ranked) if (isInside(c.region, best.region) && c.score >= best.score) best = c;
  const rival = ranked.find((c) => c !== best && !isInside(best.region, c.region) && !isInside(c.region, best.region));
  const enough =
    best.full >= 1 ||
    (best.short >= 2 && best.region.level !== 'county' && best.region.level !== 'district') ||
    (best.full + best.short > 0 && best.inside.length >= 2);
  if (!enough || best.score < 2 || (rival && best.score < 2 * rival.score)) {
    if (rival && best.score >= 2)
      warnings.push(
        `the text names several places at its level: ${ranked
          .slice(0, 4)
          .map((c) => `${c.region.name} (${c.score})`)
          .join(', ')}; none taken`,
      );
    return null;
  }
  const said = `the text names "${best.region.name}" ${best.mentions.length} times${best.full ? '' : ' in short form only'} (${quote(best.mentions[0])})`;
  const levelWhy = level ? `, at the level it speaks for` : '';
  const parents = [...above]
    .map((code) => gbRegions().find((r) => r.code === code))
    .filter((r) => r && isInside(best.region, r));
  const parentWhy = parents.length ? `; ${parents.map((r) => r?.name).join('、')} named above it` : '';
  const insideWhy = best.inside.length
    ? `; places inside it named: ${[...new Set(best.inside.map((m) => m.name))].join('、')}`
    : '';
  const evidence = `${said}${levelWhy}${parentWhy}${insideWhy}`;
  // Named in full on its own (not only inside an organisation's name): the text states it.
  if (best.mentions.some((m) => m.form !== 'short' && m.role === 'plain'))
    return { region: best.region, basis: 'stated', evidence: [evidence], confidence: null, warnings };
  warnings.push(
    `region INFERRED from a place the text names only in short form or inside names: ${best.region.name} — curator to confirm`,
  );
  return { region: best.region, basis: 'inferred', evidence: [evidence], confidence: 'medium', warnings };
}

/** A sentence about another place's people or work with the text's own: a partner, an event, a visit. */
const PARTNER = /引进|对接|合作|携手|联合|共建|帮扶|结对|对口|学习|借鉴|考察|举办|召开|参加|签约|赴|前往|来自|落户/;

/**
 * 5. The only place a text names at all, at the level it speaks for, and not
 * as a destination or a partner (我市… 争取更多某市高校成果本地转化, not
 * 引进某市高校成果): a weak clue, inferred with low confidence.
 */
function onlyPlace(
  mentions: Mention[],
  level: Level | null,
  kind: '州' | '盟' | null,
): { region: GbRegion; evidence: string[]; confidence: 'low' } | null {
  const codes = new Set(mentions.flatMap((m) => m.regions.map((r) => r.code)));
  const [first] = mentions;
  if (level === null || codes.size !== 1 || !first || first.regions.length !== 1) return null;
  const region = first.regions[0];
  const elsewhere = (m: Mention) => m.role !== 'plain' || ELSEWHERE.test(m.before) || PARTNER.test(m.clause);
  if (!atLevel(region, level, kind) || mentions.some(elsewhere)) return null;
  return {
    region,
    evidence: [`the only place the text names (${mentions.map(quote).join('; ')}), in a text speaking for a ${level}`],
    confidence: 'low',
  };
}

/** Regions at the text's level below the places it ranks itself in or reports to: the curator's candidates. */
function candidatesBelow(mentions: Mention[], level: Level | null, kind: '州' | '盟' | null): GbRegion[] {
  if (level === null) return [];
  const above = mentions
    .filter((m) => m.role === 'compare' || m.role === 'superior' || m.role === 'org' || m.form === 'short')
    .flatMap((m) => (m.regions.length === 1 ? m.regions : []))
    .filter((r) => r.level === 'province' || (r.level === 'city' && r.code.endsWith('00')));
  const lowest = above.filter((r) => !above.some((o) => isInside(o, r)));
  const codes = [...new Set(lowest.map((r) => r.code))];
  const [parent] = lowest;
  if (codes.length !== 1 || !parent) return [];
  return gbRegions().filter((r) => isInside(r, parent) && atLevel(r, level, kind) && r.code !== parent.code);
}

/**
 * Resolves the region of a report. `title` is the report title, `text` its
 * body, `header` the page's own fields that name a source or publisher
 * (信息来源：…, 所属机构 …). Returns the GB/T 2260 region with its basis and
 * evidence, or basis unknown with the candidates in a warning for the curator.
 */
export function resolveRegion(title: string, text: string, header: string[] = []): RegionGuess {
  const all = `${title}\n${text}`;
  const warnings: string[] = [];
  const mentions = credible([
    ...findMentions(title, 'title'),
    ...header.flatMap((h) => findMentions(h, 'header')),
    ...findMentions(text, 'text'),
  ]);
  const self = selfLevel(all);
  const level = issuerLevel(title) ?? self.level;
  const kind = issuerLevel(title) ? null : self.prefectureKind;
  const stated = fromIssuer(mentions, all, { level, kind }, warnings);
  if (stated) {
    const r = stated.region;
    if (r && level && !atLevel(r, level, kind) && !(r.level === 'district' && level === 'city'))
      warnings.push(`the text speaks for a ${level} (${self.evidence || 'its title'}) but "${r.name}" is a ${r.level}`);
    return stated;
  }
  if (!self.masked) {
    const named = fromNames(mentions, all, level, kind, warnings);
    if (named) return named;
  }
  const orgs = organisationPlaces(all, level, mentions);
  if (orgs && 'region' in orgs) {
    warnings.push(
      `region INFERRED from organisation and park names, not stated: ${orgs.region.name} — curator to confirm`,
    );
    return { ...orgs, basis: 'inferred', warnings };
  }
  // Towns: the county that holds every town named (在某镇、某乡…), or the one under a prefecture named.
  const parents = mentions
    .flatMap((m) => (m.regions.length === 1 ? m.regions : []))
    .filter((r) => r.level === 'province' || (r.level === 'city' && r.code.endsWith('00')));
  const towns = countyFromTowns(all, parents);
  if (towns && (level === null || atLevel(towns.region, level, kind))) {
    warnings.push(
      `region INFERRED from the towns the text names, not stated: ${towns.region.name} — curator to confirm`,
    );
    return { ...towns, basis: 'inferred', warnings };
  }
  const only = onlyPlace(mentions, level, kind);
  if (only) {
    warnings.push(`region INFERRED from the only place the text names: ${only.region.name} — curator to confirm`);
    return { ...only, basis: 'inferred', warnings };
  }
  const after: string[] = [];
  if (orgs) after.push(`organisation names point to several places: ${orgs.conflict.join('; ')}`);
  const below = candidatesBelow(mentions, level, kind);
  const [first] = below;
  if (first && below.length <= 12)
    after.push(
      `the text ${self.masked ? 'hides its own place' : 'does not name its own place'} but ranks itself in or reports to ${first.city ?? first.province}: candidates ${below.map(describe).join('; ')}; region code left null for the curator`,
    );
  const province = provinceFromLevelWords(all);
  if (province) {
    warnings.push(`region INFERRED at the provincial level only: ${province.region.name} — curator to narrow it`);
    return { ...province, basis: 'inferred', warnings };
  }
  return unknown(warnings, all, after);
}
