// Measure units a figure may carry, how each is written, and money
// normalisation to 万元 (the convention of the whole dataset).
import { tidy } from './numerals.ts';

export type UnitFamily = 'count' | 'money' | 'percent' | 'change' | 'area' | 'weight' | 'length' | 'score' | 'compute';

export interface UnitDef {
  /** As written in the text. */
  text: string;
  /** Canonical unit (个亿 → 亿元, ％ → %). */
  unit: string;
  family: UnitFamily;
  /** Next characters that make the unit part of a word (项目, 人才, 台州 …). */
  blockedBy?: string;
  /** A unit only before another number (12类132项, 25种12万份): alone it starts a word (三类企业). */
  beforeNumber?: boolean;
  /** A unit only after Arabic digits and before a stop (92.5分。, 50P，): after a Chinese numeral it is a word (三分之一, 十分). */
  afterDigits?: boolean;
}

const DEFS: UnitDef[] = [
  { text: '万平方米', unit: '万平方米', family: 'area' },
  { text: '平方公里', unit: '平方公里', family: 'area' },
  { text: '平方米', unit: '平方米', family: 'area' },
  { text: '万亩', unit: '万亩', family: 'area' },
  { text: '亩', unit: '亩', family: 'area' },
  { text: '万人次', unit: '万人次', family: 'count' },
  { text: '人次', unit: '人次', family: 'count' },
  { text: '个百分点', unit: '个百分点', family: 'change' },
  { text: '百分点', unit: '个百分点', family: 'change' },
  { text: '万亿元', unit: '万亿元', family: 'money' },
  { text: '万美元', unit: '万美元', family: 'money' },
  { text: '亿美元', unit: '亿美元', family: 'money' },
  { text: '美元', unit: '美元', family: 'money' },
  { text: '千元', unit: '千元', family: 'money' },
  { text: '万元', unit: '万元', family: 'money' },
  { text: '亿元', unit: '亿元', family: 'money' },
  { text: '个亿', unit: '亿元', family: 'money' },
  { text: '元', unit: '元', family: 'money', blockedBy: '素宵旦' },
  { text: '%', unit: '%', family: 'percent' },
  { text: '％', unit: '%', family: 'percent' },
  { text: '倍', unit: '倍', family: 'change', blockedBy: '增' },
  // 跃升29个位次: places gained or lost in a ranking, a change of rank.
  { text: '个位次', unit: '个位次', family: 'change' },
  { text: '位次', unit: '位次', family: 'change', blockedBy: '上' },
  { text: '万吨', unit: '万吨', family: 'weight' },
  { text: '吨', unit: '吨', family: 'weight' },
  { text: '公里', unit: '公里', family: 'length' },
  { text: '公斤', unit: '公斤', family: 'weight' },
  { text: '千克', unit: '千克', family: 'weight' },
  { text: '场次', unit: '场次', family: 'count' },
  { text: '批次', unit: '批次', family: 'count' },
  { text: '家次', unit: '家次', family: 'count' },
  { text: '家', unit: '家', family: 'count', blockedBy: '庭族长乡属具电园居门政务' },
  { text: '项', unit: '项', family: 'count', blockedBy: '目' },
  { text: '件', unit: '件', family: 'count' },
  { text: '个', unit: '个', family: 'count', blockedBy: '人体性别税案月' },
  { text: '人', unit: '人', family: 'count', blockedBy: '才员口民士群文事力工大类选物气们际均' },
  { text: '名', unit: '名', family: 'count', blockedBy: '单称录义牌优企校师誉额次片列' },
  { text: '位', unit: '位', family: 'count', blockedBy: '于置列居次数' },
  { text: '次', unit: '次', family: 'count', blockedBy: '数要序级生' },
  { text: '台', unit: '台', family: 'count', blockedBy: '州账湾阶风资' },
  { text: '套', unit: '套', family: 'count', blockedBy: '餐' },
  { text: '场', unit: '场', family: 'count', blockedBy: '景所地馆合面长域' },
  { text: '期', unit: '期', family: 'count', blockedBy: '间末待望限货工项' },
  { text: '批', unit: '批', family: 'count', blockedBy: '准复示评量' },
  { text: '篇', unit: '篇', family: 'count', blockedBy: '章' },
  { text: '所', unit: '所', family: 'count', blockedBy: '有在属得以谓长需里' },
  { text: '座', unit: '座', family: 'count', blockedBy: '谈位' },
  { text: '条', unit: '条', family: 'count', blockedBy: '件例线码' },
  { text: '款', unit: '款', family: 'count', blockedBy: '项式' },
  { text: '部', unit: '部', family: 'count', blockedBy: '门分署委长位级队' },
  { text: '册', unit: '册', family: 'count' },
  { text: '支', unit: '支', family: 'count', blockedBy: '持撑付部出援柱' },
  { text: '种', unit: '种', family: 'count', blockedBy: '植业子类养苗源质' },
  { text: '株', unit: '株', family: 'count' },
  { text: '户', unit: '户', family: 'count', blockedBy: '籍口外型主' },
  { text: '幅', unit: '幅', family: 'count', blockedBy: '度员' },
  { text: '块', unit: '块', family: 'count' },
  { text: '份', unit: '份', family: 'count', blockedBy: '额子' },
  { text: '盏', unit: '盏', family: 'count' },
  { text: '张', unit: '张', family: 'count', blockedBy: '贴' },
  // Colloquial classifiers of real reports: 项目合作56只, 宣传栏10处, 港牌车40辆.
  { text: '只', unit: '只', family: 'count', blockedBy: '是有要能' },
  { text: '处', unit: '处', family: 'count', blockedBy: '理室长级于在置罚分' },
  { text: '辆', unit: '辆', family: 'count' },
  { text: '类', unit: '类', family: 'count', beforeNumber: true },
  // A score (得分92.5分) and computing power (算力50P, 200PFlops).
  { text: '分', unit: '分', family: 'score', afterDigits: true },
  { text: 'PFlops', unit: 'PFlops', family: 'compute', afterDigits: true },
  { text: 'P', unit: 'P', family: 'compute', afterDigits: true },
];

/** Units tried longest first, so 万元 wins over 万 and 人次 over 人. */
const BY_LENGTH = [...DEFS].sort((a, b) => b.text.length - a.text.length);

/** Words a count unit may not start: 8个方面, 三项工作 enumerate the text's own parts, not things counted. */
const BLOCKED_WORDS = ['方面', '工作'];

const NUMBER_AHEAD = /^\s?[0-9０-９一二两三四五六七八九十百千*＊Xx×]/;
const STOP_AHEAD = /^(?:$|[，。；;,、）)！？!?\s]|以上|左右)/;

/** The unit written at `pos`, or null. */
export function matchUnit(text: string, pos: number): UnitDef | null {
  for (const def of BY_LENGTH) {
    if (!text.startsWith(def.text, pos)) continue;
    const end = pos + def.text.length;
    const next = text.charAt(end);
    if (def.blockedBy && next !== '' && def.blockedBy.includes(next)) return null;
    if (BLOCKED_WORDS.some((w) => text.startsWith(w, end))) return null;
    if (def.beforeNumber && !NUMBER_AHEAD.test(text.slice(end, end + 2))) return null;
    if (
      def.afterDigits &&
      (!/[0-9０-９]$/.test(text.slice(Math.max(0, pos - 1), pos)) || !STOP_AHEAD.test(text.slice(end, end + 2)))
    )
      return null;
    if (/^[A-Za-z]/.test(def.text) && /^[A-Za-z]/.test(next)) return null;
    return def;
  }
  return null;
}

/**
 * A unit's alternative written in brackets right after it (人（次）, 份（册）):
 * part of the unit as written. Returns the bracket as written, or ''.
 */
export function bracketedAlternative(text: string, pos: number): string {
  const m = /^[（(]([次册人名个场份件项家])[)）]/.exec(text.slice(pos, pos + 3));
  return m ? m[0] : '';
}

/** Multipliers a unit may be written with (1.2万家, 12万余份): part of the unit as written. */
const MULTIPLIER_PREFIX = /^(万亿|万|亿)/;
/** Money written as a bare multiplier (资金5630万, 经济总量1.6万亿): its unit is the multiplier as written. */
const BARE_MONEY: Record<string, number> = { 万: 1, 亿: 1e4, 万亿: 1e8 };

/** The unit before its bracketed alternative: 人（次） → 人. */
const baseOf = (unit: string) => unit.replace(/[（(][^）)]*[)）]$/, '');

export function unitFamily(unit: string): UnitFamily | null {
  const base = baseOf(unit);
  const def = DEFS.find((d) => d.unit === base);
  if (def) return def.family;
  if (base in BARE_MONEY) return 'money';
  const prefix = MULTIPLIER_PREFIX.exec(base);
  return prefix ? (DEFS.find((d) => d.unit === base.slice(prefix[0].length))?.family ?? null) : null;
}

const TO_WAN: Record<string, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4, 万亿元: 1e8, ...BARE_MONEY };
const FACTOR: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
/** A bracketed alternative that makes a unit of its own with the unit before it: 人（次） = 人次. */
const JOINED = new Set(['人次', '场次', '家次', '批次']);

/**
 * The value in a unit comparable across figures: money in 万元 (亿元, 元,
 * a bare 万 or 万亿 converted), a count written with a multiplier in its
 * base unit (1.2万家 = 12000 家, 4.8万人次 = 48000 人次), a bracketed
 * alternative folded (人（次） = 人次); every other unit copied.
 */
export function normaliseMoney(value: number | null, unit: string): { value_norm: number | null; unit_norm: string } {
  const factor = TO_WAN[unit];
  if (factor !== undefined) return { value_norm: value === null ? null : tidy(value * factor), unit_norm: '万元' };
  const bracket = /[（(]([^）)]*)[)）]$/.exec(unit);
  let base = baseOf(unit);
  if (bracket && JOINED.has(base.replace(MULTIPLIER_PREFIX, '') + bracket[1])) base += bracket[1];
  const prefix = MULTIPLIER_PREFIX.exec(base);
  const rest = prefix ? base.slice(prefix[0].length) : base;
  const scale = prefix ? FACTOR[prefix[0]] : undefined;
  if (scale !== undefined && rest && DEFS.find((d) => d.unit === rest)?.family === 'count')
    return { value_norm: value === null ? null : tidy(value * scale), unit_norm: rest };
  return { value_norm: value, unit_norm: base };
}
