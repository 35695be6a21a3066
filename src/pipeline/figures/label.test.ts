import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { loadIndicators } from './lexicon.ts';
import { labelAfter, labelBefore } from './label.ts';

const lexicon = loadIndicators('data/indicators.csv');
const labelOf = (text: string, raw: string) => extractFigures(text, 'test', lexicon).find((f) => f.raw === raw)?.label;

describe('figure labels', () => {
  it('takes the noun phrase a figure quantifies, up to the next verb', () => {
    expect(labelAfter('科技成果推送给全市相关企业')).toBe('科技成果');
    expect(labelOf('目前，园区成立了科技部门主抓科技创新工作，18个镇街均明确1名分管领导。', '18个')).toBe('镇街');
  });

  it('takes the words after the clause’s last verb, without linking words', () => {
    expect(labelBefore('申报国家高企')).toBe('国家高企');
    expect(labelBefore('全市规上工业企业共归集上报研发费用')).toBe('研发费用');
  });

  it('keeps a verb whose one-character suffix is the thing counted', () => {
    expect(labelBefore('通过率达')).toBe('通过率');
    expect(labelOf('认定通过86家，通过率达79.63%，存续期高企183家。', '79.63%')).toBe('通过率');
    expect(labelOf('规上工业企业研发活动覆盖面达到70%。', '70%')).toBe('覆盖面');
  });

  it('drops 另有 (“a further”) before the figure', () => {
    expect(labelBefore('另有重点项目')).toBe('重点项目');
    expect(labelBefore('另有')).toBe('');
  });
});
