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
