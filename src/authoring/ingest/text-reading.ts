// What a text's own sentences say about what kind of document it is when its
// title does not (a news item, a page without its title): sentences stating
// figures done, sentences promising figures for a later period (力争到年底…,
// 展望2020年…, 今年将…), and the periods the figures cover (上半年, 1-6月,
// 截至5月底 against 全年, 1-11月). An estimate (预计全年…) is an account, not a
// promise.

const SENTENCE = /[^。！？；\n]+/g;
/** A promise: 力争, 确保, 将 (not 将来 / 将近), 目标, 明年, 展望, 拟. */
const PROMISE = /力争|确保|将(?![来近军])|计划(?=[新完引建实投培申认开达])|目标任务|目标是|明年|下一步|展望|拟/;
/** The later period a promise is for: 到2023年底, 年底, 全年, 下半年, 明年, 今年将, 2024年…将, 展望2020年. */
const LATER_PERIOD =
  /到?\d{4}年底|年底|年末|全年|下半年|明年|来年|(?:今年|\d{4}年)[^。；]{0,10}?(?:将|要|力争)|展望\d{4}年|到\d{4}年/;
/** Figures in a sentence: numbers that are not years, months or days. */
const FIGURE = /\d+(?:\.\d+)?(?![\d.]*\s*[年月日号])/g;
/** The first half of a year: 上半年, 1-6月, 1―5月份, 截至5月底 (up to July, a mid-year account). */
const FIRST_HALF = /上半年|1\s*[-—–―~至到]\s*[1-7]\s*月|截至\s*[1-7]\s*月底|截止\s*[1-7]\s*月底/g;
/** A whole year's account: 全年新增…, 1-11月, 年度 results, 一年来. */
const WHOLE_YEAR =
  /全年(?:共|累计|新增|实现|完成|争取|认定|组织|登记|技改|工业)|1\s*[-—–―~至到]\s*(?:[89]|1[0-2])\s*月|一年来|年度工作/g;

export interface TextReading {
  /** Sentences with figures and no promise. */
  account: number;
  /** Sentences with figures and a promise. */
  promise: number;
  /** Figures in promises for a later period, and those sentences' period words. */
  laterFigures: number;
  laterPeriods: string[];
  /** Period words of the account: first half of the year, or the whole year. */
  firstHalf: string[];
  wholeYear: string[];
}

export function readText(text: string): TextReading {
  const r: TextReading = { account: 0, promise: 0, laterFigures: 0, laterPeriods: [], firstHalf: [], wholeYear: [] };
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    const figures = s.match(FIGURE)?.length ?? 0;
    if (figures === 0) continue;
    if (PROMISE.test(s)) {
      r.promise += 1;
      const later = LATER_PERIOD.exec(s);
      if (later) {
        r.laterFigures += figures;
        r.laterPeriods.push(later[0]);
      }
      continue;
    }
    r.account += 1;
    r.firstHalf.push(...(s.match(FIRST_HALF) ?? []));
    r.wholeYear.push(...(s.match(WHOLE_YEAR) ?? []));
  }
  return r;
}
