// The benchmark's fixed query set: short and long, traditional, Latin and
// digits, misspelt and reordered, and the syntax a researcher types (OR,
// exclusions, a number with its unit, places, copied text, measured
// indicators) — the mix a reader's searches will have.
export interface BenchQuery {
  q: string;
  kind:
    | '2-char'
    | '3-char'
    | '4-char'
    | '5-char'
    | '6+-char'
    | 'traditional'
    | 'latin'
    | 'misspelt'
    | 'single'
    | 'multi-word'
    | 'operator'
    | 'number'
    | 'places'
    | 'copied'
    | 'synonym';
}

export const BENCH_QUERIES: BenchQuery[] = [
  ...['科技', '专利', '人才', '高企', '孵化', '创新', '研发', '园区', '农业', '金融'].map((q) => ({
    q,
    kind: '2-char' as const,
  })),
  ...['孵化器', '科技局', '特派员', '新材料', '科创券', '加计扣'].map((q) => ({ q, kind: '3-char' as const })),
  ...['揭榜挂帅', '研发投入', '科技金融', '成果转化', '众创空间', '知识产权', '重点实验'].map((q) => ({
    q,
    kind: '4-char' as const,
  })),
  ...['科技特派员', '技术合同'].map((q) => ({ q, kind: '5-char' as const })),
  ...['高新技术企业', '科技型中小企业', '技术合同成交额', '规上工业企业', '科技成果转化'].map((q) => ({
    q,
    kind: '6+-char' as const,
  })),
  ...['研發投入', '科技特派員', '知識產權', '高新技術企業', '創新平臺'].map((q) => ({
    q,
    kind: 'traditional' as const,
  })),
  ...['R&D', 'PCT', '2024', '5G'].map((q) => ({ q, kind: 'latin' as const })),
  ...['科技特派圆', '揭榜挂师', '高新技术企亚', '孵化气', '特派员科技'].map((q) => ({ q, kind: 'misspelt' as const })),
  { q: '专', kind: 'single' },
  { q: '专利 人才', kind: 'multi-word' },
  ...['科普 OR 防震减灾', '科普 -地震'].map((q) => ({ q, kind: 'operator' as const })),
  ...['16家', '2023年'].map((q) => ({ q, kind: 'number' as const })),
  { q: '宁波 仙居', kind: 'places' },
  { q: '科技型中小企业40家。三是加强研发机构', kind: 'copied' },
  { q: '高新枝术企业', kind: 'misspelt' },
  ...['研发投入占GDP', 'R&D投入'].map((q) => ({ q, kind: 'synonym' as const })),
];
