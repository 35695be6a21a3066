// Rank positions: 全市排名3, 位居…第一, 全市第*位, 力争全市排名前*.
// 第N is a rank only with a ranking word or a scope (全市, 各县区) before it
// and nothing but 名/位 after it; otherwise 第一批, 第十五批 are ordinals.
import { backTo } from './context.ts';
import type { NumberToken } from './tokens.ts';

const RANK_CONTEXT =
  /排名|排位|排在|排|位居|位列|名列|居|列|全市|全省|全国|全区|全县|全州|全盟|各县|县[（(]市[)）]|同类|同级/;
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
    if (!RANK_CONTEXT.test(clause)) return null;
    return { start: token.start - 1, end: token.end, qualifier: prefix === '前' ? '前' : '' };
  }
  if (/排名$|排位$|排在$/.test(body.slice(Math.max(0, token.start - 2), token.start))) {
    return { start: token.start, end: token.end, qualifier: '' };
  }
  return null;
}
