import { assert, describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { sortedKind } from './kind.ts';
import { reportBody, reportDocType } from '../../authoring/evaluation/evaluate.ts';
import { splitSentences } from './sentences.ts';
import { loadLexicons } from '../lexicons.ts';

const lexicon = loadLexicons('data');
const figuresOf = (id: string) => {
  const path = `content/reports/${id}.md`;
  const body = reportBody(path);
  // As the dataset does: the report's doc_type is the default mode of its text.
  const figures = extractFigures(body, id, lexicon, { docType: reportDocType(path) });
  // Kinds read in the gold's terms (growth, share, rank: the sort the measure carries).
  return { body, figures: figures.map((f) => ({ ...f, kind: sortedKind(f) })) };
};

describe('extractFigures on the curated corpus', () => {
  it('新沂: declared and approved high-tech enterprises, the pass rate, tech SMEs', () => {
    const { figures } = figuresOf('xinyi-2023-summary');
    const declared = figures.find((f) => f.raw === '108家');
    expect(declared).toMatchObject({
      value: 108,
      unit: '家',
      kind: 'actual',
      indicator: 'high_tech_enterprises',
      theme: 'enterprise',
      subject_qualifier: '申报',
      period: '2023年',
    });
    expect(figures.find((f) => f.raw === '86家')).toMatchObject({ kind: 'actual', indicator: 'high_tech_enterprises' });
    expect(figures.find((f) => f.raw === '79.63%')).toMatchObject({ value: 79.63, kind: 'share' });
    expect(figures.find((f) => f.raw === '517家')).toMatchObject({ kind: 'actual', indicator: 'tech_smes' });
    expect(figures.find((f) => f.raw === '18.99亿元')).toMatchObject({
      value_norm: 189900,
      unit_norm: '万元',
      indicator: 'rd_spending',
      period: '1-11月',
    });
  });

  it('长沙县: the plan promises 310 high-tech enterprises', () => {
    const { figures } = figuresOf('changsha-county-2024-plan');
    expect(figures.find((f) => f.raw === '310家')).toMatchObject({
      value: 310,
      kind: 'target',
      indicator: 'high_tech_enterprises',
      subject_qualifier: '净增',
    });
    expect(figures.every((f) => f.kind === 'target')).toBe(true);
  });

  it('兖州: masked figures stay masked, never guessed', () => {
    const { figures } = figuresOf('yanzhou-2022-summary-2023-plan');
    const masked = figures.filter((f) => f.masked);
    expect(masked.length).toBeGreaterThan(60);
    for (const f of masked) {
      expect(f.value).toBeNull();
      expect(f.value_norm).toBeNull();
      expect(f.raw).toMatch(/\*/);
    }
    // The only unmasked numbers are the ones written out: 两批 and 排名第一.
    expect(figures.filter((f) => !f.masked).map((f) => f.raw)).toEqual(['两批', '第一']);
  });

  it('fills ids, offsets, paragraph and sentence indexes consistently', () => {
    const { body, figures } = figuresOf('xianju-2024-h1-summary-h2-plan');
    const sentences = splitSentences(body);
    figures.forEach((f, n) => {
      expect(f.id).toBe(`xianju-2024-h1-summary-h2-plan-f${n}`);
      expect(f.n).toBe(n);
      expect(body.slice(f.start, f.end)).toBe(f.raw);
      const sentence = sentences[f.sentence_n];
      assert(sentence, `figure ${n} names a sentence of the body`);
      expect(sentence.text).toBe(f.sentence);
      expect(f.start).toBeGreaterThanOrEqual(sentence.start);
      expect(body.slice(0, f.start).split(/\n\s*\n/).length - 1).toBe(f.paragraph);
      expect(f.theme).toBe(f.indicator ? lexicon.indicators.find((d) => d.id === f.indicator)?.theme : null);
    });
  });
});

// Sentences in the style of other bureaus' reports, none taken from the corpus.
describe('extractFigures on unseen text', () => {
  const one = (body: string) =>
    extractFigures(body, 't', lexicon).map((f) => ({
      raw: f.raw,
      value: f.value,
      unit: f.unit,
      kind: sortedKind(f),
      indicator: f.indicator,
    }));

  it.each([
    [
      '全年技术合同成交额突破20亿元，同比增长15.2%。',
      [
        { raw: '20亿元', value: 20, unit: '亿元', kind: 'actual', indicator: 'tech_contract_turnover' },
        { raw: '15.2%', value: 15.2, unit: '%', kind: 'growth', indicator: 'tech_contract_turnover' },
      ],
    ],
    [
      '全区R&D经费支出占GDP比重达2.8%，较上年提高0.3个百分点。',
      // R&D over GDP is R&D intensity, its own series.
      [
        { raw: '2.8%', value: 2.8, unit: '%', kind: 'share', indicator: 'rd_intensity' },
        { raw: '0.3个百分点', value: 0.3, unit: '个百分点', kind: 'growth', indicator: 'rd_intensity' },
      ],
    ],
    [
      '新增省级众创空间3家，累计达到15家。',
      [
        { raw: '3家', value: 3, unit: '家', kind: 'actual', indicator: 'incubators' },
        { raw: '15家', value: 15, unit: '家', kind: 'actual', indicator: 'incubators' },
      ],
    ],
    [
      '发放科技创新券1.2亿元，惠及企业三百余家。',
      [
        { raw: '1.2亿元', value: 1.2, unit: '亿元', kind: 'actual', indicator: 'innovation_vouchers' },
        { raw: '三百余家', value: 300, unit: '家', kind: 'actual', indicator: null },
      ],
    ],
    [
      '力争到2025年，高新技术企业突破500家。',
      [{ raw: '500家', value: 500, unit: '家', kind: 'target', indicator: 'high_tech_enterprises' }],
    ],
    [
      '举办科普活动120余场，受益群众达5万人次。',
      [
        { raw: '120余场', value: 120, unit: '场', kind: 'actual', indicator: 'popularisation_events' },
        { raw: '5万人次', value: 5, unit: '万人次', kind: 'actual', indicator: 'people_reached' },
      ],
    ],
    [
      '科技型中小企业评价入库数居全省第3位。',
      [{ raw: '第3位', value: 3, unit: '名', kind: 'rank', indicator: 'tech_smes' }],
    ],
    [
      '选派省级科技特派员二十八名，服务农户1,200户。',
      [
        { raw: '二十八名', value: 28, unit: '名', kind: 'actual', indicator: 'tech_commissioners' },
        { raw: '1,200户', value: 1200, unit: '户', kind: 'actual', indicator: 'rural_assistance' },
      ],
    ],
    [
      '到2025年，全社会研发投入强度达到3%。',
      [{ raw: '3%', value: 3, unit: '%', kind: 'target', indicator: 'rd_intensity' }],
    ],
    [
      '全年科技贷款余额达15.8亿元，同比增加3.2亿元。',
      [
        { raw: '15.8亿元', value: 15.8, unit: '亿元', kind: 'actual', indicator: 'tech_loans' },
        // An amount stated as the change over last year is a growth, not a level.
        { raw: '3.2亿元', value: 3.2, unit: '亿元', kind: 'growth', indicator: 'tech_loans' },
      ],
    ],
    [
      '全县规上工业企业研发经费支出增长百分之十五，服务企业1200余家次。',
      [
        { raw: '百分之十五', value: 15, unit: '%', kind: 'growth', indicator: 'rd_spending' },
        { raw: '1200余家次', value: 1200, unit: '家次', kind: 'actual', indicator: null },
      ],
    ],
    ['明年将重点抓好三项工作：一是加强培育。', []],
  ])('%s', (body, expected) => {
    expect(one(body)).toEqual(expected);
  });

  it('reads the period, qualifiers and label', () => {
    const [f] = extractFigures('截至6月底，全县共有省级以上研发机构45家。', 't', lexicon);
    expect(f).toMatchObject({ period: '截至6月底', indicator: 'research_platforms', label: '省级以上研发机构' });
    const [g] = extractFigures('1-5月规上工业研发费4.61亿元。', 't', lexicon);
    expect(g).toMatchObject({ period: '1-5月', label: '规上工业研发费', value_norm: 46100, unit_norm: '万元' });
    const [h] = extractFigures('累计引进高层次创新创业人才180余名。', 't', lexicon);
    expect(h).toMatchObject({ qualifier: '余', subject_qualifier: '引进', indicator: 'talents' });
  });
});

describe('the counted noun after the figure', () => {
  it('finds the indicator closing the clause when no label sits next to the figure', () => {
    const body = '选派9名2023-2024年市派科技特派员到对应乡镇开展科技服务工作。推荐**人成功备案省级企业科技特派员。';
    const figures = extractFigures(body, 't', lexicon);
    expect(figures.map((f) => [f.raw, f.indicator, f.label])).toEqual([
      ['9名', 'tech_commissioners', '科技特派员'],
      ['**人', 'tech_commissioners', '科技特派员'],
    ]);
  });
});

describe('a share after 占', () => {
  it('belongs to the figure before it, over the denominator named after 占: R&D over revenue is its own ratio', () => {
    const figures = extractFigures('1-5月规上工业研发费4.61亿元，占营收比重3.78%，全市排名3；', 't', lexicon);
    expect(figures.map((f) => [f.raw, sortedKind(f), f.indicator])).toEqual([
      ['4.61亿元', 'actual', 'rd_spending'],
      ['3.78%', 'share', 'rd_revenue_ratio'],
      ['3', 'rank', 'rd_revenue_ratio'],
    ]);
  });
});
