// Every place a text names, and in what role, read off the words around the
// name: the issuer (a bureau or government organ of the place: 新沂市科技局,
// 鄂城区人民政府, 政协某县), a district in brackets after the zone it governs
// (西海岸新区（黄岛区）), a comparison group (居绍兴第2, 均居聊城首位: a place
// above the text's own), a superior (镇江市下达, 申报衢州市级), a place inside
// an organisation's name (安塞工业园区, 青岛农业大学), or a plain mention.
import type { GbRegion } from './gb2260.ts';
import { lookupName, nameIndex, namesAny, zonesNamed, type NameForm, type NamedRegions } from './region-names.ts';

export type MentionRole = 'issuer' | 'bracket' | 'compare' | 'superior' | 'org' | 'plain';

export interface Mention {
  name: string;
  regions: NamedRegions;
  form: NameForm | 'zone';
  role: MentionRole;
  /** Where the name was read: the title, the body, or a page header field (信息来源：…). */
  where: 'title' | 'text' | 'header';
  /** The words around the name, for the evidence. */
  context: string;
  /** The few characters just before the name. */
  before: string;
  /** The clause the name stands in (between commas or sentence ends). */
  clause: string;
}

/** A bureau or organ of the place named just before it. */
const ORGAN =
  /^[)）]?\s*(?:第[一二三四五六七八九十]+届)?(?:科学技术和工业信息化局|科技和工业信息化局|科学技术局|科技创新局|科学技术委员会|科技和信息化局|科技局|科委|科工信局|科工局|人民政府|政府|人大常委会|人民代表大会|人大|县委|区委|市委|州委|旗委)/;
/** 政协某县…委员会: the place's people's political consultative conference. */
const ORGAN_BEFORE = /政协$/;
/** 居X第2, X首位, X第一, 在X排名, 占X…: the place is a comparison group above the text's own. */
const COMPARE_AFTER =
  /^(?:市|州|省)?(?:各县|各区|各市|县（市）区|县市区|范围内)|^(?:市|州|省)?(?:市)?(?:第[一二三四五六七八九十\d]|首位|前列|之首|遥遥领先|领先|排名|排位|位次)/;
const COMPARE_BEFORE = /(?:居|位居|位列|列|占|高于|低于|领跑|排名|全)$/;
/** X市级以上, X下达的任务, 申报X市级项目: a superior level. */
const SUPERIOR_AFTER = /^(?:市|州|省)?(?:级以上|下达|考核|下发)/;
const SUPERIOR_BEFORE = /(?:申报|争取|获批|获得|入选)$/;
/** The name starts an organisation's, park's or project's name. */
const ORG_AFTER =
  /^([\u4e00-\u9fff]{0,12}?)(?:股份有限公司|有限责任公司|有限公司|集团|研究院|研究所|合作社|农业大学|大学|学院|工业园区|产业园区|园区|高新区|开发区|众创空间|孵化器|科技园|实验室|中心|公司|协会|农高区|示范园)/;
/** Zones (新区, 开发区, 示范区) whose district follows in brackets. */
const ZONE_BEFORE = /(?:新区|开发区|示范区|高新区|园区|新城)\s*[（(]$/;

function roleOf(text: string, start: number, end: number, regions: GbRegion[], form: Mention['form']): MentionRole {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 8), start);
  if (ORGAN.test(after) || ORGAN_BEFORE.test(before)) return 'issuer';
  if (ZONE_BEFORE.test(before) && /^[)）]/.test(after) && regions.some((r) => r.level !== 'province')) return 'bracket';
  if (form === 'zone') return 'plain';
  if (COMPARE_AFTER.test(after) || COMPARE_BEFORE.test(before)) return 'compare';
  if (SUPERIOR_AFTER.test(after) || (SUPERIOR_BEFORE.test(before) && /^(?:市|州|省)?级/.test(after))) return 'superior';
  const orgish = ORG_AFTER.exec(after);
  // A short name (德清) starts a name only closely: 德清经济开发区, not 新建省级研究院 (新建 a verb there).
  const gap = orgish?.[1]?.length ?? 0;
  const close = form !== 'short' || (gap <= 4 && !/[省市县级]|国家/.test(orgish?.[1] ?? ''));
  if (orgish && !/[，。；、：（）()]/.test(orgish[0]) && close) return 'org';
  return 'plain';
}

/** A full name whose stem is one character (城区, 郊区, 矿区) is a common word, not a place. */
const tooGeneric = (name: string, form: NameForm) => form === 'full' && name.length <= 2;

const CLAUSE_ENDS = ['，', ',', '。', '！', '？', '；', '\n'];

/** The clause around position `at`. */
function clauseAt(text: string, at: number): string {
  const start = Math.max(...CLAUSE_ENDS.map((c) => text.lastIndexOf(c, at))) + 1;
  const ends = CLAUSE_ENDS.map((c) => text.indexOf(c, at)).filter((k) => k >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length);
}

/** The start of a better name overlapping the one at [from, to): one that runs past it and is the issuer's or written in full. */
function overlapping(text: string, from: number, to: number, end: number, form: Mention['form']): number | null {
  const { longest } = nameIndex();
  for (let j = from + 1; j < to; j++) {
    for (let len = Math.min(longest, end - j); len >= 2 && j + len > to; len--) {
      const named = lookupName(text.slice(j, j + len));
      if (!named || tooGeneric(text.slice(j, j + len), named.form)) continue;
      const issuer = ORGAN.test(text.slice(j + len, j + len + 24));
      if (issuer || (form === 'short' && named.form !== 'short')) return j;
    }
  }
  return null;
}

/**
 * A short county name is often a common word (新建, 合作, 江山, 平原): it counts
 * only as an issuer or inside a name, or when the text also names the same
 * county in full. Short names of provinces and prefectures always count.
 */
export function credible(mentions: Mention[]): Mention[] {
  const named = new Set(mentions.filter((m) => m.form !== 'short').flatMap((m) => m.regions.map((r) => r.code)));
  return mentions.filter(
    (m) =>
      m.form !== 'short' ||
      m.role === 'issuer' ||
      m.role === 'org' ||
      m.regions.some((r) => r.level === 'province' || r.code.endsWith('00') || named.has(r.code)),
  );
}

/** Places found in a text, in order; `limit` caps the characters read (a place shows early). */
export function findMentions(text: string, where: Mention['where'], limit = 60000): Mention[] {
  const { longest } = nameIndex();
  const out: Mention[] = [];
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end;) {
    let found: { name: string; regions: NamedRegions; form: Mention['form'] } | null = null;
    for (let len = Math.min(longest, end - i); len >= 2 && !found; len--) {
      const name = text.slice(i, i + len);
      const zones = zonesNamed(name);
      const named = lookupName(name);
      // A zone counts only before its own bureau (平原示范区科技和工业信息化局).
      if (namesAny(zones) && ORGAN.test(text.slice(i + len, i + len + 24)))
        found = { name, regions: zones, form: 'zone' };
      else if (named && !tooGeneric(name, named.form)) found = { name, ...named };
    }
    if (!found) {
      i += 1;
      continue;
    }
    // 从江阴科技局: a later name overlapping this one (江阴 over 从江) wins when it
    // is the issuer or a full name against a short one.
    let stop = i + found.name.length;
    const later = overlapping(text, i, stop, end, found.form);
    if (later) {
      i = later;
      continue;
    }
    stop = i + found.name.length;
    out.push({
      ...found,
      role: roleOf(text, i, stop, found.regions, found.form),
      where,
      context: text.slice(Math.max(0, i - 6), stop + 10).replace(/\s+/g, ' '),
      before: text.slice(Math.max(0, i - 4), i),
      clause: clauseAt(text, i),
    });
    i = stop;
  }
  return out;
}
