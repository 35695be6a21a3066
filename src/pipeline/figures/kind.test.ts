import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { periodOf, sortedKind } from './kind.ts';
import { loadLexicons } from '../lexicons.ts';

const NO_INDICATORS = { ...loadLexicons('data'), indicators: [] };

const kinds = (body: string) => extractFigures(body, 't', NO_INDICATORS).map((f) => `${f.raw}:${sortedKind(f)}`);

describe('figure kinds', () => {
  it('reads achieved counts as actual', () => {
    expect(kinds('2023年申报国家高企108家，认定通过86家。')).toEqual(['108家:actual', '86家:actual']);
  });

  it('reads promises as targets', () => {
    expect(kinds('力争新增科技研发平台100家以上。')).toEqual(['100家以上:target']);
    expect(kinds('确保新认定国家高新技术企业16家、科技型中小企业40家。')).toEqual(['16家:target', '40家:target']);
    expect(kinds('拟申报国家高新技术企业14家。')).toEqual(['14家:target']);
    expect(kinds('预计兑现资金3400多万元。')).toEqual(['3400多万元:target']);
    expect(kinds('项目将引进科研人才400人左右。')).toEqual(['400人左右:target']);
  });

  it('lets a target outrank growth, share and rank', () => {
    expect(kinds('力争技术合同成交额增速达17%以上。')).toEqual(['17%以上:target']);
    expect(kinds('力争研发投入强度全市前*位。')).toEqual(['前*位:target']);
  });

  it('reads 争取 as "won" in an account and as a promise in a plan', () => {
    expect(kinds('2020年共争取国家、省科技项目51项。')).toEqual(['51项:actual']);
    expect(kinds('截至目前，共争取上级资金****万元。')).toEqual(['****万元:actual']);
    expect(kinds('## 二、下阶段工作计划\n\n争取列入省级重点研发计划1项以上。')).toEqual(['1项以上:target']);
  });

  it('takes figures in a plan section as targets unless the sentence says they are done', () => {
    const body =
      '## 一、工作开展情况\n\n新增高企20家。\n\n## 三、2023年重点工作谋划\n\n全年达成校地合作项目10个以上。目前已建成平台5家。';
    expect(kinds(body)).toEqual(['20家:actual', '10个以上:target', '5家:actual']);
  });

  it('takes a whole plan without headings as targets', () => {
    const body =
      '全年净增高新技术企业310家，实现有效高新技术企业数1576家以上。力争企业研发经费增速11%以上。确保完成任务。';
    expect(kinds(body)).toEqual(['310家:target', '1576家以上:target', '11%以上:target']);
  });

  it('tells growth from share', () => {
    expect(kinds('营业收入22.9亿元，同比增长125.4%，通过率达79.63%，占营收比重3.78%。')).toEqual([
      '22.9亿元:actual',
      '125.4%:growth',
      '79.63%:share',
      '3.78%:share',
    ]);
    expect(kinds('增加值占GDP比重提高到15%，增长2个百分点，是2022年的7倍。')).toEqual([
      '15%:share',
      '2个百分点:growth',
      '7倍:growth',
    ]);
    expect(kinds('增长率达到12%。')).toEqual(['12%:growth']);
  });

  it('finds ranks', () => {
    expect(kinds('占营收比重3.78%，全市排名3；增速25.1%，全市第1。')).toEqual([
      '3.78%:share',
      '3:rank',
      '25.1%:growth',
      '第1:rank',
    ]);
    expect(kinds('入库数位居徐州五县（市）第一；数量全市第*位。')).toEqual(['第一:rank', '第*位:rank']);
    expect(kinds('均居徐州各县（市）区第1名。')).toEqual(['第1名:rank']);
    expect(kinds('中科曙光第一研究所，第一时间发布。')).toEqual([]);
  });
});

describe('a published figure', () => {
  it('has a modality for its kind, and carries growth, share and rank in its measure', () => {
    const published = extractFigures(
      '力争增速达17%以上。营业收入22.9亿元，同比增长125.4%，占营收比重3.78%，全市第1。',
      't',
      NO_INDICATORS,
    );
    expect(published.map((f) => [f.raw, f.kind, f.measure])).toEqual([
      ['17%以上', 'target', 'growth'],
      ['22.9亿元', 'actual', expect.not.stringMatching(/growth|share|rank/)],
      ['125.4%', 'actual', 'growth'],
      ['3.78%', 'actual', 'share'],
      ['第1', 'actual', 'rank'],
    ]);
  });
});

describe('kinds from the sentence and the document type', () => {
  const kindsOf = (body: string, docType?: string) =>
    extractFigures(body, 't', NO_INDICATORS, { docType }).map((f) => `${f.raw}:${sortedKind(f)}`);

  it('keeps the results of a news article actual although its last sentence promises', () => {
    const body = '去年全区新增企业40家，总数达到210家。全年登记合同300项。负责人表示，明年将力争新增企业50家。';
    expect(kindsOf(body)).toEqual(['40家:actual', '210家:actual', '300项:actual', '50家:target']);
  });

  it('reads a plan-type document without headings or promise words as targets', () => {
    expect(kindsOf('一、实施培育工程。入库企业不少于60家。', 'plan')).toEqual(['60家:target']);
  });

  it('reads a summary-type document as results unless a sentence promises', () => {
    expect(kindsOf('新增企业12家。下一步，力争新增20家。', 'summary')).toEqual(['12家:actual', '20家:target']);
  });
});

describe('the period of a figure', () => {
  it('is the period nearest before it, and a year compared against is none', () => {
    expect(periodOf('2023年1-6月，全市新增高企')).toBe('2023年1-6月');
    expect(periodOf('授权专利数是2022年的')).toBe('');
    expect(periodOf('2023年，授权专利数是2022年的')).toBe('2023年');
    expect(periodOf('比2020年增长')).toBe('');
    expect(periodOf('于2021年建成')).toBe('2021年');
  });
  it('never names a year in a report whose years the host rewrote', () => {
    expect(periodOf('2020年度，全市', false)).toBe('');
    expect(periodOf('2020年1-6月，全市', false)).toBe('1-6月');
    expect(periodOf('截至2020年底，全市', false)).toBe('截至年底');
    expect(periodOf('上半年，全市', false)).toBe('上半年');
  });
  it('states none for words of the report’s own time, as curators record it', () => {
    for (const own of ['全年', '今年', '今年以来', '年内', '截至目前', '截止目前'])
      expect(periodOf(`${own}，全市新增高企`), own).toBe('');
    expect(periodOf('截至11月底，全市')).toBe('截至11月底');
    expect(periodOf('2023年全年，全市')).toBe('2023年全年');
  });
  it('reads 新沂’s 7倍 (2023 over 2022) with no period of 2022', () => {
    const [, times] = extractFigures('授权专利1200件，是2022年的7倍。', 't', NO_INDICATORS);
    expect(times).toMatchObject({ raw: '7倍', period: '' });
  });
});
