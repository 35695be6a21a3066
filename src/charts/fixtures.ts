// A small hand-made Dataset for chart tests. Values are modelled on the real
// reports but trimmed; `xinyi-2024-plan` is invented so one region has two
// years. Not used by the site. Measures are set as the vocabulary would read
// the real sentences (申报 108, 认定通过 86, 存续期 183, 通过率, 第一).
import { assembleDataset } from '../pipeline/dataset.ts';
import { loadMeasures, loadScopes } from '../pipeline/figures/measures.ts';
import { seriesKey } from '../pipeline/figures/series.ts';
import { reportMetaSchema } from '../pipeline/schema.ts';
import type { Dataset, Figure, FigureKind, Report, ReportTheme } from '../pipeline/types.ts';

type MetaInput = Parameters<typeof reportMetaSchema.parse>[0];

function report(input: Record<string, unknown>): Report {
  const meta = reportMetaSchema.parse(input as MetaInput);
  return { meta, body: '', file: `content/reports/${meta.id}.md` };
}

interface FigureSpec {
  raw: string;
  value: number | null;
  unit: string;
  kind: FigureKind;
  indicator: string | null;
  label: string;
  theme: string | null;
  value_norm?: number | null;
  unit_norm?: string;
  measure?: string;
  scope?: string | null;
  review?: 'verified' | 'machine';
}

function figures(reportId: string, specs: FigureSpec[]): Figure[] {
  return specs
    .map((s, n) => ({
      id: `${reportId}-f${n}`,
      report: reportId,
      n,
      paragraph: n,
      sentence_n: n,
      sentence: `${s.label}${s.raw}。`,
      start: n * 20,
      end: n * 20 + s.raw.length,
      raw: s.raw,
      value: s.value,
      unit: s.unit,
      value_norm: s.value_norm === undefined ? s.value : s.value_norm,
      unit_norm: s.unit_norm ?? s.unit,
      kind: s.kind,
      qualifier: '',
      subject_qualifier: '',
      period: '',
      masked: s.value === null,
      indicator: s.indicator,
      label: s.label,
      theme: s.theme,
      measure: s.measure ?? (s.unit === '%' ? 'share' : 'count'),
      measure_basis: [],
      measure_rule: 'default' as const,
      scope: s.scope ?? null,
      series: null,
      // Chart tests draw what the site draws: verified figures.
      review: s.review ?? ('verified' as const),
      in_series: true,
      same_as: null,
      also: [],
    }))
    .map((f) => ({ ...f, series: seriesKey(f, MEASURE_LEXICONS) }));
}

const source = (raw_file: string) => ({ raw_file, part: 1, parts: 1 });

/** The repository's measure and scope lexicons: the fixture's figures are classified as the site's are. */
const MEASURE_LEXICONS = { measures: loadMeasures('data/measures.csv'), scopes: loadScopes('data/scopes.csv') };

export function fixtureDataset(): Dataset {
  const reports = [
    report({
      id: 'xinyi-2023-summary',
      title: '新沂市科技局2023年工作总结',
      title_en: 'Xinyi S&T Bureau 2023 work summary',
      region: { code: '320381', name: '新沂市', province: '江苏省', city: '徐州市', level: 'city' },
      region_basis: 'stated',
      years: [2023],
      year: 2023,
      period: 'year',
      doc_type: 'summary',
      issuer: '新沂市科技局',
      source: source('003_189255740c9d41d3.txt'),
    }),
    report({
      id: 'xinyi-2024-plan',
      title: '新沂市科技局2024年工作计划',
      title_en: 'Xinyi S&T Bureau 2024 work plan',
      region: { code: '320381', name: '新沂市', province: '江苏省', city: '徐州市', level: 'city' },
      region_basis: 'stated',
      years: [2024],
      year: 2024,
      period: 'year',
      doc_type: 'plan',
      issuer: '新沂市科技局',
      source: source('invented.txt'),
    }),
    report({
      id: 'yanzhou-2022-summary-2023-plan',
      title: '区科学技术局2022年度工作总结及2023年工作计划',
      region: { code: '370812', name: '兖州区', province: '山东省', city: '济宁市', level: 'district' },
      region_basis: 'inferred',
      region_evidence: ['颜店新城'],
      region_confidence: 'medium',
      years: [2022, 2023],
      year: 2022,
      period: 'year',
      doc_type: 'summary+plan',
      issuer: '区科学技术局',
      source: source('000_eec4c7015d6b4007.txt'),
    }),
    report({
      id: 'liupanshui-2010-summary',
      title: '市科技局工作总结',
      region: { code: '520200', name: '六盘水市', province: '贵州省', level: 'city' },
      region_basis: 'stated',
      years: [2010],
      year: 2010,
      period: 'year',
      year_reliable: false,
      doc_type: 'summary',
      issuer: '六盘水市科技局',
      source: source('002_8ab899e49ca3ccd3.txt'),
    }),
    report({
      id: 'unidentified-county-2024-assistance-plan',
      title: '县科技局2024年度帮扶工作计划',
      region: { code: null, name: '', province: '', level: 'county' },
      region_basis: 'unknown',
      years: [2024],
      year: 2024,
      period: 'year',
      doc_type: 'assistance-plan',
      issuer: '县科技局',
      source: source('001_c29dd90ba846ba03.txt'),
    }),
  ];
  const figs = [
    ...figures('xinyi-2023-summary', [
      {
        raw: '108家',
        value: 108,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '国家高企',
        theme: 'enterprise',
        measure: 'applied',
      },
      {
        raw: '86家',
        value: 86,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '高新技术企业',
        theme: 'enterprise',
        measure: 'new',
      },
      {
        raw: '79.63%',
        value: 79.63,
        unit: '%',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '通过率',
        theme: 'enterprise',
        measure: 'rate',
      },
      {
        raw: '183家',
        value: 183,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '存续期高企',
        theme: 'enterprise',
        measure: 'stock',
      },
      {
        raw: '第一',
        value: 1,
        unit: '名',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '存续期高企',
        theme: 'enterprise',
        measure: 'rank',
      },
      {
        raw: '494件',
        value: 494,
        unit: '件',
        kind: 'actual',
        indicator: 'patents_granted',
        label: '授权专利',
        theme: 'ip',
      },
      {
        raw: '50.6%',
        value: 50.6,
        unit: '%',
        kind: 'actual',
        indicator: 'patents_granted',
        label: '授权专利同比增长',
        theme: 'ip',
        measure: 'growth',
      },
      {
        raw: '4.61亿元',
        value: 4.61,
        unit: '亿元',
        value_norm: 46100,
        unit_norm: '万元',
        kind: 'actual',
        indicator: 'rd_spending',
        label: '规上工业研发费',
        theme: 'rd',
        measure: 'total',
        scope: 'above_scale',
      },
      {
        raw: '3',
        value: 3,
        unit: '名',
        kind: 'actual',
        indicator: 'rd_spending',
        label: '全市排名',
        theme: 'rd',
        measure: 'rank',
      },
    ]),
    ...figures('xinyi-2024-plan', [
      {
        raw: '100家',
        value: 100,
        unit: '家',
        kind: 'target',
        indicator: 'high_tech_enterprises',
        label: '高新技术企业',
        theme: 'enterprise',
        measure: 'new',
      },
      {
        raw: '17%',
        value: 17,
        unit: '%',
        kind: 'target',
        indicator: 'tech_contract_turnover',
        label: '技术合同成交额增速',
        theme: 'transfer',
        measure: 'growth',
      },
    ]),
    ...figures('yanzhou-2022-summary-2023-plan', [
      {
        raw: '**家',
        value: null,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '高新技术企业',
        theme: 'enterprise',
        measure: 'applied',
      },
      {
        raw: '120家',
        value: 120,
        unit: '家',
        kind: 'target',
        indicator: 'high_tech_enterprises',
        label: '高新技术企业',
        theme: 'enterprise',
        measure: 'stock',
      },
      {
        raw: '95家',
        value: 95,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '有效高新技术企业',
        theme: 'enterprise',
        measure: 'stock',
      },
      {
        raw: '***万元',
        value: null,
        unit: '万元',
        kind: 'actual',
        indicator: 'funds_won',
        label: '争取上级资金',
        theme: 'projects',
        measure: 'total',
      },
      {
        raw: '2000万元',
        value: 2000,
        unit: '万元',
        kind: 'target',
        indicator: 'funds_won',
        label: '争取上级资金',
        theme: 'projects',
        measure: 'total',
      },
      { raw: '12项', value: 12, unit: '项', kind: 'actual', indicator: null, label: '科技成果', theme: null },
    ]),
    ...figures('liupanshui-2010-summary', [
      {
        raw: '35家',
        value: 35,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        label: '高新技术企业',
        theme: 'enterprise',
        measure: 'stock',
      },
      { raw: '150名', value: 150, unit: '名', kind: 'actual', indicator: null, label: '科技特派员', theme: 'rural' },
    ]),
  ];
  const share = (r: string, theme: string, s: number): ReportTheme => ({
    report: r,
    theme,
    chars: Math.round(s * 4000),
    share: s,
    paragraphs: Math.max(1, Math.round(s * 20)),
  });
  const reportThemes = [
    share('xinyi-2023-summary', 'enterprise', 0.32),
    share('xinyi-2023-summary', 'ip', 0.18),
    share('xinyi-2023-summary', 'rd', 0.12),
    share('xinyi-2024-plan', 'enterprise', 0.4),
    share('xinyi-2024-plan', 'transfer', 0.2),
    share('yanzhou-2022-summary-2023-plan', 'enterprise', 0.25),
    share('yanzhou-2022-summary-2023-plan', 'projects', 0.22),
    share('yanzhou-2022-summary-2023-plan', 'policy', 0.05),
    share('liupanshui-2010-summary', 'rural', 0.3),
    share('liupanshui-2010-summary', 'enterprise', 0.08),
    share('unidentified-county-2024-assistance-plan', 'rural', 0.55),
  ];
  return assembleDataset({
    reports,
    paragraphs: [],
    sentences: [],
    figures: figs,
    paragraphThemes: new Map(),
    sentenceInstruments: new Map(),
    reportThemes,
    reportInstruments: [],
    regions: [
      { code: '320381', name_zh: '新沂市', name_en: 'Xinyi City', level: 'city', province: '江苏省', city: '徐州市' },
      {
        code: '370812',
        name_zh: '兖州区',
        name_en: 'Yanzhou District',
        level: 'district',
        province: '山东省',
        city: '济宁市',
      },
      {
        code: '520200',
        name_zh: '六盘水市',
        name_en: 'Liupanshui City',
        level: 'city',
        province: '贵州省',
        city: '六盘水市',
      },
    ],
    indicators: [
      {
        id: 'high_tech_enterprises',
        name_zh: '高新技术企业',
        name_en: 'High-tech enterprises',
        unit_family: 'count',
        synonyms: ['高企'],
        theme: 'enterprise',
      },
      {
        id: 'patents_granted',
        name_zh: '专利授权',
        name_en: 'Patents granted',
        unit_family: 'count',
        synonyms: [],
        theme: 'ip',
      },
      {
        id: 'rd_spending',
        name_zh: '研发投入',
        name_en: 'R&D spending',
        unit_family: 'money',
        synonyms: ['研发经费'],
        theme: 'rd',
      },
      {
        id: 'funds_won',
        name_zh: '争取上级资金',
        name_en: 'Funds won from higher levels',
        unit_family: 'money',
        synonyms: [],
        theme: 'projects',
      },
      {
        id: 'tech_contract_turnover',
        name_zh: '技术合同成交额',
        name_en: 'Technology contract turnover',
        unit_family: 'money',
        synonyms: [],
        theme: 'transfer',
      },
    ],
    themes: [
      { id: 'enterprise', zh: '企业培育', en: 'Enterprise cultivation', keywords: [] },
      { id: 'rd', zh: '研发投入', en: 'R&D spending', keywords: [] },
      { id: 'projects', zh: '项目攻关', en: 'Projects and key technologies', keywords: [] },
      { id: 'transfer', zh: '产学研与成果转化', en: 'Collaboration and technology transfer', keywords: [] },
      { id: 'ip', zh: '知识产权', en: 'Intellectual property', keywords: [] },
      { id: 'rural', zh: '农业与乡村', en: 'Agriculture and rural areas', keywords: [] },
      { id: 'policy', zh: '政策与法治', en: 'Policy and law', keywords: [] },
    ],
    instruments: [],
    ...MEASURE_LEXICONS,
    reviews: [],
    disagreements: [],
    releases: [{ version: '1.0.0', date: '2026-01-01', notes: [] }],
    published: { charts: [], figures: [] },
    sources: [],
  });
}

/**
 * The fixture corpus grown to `copies` times its size, for tests of how
 * charts behave at scale: each copy moves its reports to a region of its own
 * and a year of its own (2010–2024, round robin).
 */
export function scaledFixtureDataset(copies: number): Dataset {
  const base = fixtureDataset();
  const out = {
    ...base,
    reports: [] as Report[],
    figures: [] as Figure[],
    reportThemes: [] as ReportTheme[],
    regions: [...base.regions],
  };
  for (let k = 0; k < copies; k++) {
    const code = `9${String(k).padStart(5, '0')}`;
    const year = 2010 + (k % 15);
    const rename = (id: string) => `${id}-c${k}`;
    for (const r of base.reports) {
      const meta = {
        ...r.meta,
        id: rename(r.meta.id),
        year,
        years: [year],
        region: { ...r.meta.region, code, name: `地区${k}` },
      };
      out.reports.push({ ...r, meta });
    }
    out.figures.push(...base.figures.map((f) => ({ ...f, id: rename(f.id), report: rename(f.report) })));
    out.reportThemes.push(
      ...base.reportThemes.map((t) => ({ ...t, report: rename(t.report), share: t.share * (1 - k / (2 * copies)) })),
    );
    out.regions.push({
      code,
      name_zh: `地区${k}`,
      name_en: `Region ${k}`,
      level: 'city',
      province: '江苏省',
      city: '',
    });
  }
  return assembleDataset(out);
}
