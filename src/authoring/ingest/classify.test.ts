import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify.ts';

describe('document type and period', () => {
  it('reads a 述职报告 as a summary and 工作思路 as a plan', () => {
    expect(classifyDocument('县科技局局长2023年度述职报告', '').docType).toBe('summary');
    expect(classifyDocument('市科技局2024年上半年工作总结和下半年工作思路', '')).toMatchObject({
      docType: 'summary+plan',
      period: 'H1+H2',
    });
  });

  it('guesses a news article without type words as a summary when one sentence promises', () => {
    const text = '去年全区新增企业40家，总数达到210家。全年登记合同300项。明年将力争新增企业50家。';
    expect(classifyDocument('科技创新结硕果', text).docType).toBe('summary');
  });

  it('takes H1 from the opening words of an untitled half-year summary', () => {
    expect(classifyDocument('', '今年上半年，我局扎实推进各项工作，新增企业12家。').period).toBe('H1');
  });

  it('makes a summary with a plan part for a named period a summary+plan', () => {
    const body = '## 一、主要成效\n\n新增企业12家。\n\n## 二、下半年打算\n\n力争新增20家。\n';
    expect(classifyDocument('区科技局上半年工作总结', body)).toMatchObject({
      docType: 'summary+plan',
      period: 'H1+H2',
    });
    expect(classifyDocument('区科技局工作总结', '## 三、下一步打算\n\n继续努力。\n').docType).toBe('summary');
  });
});

describe('type and period from the text when the title does not say', () => {
  it('reads a text whose every figure is promised as a plan', () => {
    const t = classifyDocument(
      '',
      '记者从会议上获悉，该县今年将新增企业20家，引进人才30名，力争技术合同成交额突破5亿元。',
    );
    expect(t.docType).toBe('plan');
    expect(t.warnings[0]).toMatch(/every sentence with a figure holds a promise/);
  });

  it('reads results followed by promises of two figures for a later period as a summary and plan', () => {
    const text =
      '去年，全县新增企业40家，技术合同成交额3亿元。展望新的一年，明年力争新增企业45家，技术合同成交额突破4亿元。';
    expect(classifyDocument('', text).docType).toBe('summary+plan');
    // An estimate is an account, not a promise.
    expect(classifyDocument('', '去年新增企业40家，预计全年完成技术合同成交额5亿元，同比增长20%。').docType).toBe(
      'summary',
    );
  });

  it('reads an account of the first half of a year as H1, with promises to the year end as H1+H2', () => {
    expect(classifyDocument('', '1-5月，全区研发投入增长12%，截至5月底新增企业18家。').period).toBe('H1');
    const both =
      '今年上半年，全市新增企业18家，技术合同成交额9亿元。力争到年底，新增企业40家，技术合同成交额突破20亿元。';
    expect(classifyDocument('', both)).toMatchObject({ docType: 'summary+plan', period: 'H1+H2' });
    // Whole-year results make it a year's account whatever mid-year figure it also quotes.
    expect(classifyDocument('', '全年新增企业40家。1-6月研发投入增长12%。').period).toBe('year');
  });

  it('reads one year’s work and the next year’s 思路 in a title as a summary and plan', () => {
    expect(classifyDocument('2023年某市科技工作及2024年工作思路', '').docType).toBe('summary+plan');
  });
});
