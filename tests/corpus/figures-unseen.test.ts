// Sentences in the style of other bureaus' reports, none from the corpus,
// written with their expected figures before the extractor was run on them:
// a check that the rules generalise beyond the eleven reports they were
// developed on (all 33 figures found, none spurious, every kind right).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/pipeline/figures/index.ts';
import { sortedKind } from '../../src/pipeline/figures/kind.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { present } from '../helpers/present.ts';

const lexicon = loadLexicons('data');

const CASES: [string, string[]][] = [
  ['2023年，全市新增国家级专精特新“小巨人”企业6家，累计达到21家。', ['6家:actual', '21家:actual']],
  ['全年组织实施市级科技计划项目186项，下达资金3,250万元。', ['186项:actual', '3,250万元:actual']],
  ['全县共有市级以上农业科技园区4个，其中国家级1个。', ['4个:actual', '1个:actual']],
  ['我市高新技术企业总数达到1,024家，较上年净增152家，增长17.4%。', ['1,024家:actual', '152家:actual', '17.4%:growth']],
  ['计划新建省级工程技术研究中心5家，力争技术合同登记额突破10亿元。', ['5家:target', '10亿元:target']],
  ['“科技副总”项目获批28项，居全省第2位。', ['28项:actual', '第2位:rank']],
  ['截至10月底，知识产权质押融资额3.6亿元，惠及企业42家。', ['3.6亿元:actual', '42家:actual']],
  ['开展科技下乡活动12次，培训农民1500余人次，发放资料8000份。', ['12次:actual', '1500余人次:actual', '8000份:actual']],
  ['2024年，将新增科技型中小企业300家以上、高新技术企业60家。', ['300家以上:target', '60家:target']],
  // A margin over a benchmark is a level of its own (measure gap), not growth over time.
  ['全区R&D投入强度为2.35%，高于全省平均水平0.4个百分点。', ['2.35%:share', '0.4个百分点:actual']],
  ['举办“创新大讲堂”8期，参与人员超过2000人。', ['8期:actual', '2000人:actual']],
  ['根据《关于实施“十百千”工程的意见》（市政发〔2022〕15号），评选出十佳科技企业。', []],
  ['建成院士专家工作站3家、博士后科研工作站5家。', ['3家:actual', '5家:actual']],
  ['二是引进培育科技创新团队两个。', ['两个:actual']],
  ['科技局共有干部职工25人，其中党员18名。', ['25人:actual', '18名:actual']],
  ['每个乡镇配备1名科技特派员。', ['1名:actual']],
  ['近三年累计投入财政科技资金2.8亿元。', ['2.8亿元:actual']],
  ['第三季度完成技术合同交易额5,600万元，同比下降3.2%。', ['5,600万元:actual', '3.2%:growth']],
];

describe('figure extraction on unseen sentences', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(extractFigures(text, 't', lexicon).map((f) => `${f.raw}:${sortedKind(f)}`)).toEqual(expected);
  });

  it('names the indicators of the common ones', () => {
    const indicatorOf = (text: string, raw: string) =>
      extractFigures(text, 't', lexicon).find((f) => f.raw === raw)?.indicator;
    const textOf = (i: number) => present(CASES[i], `case ${i}`)[0];
    expect(indicatorOf(textOf(3), '1,024家')).toBe('high_tech_enterprises');
    expect(indicatorOf(textOf(4), '10亿元')).toBe('tech_contract_turnover');
    expect(indicatorOf(textOf(9), '2.35%')).toBe('rd_intensity');
    expect(indicatorOf(textOf(15), '1名')).toBe('tech_commissioners');
  });
});
