// The years a text without a dated title covers, read from the role each
// year plays in its sentence: a year that opens a sentence (2022年，全县…,
// 2011年以来) frames the work reported; a year after 自/于 or before 成立, or
// the year of an award (荣获2018年省科技进步奖), is background; a year after 展望
// or before 将/力争/工作计划 is the year a plan part is for; a full date is a
// date. The report's year is the best-supported frame; frame years next to it
// that also carry results join it (2022年全年… 2023年1-6月…).

export type YearRole = 'frame' | 'plain' | 'background' | 'plan' | 'date';

export interface YearMention {
  year: number;
  role: YearRole;
  at: number;
}

const YEAR = /(?<![\d*])((?:19|20)\d{2})(?=\s*年)/g;
const OPENS = /(?:^|[。；！？，,\n]|[一二三四五六七八九十]、|[（(][一二三四五六七八九十]+[)）])\s*$/;
/** A sentence that promises: its year is the year a plan is for (2024年，某市将力争…). */
const PROMISE = /力争|确保|将(?![来近军])|目标任务|计划(?=[新完引建实投培申认开达])/;
const FRAME_AFTER = /^年(?:度)?(?:[，,]|以来|上半年|下半年|前三季度|1\s*[-—–―]|全年|是|我[市区县局]|全[市区县州])/;
const BACKGROUND_BEFORE = /(?:自|于|从|始于|早在)\s*$/;
const BACKGROUND_AFTER =
  /^年(?:\d{1,2}月)?(?:成立|设立|组建|挂牌|建成|获批|起)|^年度?[^，。；、]{0,16}?(?:奖|称号|评选|表彰)/;
const PLAN_BEFORE = /(?:展望|力争|计划|预计到|目标|到)\s*$/;
const PLAN_AFTER =
  /^年(?:度)?(?:将|要|力争|重点|工作(?:计划|打算|思路|要点|安排)|目标|科技工作(?:将|计划|打算|思路|要点))/;
const DATE_AFTER = /^年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** The rest of the sentence from `at`. */
function sentenceFrom(text: string, at: number): string {
  const end = text.slice(at).search(/[。！？；\n]/);
  return text.slice(at, end < 0 ? text.length : at + end);
}

/** Every four-digit year in a text, with its role. */
export function yearMentions(text: string): YearMention[] {
  return [...text.matchAll(YEAR)].map((m) => {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + 4, m.index + 30).replace(/^\s+/, '');
    let role: YearRole = 'plain';
    if (DATE_AFTER.test(after)) role = 'date';
    else if (BACKGROUND_BEFORE.test(before) || BACKGROUND_AFTER.test(after)) role = 'background';
    else if (PLAN_BEFORE.test(before) || PLAN_AFTER.test(after) || PROMISE.test(sentenceFrom(text, m.index)))
      role = 'plan';
    else if (OPENS.test(before) && FRAME_AFTER.test(after)) role = 'frame';
    return { year: Number(m[1]), role, at: m.index };
  });
}

const WEIGHT: Record<YearRole, number> = { frame: 3, plain: 1, date: 0.5, background: 0, plan: 0 };

export interface TextYears {
  /** The report's years, ascending, or none. */
  years: number[];
  /** A later year a plan part is for (展望2020年), when the text names one. */
  planYear: number | null;
  /** Every year the text names as the year of a plan. */
  plans: number[];
  /** How they were chosen, for the curator. */
  why: string;
}

export function textYears(text: string): TextYears {
  const mentions = yearMentions(text);
  const score = new Map<number, number>();
  for (const m of mentions) score.set(m.year, (score.get(m.year) ?? 0) + WEIGHT[m.role]);
  const first = (y: number) => mentions.find((m) => m.year === y)?.at ?? Infinity;
  const ranked = [...score].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || first(a[0]) - first(b[0]));
  const plans = mentions.filter((m) => m.role === 'plan').map((m) => m.year);
  const [top] = ranked;
  if (!top) {
    const background = mentions.filter((m) => m.role === 'background').map((m) => m.year);
    return {
      years: [],
      planYear: null,
      plans,
      why: background.length ? `only background years in the text (${[...new Set(background)].join(', ')})` : '',
    };
  }
  const [main] = top;
  const frames = new Set(mentions.filter((m) => m.role === 'frame').map((m) => m.year));
  // Frame years next to the main one report results too (2022年，全年… 2023年，1-6月…).
  const years = [...frames].filter((y) => Math.abs(y - main) === 1 && frames.has(main));
  const all = [...new Set([main, ...years])].sort((a, b) => a - b);
  const planYear = plans.find((y) => y === Math.max(...all) + 1) ?? null;
  const named = mentions.filter((m) => all.includes(m.year));
  const opening = named.filter((m) => m.role === 'frame').length;
  return {
    years: all,
    planYear,
    plans,
    why: `year${all.length > 1 ? 's' : ''} ${all.join('+')} taken from the text (named ${named.length} times${opening ? `, opening ${opening} sentence(s)` : ''}), not the title`,
  };
}
