// The relevance benchmark's query set (`npm run bench:relevance`): what a
// researcher types, by kind. Only the queries live here — which passages and
// reports count as right is computed from the corpus (relevance-truth.ts),
// so the set stays valid when reports are added. `intended` is the phrase a
// misspelt or traditional query means; `place` the region a place name means.
export type QueryKind =
  'policy term' | 'substring' | 'two-term' | 'traditional' | 'typo' | 'place name' | 'number' | 'quoted';

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
  ...each('number', ['2024', '2023年', 'PCT', '38家', '3家']),
  ...each('quoted', ['"R&D"', '"高企"', '"科技特派员"', '"研发投入"']),
];
