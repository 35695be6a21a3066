import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { loadLexicons } from '../lexicons.ts';

const NO_INDICATORS = { ...loadLexicons('data'), indicators: [] };

// Exclusions are checked through the public extractor: a sentence that holds
// only non-figures must give none.
const raws = (body: string) => extractFigures(body, 't', NO_INDICATORS).map((f) => f.raw);

describe('not figures', () => {
  it.each([
    ['dates and years', '2024年3月5日召开会议，2023-10-28发布。'],
    ['year ranges and month ranges', '完成2021-2023年项目验收，时间：3-12月，1-11月份统计。'],
    ['years written with a space', '《提升行政执法质量三年行动计划（2023~2025 年）》'],
    ['masked years', '****年度全区研发投入增长。'],
    ['document numbers', '苏府办〔2024〕42号，长县科创委发〔2023〕4号。'],
    ['ordinals', '第一批省级试点，第十五批省派特派员，十二届四次全会。'],
    ['list markers', '一是加强培育。（一）压实责任。1、检查督促。2.引育研发企业。'],
    ['plan names', '实施“十四五”规划，十二五期间。'],
    ['names with numerals', '三一重工、三一科技城，“一带一路”，一带一路沿线，两加一推，四帮四促，三位一体，八项规定。'],
    ['short quoted names, also where repeated unquoted', '建立“五个培育库”。五个培育库建设成效明显。'],
    ['book titles', '印发《关于做好2023年研发投入工作的几点建议》和《三年行动方案》。'],
    [
      'identifiers and phone numbers',
      '联系电话：+86-0512-53660867，索引号1133102400268141X4/2024-129885，5G基站，9α-羟基。',
    ],
    ['per-unit denominators', '每万人口、每万名就业人员、每家企业。'],
    ['indefinite 一', '打造一批平台，帮助企业引进一名专家，一对一服务。'],
    ['vague numbers', '数十家企业，几十项成果。'],
    ['numbers without a unit', '聚焦“3+5+8”产业体系和“1+10+N”平台，以0.9151的创新指数入选。'],
    ['quoted titles of lists and honours', '入选“中国大陆创新能力最强的25个城市”榜单。'],
    ['durations and anniversaries', '成立75周年，连续三年，3个月内。'],
    ['enumerations of the text', '重点做好以下三方面工作，8个方面工作任务。'],
    ['garbled runs', '制作「乱码：??萍?3家」课件。'],
    ['anonymised names', '**区高企联盟，**市科技局，同**师范大学合作，**机械入选。'],
  ])('%s', (_name, body) => {
    expect(raws(body)).toEqual([]);
  });

  it('keeps the figures next to non-figures', () => {
    expect(raws('2023年申报国家高企108家，第一批认定86家。')).toEqual(['108家', '86家']);
    expect(raws('组织第十五批省派特派员9名。')).toEqual(['9名']);
    expect(raws('每万人口有效发明专利拥有量达41件以上。')).toEqual(['41件以上']);
  });

  it('keeps a value stated without a unit when it is an index or a masked value', () => {
    expect(raws('2020年全市创新指数为364.85，比上年上升18.28%。')).toEqual(['364.85', '18.28%']);
    expect(raws('每万名就业人员中研发人员数为***；')).toEqual(['***']);
    expect(raws('一是**、**成功入选。')).toEqual([]);
  });
});
