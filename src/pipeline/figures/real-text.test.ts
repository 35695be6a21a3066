// The failure kinds of issue 21 (extraction on real text), one block each,
// on sentences written for this test in the style of real reports (none
// taken from any development set): what a careful reader says each figure
// is, counts, and how.
import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { sortedKind } from './kind.ts';
import { frameFigures, fullSentenceStarts } from './clause.ts';
import { loadLexicons } from '../lexicons.ts';
import type { Figure } from '../types.ts';

const lexicon = loadLexicons('data');
// Kinds read in the gold's terms (actual, target, growth, share, rank): the sort a published figure's measure carries.
const figuresOf = (body: string, docType?: string) =>
  extractFigures(body, 't', lexicon, { docType }).map((f) => ({ ...f, kind: sortedKind(f) }));
const brief = (f: Omit<Figure, 'kind'> & { kind: string }) => [f.raw, f.kind, f.indicator, f.measure];
const all = (body: string, docType?: string) => figuresOf(body, docType).map(brief);

describe('the clause model', () => {
  it('frames a list, a 其中 part, a 分别 pairing and a rank shared by 均', () => {
    const body =
      '新增A类平台3个、B类平台5个，其中国家级1个。甲、乙分别达10家、20家。申请专利30件，授权12件，均居全市首位。';
    const placed = extractFigures(body, 't', lexicon).map((f) => ({
      start: f.start,
      end: f.end,
      sentence: 0,
      rank: f.measure === 'rank',
      unit: f.unit,
    }));
    const starts = fullSentenceStarts(body);
    placed.forEach((p) => (p.sentence = starts.filter((s) => s <= p.start).length - 1));
    const frames = frameFigures(body, placed, starts);
    expect(frames[1]?.listedAfter).toBe(0); // 5个 after 3个 (、)
    expect(frames[2]?.whole).toBe(1); // 其中国家级1个: a part of what came just before
    expect(frames[3]?.pairedWords).toBe('甲');
    expect(frames[4]?.pairedWords).toBe('乙');
    expect(frames[7]?.runHead).toBe(5); // 均居全市首位: of the first figure of the run
  });
});

describe('clause structure', () => {
  it('gives a rank, a growth and a share following a first figure that figure’s subject', () => {
    const f = figuresOf('全区技术合同成交额达到45亿元，同比增长12%，居全市第2位，占全市比重18%。');
    expect(f.map((x) => x.indicator)).toEqual(Array(4).fill('tech_contract_turnover'));
    expect(f.map((x) => x.kind)).toEqual(['actual', 'growth', 'rank', 'share']);
  });

  it('does so after a masked amount too, and a rank of the growth says so', () => {
    const [amount, growth, rank] = figuresOf('1-8月，区规上企业营业收入达XX亿元，同比增长30.5%（增速全市排名第1）。');
    expect(amount).toMatchObject({ masked: true, indicator: 'enterprise_revenue', scope: 'above_scale' });
    expect(growth).toMatchObject({ kind: 'growth', indicator: 'enterprise_revenue', scope: 'above_scale' });
    expect(rank).toMatchObject({
      kind: 'rank',
      indicator: 'enterprise_revenue',
      rank_of: 'growth',
      rank_among: 'city',
    });
  });

  it('pairs 分别 lists in order, and 分别 is no "per item"', () => {
    expect(all('全县专利申请量、授权量分别达860件、420件，分别增长15%、22%。')).toEqual([
      ['860件', 'actual', 'patent_applications', 'count'],
      ['420件', 'actual', 'patents_granted', 'count'],
      ['15%', 'growth', 'patent_applications', 'growth'],
      ['22%', 'growth', 'patents_granted', 'growth'],
    ]);
    const rates = figuresOf('1-9月，全市工业投资完成32亿元，技改投资完成18亿元，同比分别增长9.5%、14.2%。');
    expect(rates.map((x) => x.indicator)).toEqual([
      'industrial_investment',
      'tech_renovation',
      'industrial_investment',
      'tech_renovation',
    ]);
  });

  it('lets the parts after 其中 keep their whole’s indicator and measure', () => {
    const parts = figuresOf('全县现有科技特派员120人，其中高校专家15人，乡土人才40人，农技人员65人。');
    expect(parts.map((x) => [x.indicator, x.measure])).toEqual(Array(4).fill(['tech_commissioners', 'stock']));
    expect(parts[1]?.measure_rule).toBe('clause');
    expect(all('新认定科技型企业86家，其中雏鹰企业20家、准独角兽企业3家。')).toEqual([
      ['86家', 'actual', 'tech_enterprises', 'new'],
      ['20家', 'actual', 'little_giants', 'new'],
      ['3家', 'actual', 'little_giants', 'new'],
    ]);
  });

  it('never takes a share’s denominator for its subject, and R&D over revenue is not R&D intensity', () => {
    expect(all('规上工业企业研发费用占营业收入比重达3.1%，全社会研发投入占地区生产总值比重为2.9%。')).toEqual([
      ['3.1%', 'share', 'rd_revenue_ratio', 'share'],
      ['2.9%', 'share', 'rd_intensity', 'share'],
    ]);
    expect(figuresOf('高新技术产业增加值占规上工业增加值比重为52%。')[0]).toMatchObject({
      indicator: 'high_tech_output',
      scope: 'above_scale',
    });
  });

  it('takes the measure from the verb after the noun, for every item of a list, past a title', () => {
    const accepted = figuresOf(
      '对2022年立项实施的《智能农机研究》等4个省级项目和《水质监测研究》等6个市级项目通过验收。',
    );
    expect(accepted.map((x) => [x.measure, x.scope])).toEqual([
      ['accepted', 'provincial'],
      ['accepted', 'municipal'],
    ]);
    expect(figuresOf('全县共有8家企业被认定为省级企业研究院。')[0]).toMatchObject({
      indicator: 'research_platforms',
      measure: 'new',
      scope: 'provincial',
    });
  });

  it('lets no cue inside a programme’s name win over the verb, nor a list item take the measure before it', () => {
    expect(figuresOf('组织申报省高层次人才引进计划5名。')[0]).toMatchObject({
      measure: 'applied',
      measure_basis: ['组织申报'],
    });
    expect(all('新认定高新技术企业40家，科技型中小企业达到350家。')[1]).toEqual([
      '350家',
      'actual',
      'tech_smes',
      'stock',
    ]);
  });

  it('gives a rank of several areas together none of them', () => {
    expect(figuresOf('全县科技成果、科技奖励、专利申请等工作均保持全市第一。')[0]).toMatchObject({
      kind: 'rank',
      indicator: null,
    });
  });

  it('reads the size of a list or a field the region is one of as such, not as its own count', () => {
    const [list, field, rank] = figuresOf(
      '我县成功入选全省12个创新型县（市）之一，在全省98个县（市、区）科技创新评价中位列第6。',
    );
    expect(list).toMatchObject({ measure: 'field_size' });
    expect(field).toMatchObject({ measure: 'field_size' });
    expect(rank).toMatchObject({ kind: 'rank', value: 6, rank_among: 'province' });
  });
});

describe('goal and estimate words', () => {
  it('keeps results actual when the sentence only compares them with a goal or an expectation', () => {
    expect(
      figuresOf('对照年度目标，全年新增高新技术企业56家，目标完成率112%，居全市第一。').map((f) => f.kind),
    ).toEqual(['actual', 'share', 'rank']);
    expect(figuresOf('全年技术合同成交额超预期，达到18亿元，同比增长25%。').map((f) => f.kind)).toEqual([
      'actual',
      'growth',
    ]);
  });

  it('reads a share of what was added (占全省新增数量的…) as a share, not a growth', () => {
    expect(figuresOf('新增高企120家，占全省新增数量的35%。', 'summary').map((f) => f.kind)).toEqual([
      'actual',
      'share',
    ]);
  });

  it('reads 预计 in a year-end account as the year’s result, and as a promise while the year runs or in a plan', () => {
    expect(figuresOf('预计全年研发投入达到25亿元，同比增长10%。', 'summary').map((f) => f.kind)).toEqual([
      'actual',
      'growth',
    ]);
    expect(figuresOf('今年上半年，新增高企12家，预计全年新增高企30家。', 'summary').map((f) => f.kind)).toEqual([
      'actual',
      'target',
    ]);
    expect(figuresOf('## 二、明年工作计划\n\n预计新增高企30家。', 'summary+plan')[0]?.kind).toBe('target');
  });

  it('takes a figure that is the goal itself as a target, and a margin over it as a result', () => {
    const [growth, goal, margin] = figuresOf(
      '研发投入同比增长12%（超额完成8%年度目标），高企数量超出20家完成年度目标。',
      'summary',
    );
    expect([growth?.kind, goal?.kind, margin?.kind]).toEqual(['growth', 'target', 'actual']);
    expect(margin?.measure).toBe('gap');
  });

  it('scopes a task indicator to the clauses it heads, until one says what is done', () => {
    expect(
      figuresOf('根据市下达任务指标，全年新增科技型中小企业60家，目前已完成35家，完成率58%。', 'summary').map(brief),
    ).toEqual([
      ['60家', 'target', 'tech_smes', 'new'],
      ['35家', 'actual', 'tech_smes', 'new'],
      ['58%', 'share', 'tech_smes', 'rate'],
    ]);
  });
});

describe('wording the lexicon did not reach', () => {
  it('reads R&D占比, a zone’s 技工贸总收入, 授权 after an application list, and firms attending an event', () => {
    expect(figuresOf('全区R&D占比达到3.2%，较上年提高0.2个百分点。').map((f) => f.indicator)).toEqual([
      'rd_intensity',
      'rd_intensity',
    ]);
    expect(figuresOf('开发区实现技工贸总收入320亿元。')[0]?.indicator).toBe('enterprise_revenue');
    expect(all('全年申请专利560件，授权310件。')).toEqual([
      ['560件', 'actual', 'patent_applications', 'applied'],
      ['310件', 'actual', 'patents_granted', 'new'],
    ]);
    expect(figuresOf('组织15家企业参加科技金融对接会。')[0]).toMatchObject({ indicator: null, measure: 'count' });
  });
});

describe('values, units and ranks as written', () => {
  it('keeps 万亿 and 万 in the unit and the value as written, normalising only value_norm', () => {
    const [economy, firms] = figuresOf('全市经济总量达1.6万亿，高新技术企业超过1.2万家。');
    expect(economy).toMatchObject({ value: 1.6, unit: '万亿', value_norm: 160000000, unit_norm: '万元' });
    expect(firms).toMatchObject({ value: 1.2, unit: '万家', value_norm: 12000, unit_norm: '家' });
  });

  it('reads units outside the old list: a score, computing power, colloquial classifiers', () => {
    expect(
      figuresOf('全区科技创新综合得分92.5分，新增算力50P，建成共享实验室6只。').map((f) => [f.raw, f.unit]),
    ).toEqual([
      ['92.5分', '分'],
      ['50P', 'P'],
      ['6只', '只'],
    ]);
  });

  it('finds batches written in Chinese numerals after a verb, first places and top-ten ranks', () => {
    expect(figuresOf('完成七批科技型中小企业入库工作。')[0]).toMatchObject({
      value: 7,
      unit: '批',
      measure: 'batches',
    });
    const [first, top] = figuresOf('在全省科技创新大赛中获第一名，连续三年进入全省十强。');
    expect(first).toMatchObject({ kind: 'rank', value: 1, scope: null, rank_among: 'province' });
    expect(top).toMatchObject({ kind: 'rank', value: 10, qualifier: '前', raw: '十强' });
  });

  it('keeps both ends of a range', () => {
    expect(figuresOf('力争培育省级新型研发机构3—5家。')[0]).toMatchObject({
      raw: '3—5家',
      value: 5,
      value_low: 3,
      kind: 'target',
    });
  });
});

describe('masks in every written form', () => {
  it('keeps X, xx, ××, ** figures as redacted and no anonymised name as a figure', () => {
    const masked = figuresOf('研发投入占比X%，新增高企X家以上，技术合同成交额xx亿元，争取资金××万元，入库企业**家。');
    expect(masked.map((f) => [f.raw, f.masked, f.value, f.unit])).toEqual([
      ['X%', true, null, '%'],
      ['X家以上', true, null, '家'],
      ['xx亿元', true, null, '亿元'],
      ['××万元', true, null, '万元'],
      ['**家', true, null, '家'],
    ]);
    expect(figuresOf('XX市科技局联合XX县开展调研，20XX年完成。')).toEqual([]);
  });
});

describe('the vocabulary’s new entries', () => {
  it('tells a change over last year, a gap to a benchmark, and the number of technology contracts', () => {
    expect(all('新增高新技术企业52家，比上年增加9家；技术合同成交额较上年增加3.5亿元。').slice(1)).toEqual([
      ['9家', 'growth', 'high_tech_enterprises', 'growth'],
      ['3.5亿元', 'growth', 'tech_contract_turnover', 'growth'],
    ]);
    expect(figuresOf('全区研发投入强度超全市均值0.6个百分点。')[0]).toMatchObject({ kind: 'actual', measure: 'gap' });
    expect(all('全年登记技术合同860项，成交额52亿元。')).toEqual([
      ['860项', 'actual', 'tech_contracts', 'new'],
      ['52亿元', 'actual', 'tech_contract_turnover', 'amount'],
    ]);
  });

  it('scopes the firms of a zone to the zone, and registers tech SMEs as a status, not a pool', () => {
    expect(figuresOf('开发区内企业新增发明专利授权120件。')[0]?.scope).toBe('zone');
    expect(all('全市入库科技型中小企业1860家，新增入库科技型中小企业320家。')).toEqual([
      ['1860家', 'actual', 'tech_smes', 'stock'],
      ['320家', 'actual', 'tech_smes', 'new'],
    ]);
  });

  it('has measures for money applied for, firms due for re-examination, awards won, and high-tech investment', () => {
    expect(figuresOf('全县17个项目申请资助资金2300万元。')[1]).toMatchObject({ measure: 'applied' });
    expect(all('对需要复审的28家高新技术企业，已有20家提交复审申请。')).toEqual([
      ['28家', 'actual', 'high_tech_enterprises', 'due'],
      ['20家', 'actual', 'high_tech_enterprises', 'applied'],
    ]);
    expect(all('全市4个项目获省科学技术奖，其中一等奖1项。')).toEqual([
      ['4个', 'actual', 'sci_awards', 'new'],
      ['1项', 'actual', 'sci_awards', 'new'],
    ]);
    expect(figuresOf('全年高新技术产业投资完成56亿元。')[0]?.indicator).toBe('high_tech_investment');
  });

  it('says what a rank ranks and among whom, so ranks of different things or fields never share a series', () => {
    const [level, growth] = figuresOf('高企数量居全省第3位；高企数量增速居副省级城市第1位。');
    expect(level).toMatchObject({ rank_of: 'level', rank_among: 'province' });
    expect(growth).toMatchObject({ rank_of: 'growth', rank_among: 'sub_provincial' });
    expect(level?.series).not.toBe(growth?.series);
    const [named] = figuresOf('研发投入强度居绍兴第2。');
    expect(named?.rank_among).toBe('named:绍兴');
  });
});
