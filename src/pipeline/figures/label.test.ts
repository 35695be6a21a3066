import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { labelAfter, labelBefore } from './label.ts';
import { loadLexicons } from '../lexicons.ts';

const lexicon = loadLexicons('data');
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

  it('never gives a fragment of a phrase', () => {
    // After 占 comes the denominator; the share belongs to what was measured before it.
    expect(labelOf('全区研发投入**亿元，占GDP的比重**%。', '**%')).toBe('研发投入');
    expect(labelBefore('占规上工业企业科技活动经费支出总额的')).toBe('');
    // Qualities listed before 的 describe the noun after it.
    expect(labelAfter('业务素质高、技术水平强的科技特派员服务帮扶村')).toBe('科技特派员');
    // No half a bracket, no word cut by the window, no verb alone.
    expect(labelAfter('部分）达到27.78亿元')).toBe('');
    expect(labelAfter('的知识产权质押融资意向协议。')).toBe('知识产权质押融资意向协议');
    expect(labelAfter('引进共建机构正式签约')).toBe('');
    expect(labelOf('举办科技巡回讲堂、科技服务专员培训36次。', '36次')).toBe('科技服务专员培训');
    expect(labelOf('推动科技型中小企业入库达1533家。', '1533家')).toBe('科技型中小企业');
    expect(labelOf('各相关单位由六盘水市某某农业发展有限公司出资投入资金2100万元。', '2100万元')).not.toMatch(/^司/);
  });
});
