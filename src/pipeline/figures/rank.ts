// Rank positions: 全市排名3, 位居…第一, 全市第*位, 力争全市排名前*, 居…首位,
// 进入全省十强. 第N is a rank only with a ranking word or a scope (全市,
// 各县区) before it and nothing but 名/位 after it; otherwise 第一批, 第十五批
// are ordinals. Each rank also says among whom it was ranked (全市, 全省,
// 全国, 副省级城市, a named city) and whether the level or the growth was
// ranked, so ranks of different things or fields never share a series.
import { backTo, meter } from './context.ts';
import type { NumberToken } from './tokens.ts';

const RANK_CONTEXT =
  /排名|排位|排在|排|位居|位列|名列|居|列|全市|全省|全国|全区|全县|全州|全盟|各县|县[（(]市[)）]|同类|同级|(?<![成作认])为|保持|稳居|领跑|荣获|夺得|获得?/;
const BOUNDARY = /^(?:$|[，。；;,、）)！？!?\s”])/;
const CLAUSE_BREAK = /[，,；;。：:！？!?\n]/;

export interface RankMatch {
  /** Offset of 第/前 when written, else of the number. */
  start: number;
  end: number;
  qualifier: string;
}

function clauseBefore(body: string, pos: number): string {
  return body.slice(backTo(body, pos, CLAUSE_BREAK), pos);
}

/** The rank written at this token, or null when the token is not a rank. */
export function rankAt(body: string, token: NumberToken): RankMatch | null {
  if (token.unit !== '' && token.unit !== '名' && token.unit !== '位') return null;
  if (!BOUNDARY.test(body.slice(token.end, token.end + 1))) return null;
  const prefix = body.charAt(token.start - 1);
  if (prefix === '第' || prefix === '前') {
    const clause = clauseBefore(body, token.start - 1);
    // 第一，… opening a clause enumerates the text's points.
    if (clause.trim() === '' || !RANK_CONTEXT.test(clause)) return null;
    return { start: token.start - 1, end: token.end, qualifier: prefix === '前' ? '前' : '' };
  }
  if (/排名$|排位$|排在$/.test(body.slice(Math.max(0, token.start - 2), token.start))) {
    return { start: token.start, end: token.end, qualifier: '' };
  }
  return null;
}

// Ranks written without a numeral: 居全市首位 (first), 进入全省十强 (in the top ten).
const FIRST_PLACE = /(?:居|位居|位列|保持|稳居|名列|排名|排在|列)[^，。；;,、\n]{0,12}?首位/g;
const TOP_N =
  /(?:进入|跻身|入围|位列|列|位居|保持|稳居|蝉联)(?:全国|全省|全市|全区|全球|世界)[^，。；;,、\n]{0,6}?([十百]|[0-9]{1,3})强(?=$|[，。；;,、）)\s]|行列|之列)/g;
const TOP_VALUES: Record<string, number> = { 十: 10, 百: 100 };

/** Rank tokens the number scanner does not see: 首位 is place 1; 十强 is the top 10 (qualifier 前). */
export function wordRanks(body: string): { token: NumberToken; match: RankMatch }[] {
  const out: { token: NumberToken; match: RankMatch }[] = [];
  for (const m of body.matchAll(FIRST_PLACE)) {
    const start = m.index + m[0].length - 2;
    const token: NumberToken = {
      start,
      numEnd: start + 1,
      end: start + 2,
      form: 'chinese',
      value: 1,
      unit: '名',
      family: null,
      qualifier: '',
      bareMoney: false,
    };
    out.push({ token, match: { start, end: start + 2, qualifier: '' } });
  }
  for (const m of body.matchAll(TOP_N)) {
    const [whole, written = ''] = m;
    const n = TOP_VALUES[written] ?? Number(written);
    const end = m.index + whole.length;
    const start = end - written.length - 1;
    const token: NumberToken = {
      start,
      numEnd: start + written.length,
      end,
      form: /\d/.test(written) ? 'arabic' : 'chinese',
      value: n,
      unit: '名',
      family: null,
      qualifier: '前',
      bareMoney: false,
    };
    out.push({ token, match: { start, end, qualifier: '前' } });
  }
  meter.chars += out.length;
  return out.sort((a, b) => a.token.start - b.token.start);
}

/** Among whom a rank was given: a field of comparison, by id, with the words that said so. */
export interface RankGroup {
  /** nation, province, city, region (全区, 全县), sub_provincial (副省级城市), world, or named:<place>. */
  id: string;
  words: string;
}

const GROUPS: [RegExp, string][] = [
  [/副省级(?:城市)?/, 'sub_provincial'],
  [/全球|世界|国际/, 'world'],
  [/全国|国内|国家/, 'nation'],
  [/全省|省内|市州|各市州|地市|各地市|全自治区/, 'province'],
  [
    /全市|市内|各县[（(]?市[)）]?区|县[（(]市[、，]?区[)）]|各县区|各区县|区县|县区|各区|各市[（(]?区[)）]?|各县市/,
    'city',
  ],
  [/全区|全县|全州|全盟|全旗|各镇|各乡镇|镇街/, 'region'],
];
const RANK_VERB =
  /(?:排名|排位|排在|位居|位列|名列|稳居|保持|领跑|居|列|为)(?!.*(?:排名|排位|排在|位居|位列|名列|稳居|保持|领跑|居|列|为))/;

/**
 * The field a rank was given in, from the words of its clause before the
 * position: the broadest group word (副省级城市, 全国, 全省 …) in them, else
 * the place named between the ranking verb and the position (居绍兴第2: 绍兴).
 */
export function rankGroup(clause: string): RankGroup | null {
  // The broadest field named wins: 在全省98个县（市、区）中第6 ranks among the province's counties.
  for (const [re, id] of GROUPS) {
    const m = re.exec(clause);
    if (m) return { id, words: m[0] };
  }
  const verb = RANK_VERB.exec(clause);
  const between = verb ? clause.slice(verb.index + verb[0].length) : '';
  const place = /^(?:均|都|仍|继续|连续|持续)*([\u4e00-\u9fff]{2,6}?)(?:市)*(?:的)?$/.exec(
    between.replace(/[第前首]$/, ''),
  );
  if (!place) return null;
  const [words, name = ''] = place;
  return { id: `named:${name.replace(/市+$/, '')}`, words };
}

const GROWTH_RANKED = /增速|增幅|增长率|增长|增量|提升幅度/;

/** What was ranked: its growth (增速全市第一) or its level (总量, or no word). */
export function rankOf(words: string): 'growth' | 'level' {
  return GROWTH_RANKED.test(words) ? 'growth' : 'level';
}
