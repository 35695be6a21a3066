// The relevance benchmark's query set (`npm run bench:relevance`): what a
// researcher types, by kind. Only the queries live here — which passages and
// reports count as right is computed from the corpus (relevance-truth.ts),
// so the set stays valid when reports are added. `intended` is the phrase a
// misspelt or traditional query means; `place` the region a place name means.
// Copied text across a sentence break is made from the corpus
// (`copiedQueries`), so it exists whatever the reports.
import type { SearchCorpus } from '../../src/search/engine/types.ts';

export type QueryKind =
  | 'policy term'
  | 'substring'
  | 'two-term'
  | 'traditional'
  | 'typo'
  | 'long typo'
  | 'place name'
  | 'number'
  | 'quoted'
  | 'operator'
  | 'partial'
  | 'copied'
  | 'synonym'
  | 'indicator';

export interface RelevanceQuery {
  q: string;
  kind: QueryKind;
  /** For typos and traditional characters: the query as meant (ground truth is computed from it). */
  intended?: string;
  /** For place names: the region's Chinese name; relevant = reports of that region (or inside it). */
  place?: string;
}

const each = (kind: QueryKind, qs: string[]): RelevanceQuery[] => qs.map((q) => ({ q, kind }));
const meant = (kind: QueryKind, pairs: [string, string][]): RelevanceQuery[] =>
  pairs.map(([q, intended]) => ({ q, kind, intended }));
const places = (pairs: [string, string][]): RelevanceQuery[] =>
  pairs.map(([q, place]) => ({ q, kind: 'place name', place }));

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  ...each('policy term', [
    '科技特派员',
    '揭榜挂帅',
    '高新技术企业',
    '研发投入',
    '知识产权',
    '孵化器',
    '众创空间',
    '成果转化',
    '科技金融',
    '产学研',
    '技术合同',
    '科技型中小企业',
    '乡村振兴',
    '创新平台',
    '高企',
    '科特派',
    'R&D',
    '专利',
  ]),
  ...each('substring', ['特派员', '孵化', '转化', '中小企业', '技术企业', '振兴', '创新']),
  ...each('two-term', [
    '乡村振兴 科技特派员',
    '专利 人才',
    '高企 研发投入',
    '孵化器 众创空间',
    '科技金融 贷款',
    '知识产权 专利',
    '成果转化 产学研',
  ]),
  ...meant('traditional', [
    ['研發投入', '研发投入'],
    ['科技特派員', '科技特派员'],
    ['知識產權', '知识产权'],
    ['高新技術企業', '高新技术企业'],
    ['創新平臺', '创新平台'],
    ['鄉村振興', '乡村振兴'],
  ]),
  ...meant('typo', [
    ['科技特派圆', '科技特派员'],
    ['揭榜挂师', '揭榜挂帅'],
    ['高新技术企亚', '高新技术企业'],
    ['孵化气', '孵化器'],
    ['知识产全', '知识产权'],
  ]),
  ...places([
    ['新沂', '新沂市'],
    ['宁波', '宁波市'],
    ['仙居', '仙居县'],
    ['xinyi', '新沂市'],
    ['Xinyi City', '新沂市'],
    ['Xīnyí', '新沂市'],
    ['xin yi', '新沂市'],
    ['ningbo', '宁波市'],
    ['Ningbo', '宁波市'],
    ['xianju', '仙居县'],
    ['Anqing', '安庆市'],
    ['liupanshui', '六盘水市'],
    ['Changsha County', '长沙县'],
    ['jiangsu', '江苏省'],
  ]),
  ...each('number', ['2024', '2023年', 'PCT', '38家', '3家', '16家', '5人', '30家', '40家', '7家']),
  ...each('quoted', ['"R&D"', '"高企"', '"科技特派员"', '"研发投入"']),
  ...each('operator', [
    '科普 OR 防震减灾',
    '科普 | 防震减灾',
    '科普|防震减灾',
    '科普 -地震',
    '科普 NOT 地震',
    '专利 OR 知识产权',
    '高企 -研发投入',
    '科技特派员 OR 科特派 -乡村振兴',
  ]),
  ...each('partial', ['宁波 仙居', '揭榜挂帅 防震减灾', '创新券 地震', '安庆 新沂 仙居']),
  ...meant('long typo', [
    ['高新枝术企业', '高新技术企业'],
    ['高薪技术企业', '高新技术企业'],
    ['科技型中小企亚', '科技型中小企业'],
    ['技术合同成交颔', '技术合同成交额'],
    ['知识产权保户', '知识产权保护'],
  ]),
  ...each('synonym', ['R&D投入', 'RD投入', '研发投入占GDP', '研发经费', '研发强度', '高新企业', '科特派']),
  ...each('indicator', ['高新技术企业', '研发投入', '科技型中小企业', '专利', '科技特派员']),
];

/** Characters copied on each side of the sentence break. */
const COPY_SIDE = 8;

/**
 * Text copied across a sentence break (。 or ；): eight characters each side,
 * Chinese only, taken from the corpus — per report the first break of each
 * kind past its opening paragraphs, round the reports until `count`.
 */
export function copiedQueries(corpus: SearchCorpus, count = 12): RelevanceQuery[] {
  const han = /^[\u3400-\u9fff]+$/;
  const perReport = [...corpus.reports]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => {
      const found = new Map<string, string>();
      for (const p of r.paragraphs.slice(2)) {
        for (let i = COPY_SIDE; i + COPY_SIDE < p.text.length; i++) {
          const mark = p.text[i];
          if ((mark !== '。' && mark !== '；') || found.has(mark)) continue;
          const before = p.text.slice(i - COPY_SIDE, i);
          const after = p.text.slice(i + 1, i + 1 + COPY_SIDE);
          if (han.test(before) && han.test(after)) found.set(mark, before + mark + after);
        }
      }
      return [found.get('。'), found.get('；')].filter((q): q is string => !!q);
    });
  const out: RelevanceQuery[] = [];
  for (let round = 0; out.length < count && perReport.some((qs) => qs.length > round); round++)
    for (const qs of perReport) {
      const q = qs[round];
      if (q && out.length < count) out.push({ q, kind: 'copied' });
    }
  return out;
}
