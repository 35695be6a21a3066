// Which year(s) a report covers, and whether its years can be trusted: some
// host sites rewrite years (`20年`, `2020年-2020年`), templates mask them
// (20XX年, XXXX年度) or write one year for a summary and the plan that follows
// it (2021年度工作总结暨2021年度工作计划), which makes every date in the text
// unreliable.
import { textYears } from './text-years.ts';

export interface YearGuess {
  year: number | null;
  years: number[];
  reliable: boolean;
  /** How the year was found. */
  from: 'title' | 'text' | 'none';
  /** A later year the text names for a plan part (展望2020年), if any. */
  planYear: number | null;
  warnings: string[];
}

/** In a title any four-digit year counts (`2022区科学技术局年度工作总结`). */
const TITLE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
/** A two-digit year standing alone: `20年，我局…` (not `2020年`, not `**20年`, not a span: 近20年, 20年来). */
const BARE_YEAR = /(?<![\d*.近约余多过时历这])20年(?![代来间内前后多余])/g;
/** A masked year: 20xx, 202x, 20**, 20XX年, XXXX年度, XX年 (a template or an anonymised copy). */
const MASKED_YEAR =
  /(?<![\dA-Za-z])(?:20[xX×*＊]{2}|20\d[xX×*＊]|[xX×＊]{4}(?=\s*年)|[xX×]{2}(?=\s*年))(?=\s*年|[^A-Za-z\d]|$)/g;
/** One year for a summary and the plan after it: 2021年度工作总结暨2021年度工作计划. */
const SAME_YEAR_PLAN = /((?:19|20)\d{2})年度?[^\d]{0,12}总结[^\d]{0,6}\1年度?[^\d]{0,10}(?:计划|要点|打算|思路|安排)/;
/** A range from a year to the same year: `2020年-2020年`. */
const SAME_YEAR_RANGE = /((?:19|20)\d{2})年?\s*[-—–至~]\s*\1年/g;

/** Counts of the two rewriting signs in a text. */
export function rewrittenYearSigns(text: string): { bare: number; sameRange: number } {
  return { bare: text.match(BARE_YEAR)?.length ?? 0, sameRange: text.match(SAME_YEAR_RANGE)?.length ?? 0 };
}

/** Detects the years from the title first, else the most frequent year in the text. */
/** Masked years in a text. */
export function maskedYears(text: string): string[] {
  return text.match(MASKED_YEAR) ?? [];
}

export function detectYears(title: string, text: string): YearGuess {
  const warnings: string[] = [];
  const titleYears = [...new Set([...title.matchAll(TITLE_YEAR)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  let years = titleYears;
  let from: YearGuess['from'] = 'title';
  const maskedTitle = maskedYears(title);
  // 202x年工作总结和2025年工作计划: the masked summary year is the year before the named plan's.
  const maskedAt = title.search(MASKED_YEAR);
  // The title's year when it names exactly one.
  const [single] = titleYears.length === 1 ? titleYears : [];
  if (
    maskedTitle.length &&
    single !== undefined &&
    maskedAt >= 0 &&
    maskedAt < title.indexOf(String(single)) &&
    /总结/.test(title) &&
    /计划|要点|思路|打算/.test(title)
  ) {
    years = [single - 1, single];
    warnings.push(
      `the summary year is masked ("${maskedTitle[0]}"): taken as ${years[0]}, the year before the named plan year ${years[1]}`,
    );
  }
  let planYear: number | null = null;
  if (years.length === 0 && maskedTitle.length) from = 'none';
  else if (years.length === 0) {
    const found = textYears(text);
    years = found.years;
    planYear = found.planYear;
    from = years.length ? 'text' : 'none';
    if (found.why) warnings.push(found.why);
  } else if (single !== undefined && years.length === 1 && !/计划|要点|谋划|打算|安排|思路/.test(title)) {
    // A title naming the year of the results, and no plan: a plan part the text adds is for the next year.
    planYear = textYears(text).plans.find((y) => y === single + 1) ?? null;
  }
  const signs = rewrittenYearSigns(`${title}\n${text}`);
  const masked = maskedYears(`${title}\n${text}`);
  const samePlan = SAME_YEAR_PLAN.exec(title);
  if (samePlan)
    warnings.push(
      `the title gives one year (${samePlan[1]}) to a summary and the plan after it: a template's rewritten year, year_reliable false`,
    );
  if (masked.length)
    warnings.push(
      `masked year(s) in the text (${[...new Set(masked)].join(', ')}): year_reliable false, curator to set the year`,
    );
  // A year the text does not give is a placeholder, never reliable.
  const reliable = signs.bare === 0 && signs.sameRange === 0 && masked.length === 0 && !samePlan && years.length > 0;
  if (!reliable && (signs.bare || signs.sameRange)) {
    const parts = [
      signs.bare ? `"20年" ×${signs.bare}` : '',
      signs.sameRange ? `same-year ranges like "2020年-2020年" ×${signs.sameRange}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    warnings.push(
      `years look rewritten by the host site (${parts}): year_reliable false, curator to estimate the year`,
    );
  }
  if (years.length === 0) warnings.push('no year found: curator to set year and years');
  return { year: years[0] ?? null, years, reliable, from, planYear, warnings };
}
