import { describe, expect, it } from 'vitest';
import { loadInstruments, loadThemes } from './lexicon.ts';
import { tagInstruments, tagThemes } from './tag.ts';

const themes = loadThemes('data/themes.csv');
const instruments = loadInstruments('data/instruments.csv');
const themeIds = (text: string) => tagThemes(text, themes).map((h) => h.theme);
const instrumentIds = (text: string) => tagInstruments(text, instruments).map((h) => h.instrument);

describe('tagThemes on sentences from the reports', () => {
  it('tags a 科技特派员 sentence as rural, with the keywords that fired', () => {
    const hits = tagThemes('三是深入实施农业科技特派员制度。', themes);
    expect(hits).toEqual([{ theme: 'rural', keywords: ['农业科技', '科技特派员'] }]);
  });

  it('reads 企业科技特派员 as talent, not rural (the longer keyword wins)', () => {
    expect(themeIds('推荐**人成功备案省级企业科技特派员。')).toEqual(['talent']);
  });

  it('tags enterprise, transfer, ip and policy sentences', () => {
    expect(themeIds('2023年申报国家高企108家，认定通过86家')).toEqual(['enterprise']);
    expect(themeIds('全年净增高新技术企业310家')).toEqual(['enterprise']);
    expect(themeIds('做优技术合同登记点，力争技术合同成交额增速达17%以上。')).toEqual(['transfer']);
    expect(themeIds('授权专利已达494件，同比增长50.6%，其中发明专利39件')).toEqual(['ip']);
    expect(themeIds('12.检查督促落实行政执法突出问题整治工作情况')).toEqual(['policy']);
    expect(themeIds('市本级和八个县（市）均达到了防震减灾“平安市县”考核要求。')).toContain('earthquake');
  });

  it('tags short headings, and leaves text without keywords untagged', () => {
    expect(tagThemes('（六）实施科技成果转化提速工程，促进科技金融对接', themes)).toEqual([
      { theme: 'transfer', keywords: ['科技成果转化'] },
      { theme: 'finance', keywords: ['科技金融'] },
    ]);
    expect(tagThemes('二、存在问题', themes)).toEqual([]);
  });

  it('orders themes by strength: most keyword occurrences first', () => {
    const text =
      '强化科技政策与金融政策的叠加联动，加快提升科技金融服务的能力，探索构建科技型企业直接融资渠道，完善科创贷办理流程';
    const hits = tagThemes(text, themes);
    expect(hits[0]?.theme).toBe('finance');
    expect(hits[0]?.keywords).toEqual(expect.arrayContaining(['科技金融', '科创贷', '直接融资']));
    expect(hits.map((h) => h.theme)).toEqual(expect.arrayContaining(['policy', 'enterprise']));
  });

  it('does not read 高企 inside 提高企业, nor count words inside a garbled run', () => {
    expect(themeIds('3.提高企业研发投入水平。')).toEqual(['rd']);
    expect(themeIds('确保「乱码：科技特派员專利」的顺利实施')).toEqual([]);
  });

  it('matches ASCII keywords regardless of case and width', () => {
    expect(tagThemes('重点对Ｒ＆Ｄ投入较多的企业开展精准服务', themes)).toEqual([
      { theme: 'rd', keywords: ['R&D投入'] },
    ]);
  });
});

describe('tagInstruments on sentences', () => {
  it('finds tax incentives and their keywords', () => {
    const hits = tagInstruments(
      '2023年帮助全市企业享受研发费用加计扣除金额5.23亿元、享受减免税额1.31亿元',
      instruments,
    );
    expect(hits[0]).toEqual({ instrument: 'env_tax', keywords: ['研发费用加计扣除', '减免税', '税额'] });
  });

  it('finds goals, finance, procurement and demonstration', () => {
    expect(instrumentIds('力争每万人口有效发明专利拥有量达41件以上。')).toEqual(['env_goals']);
    expect(instrumentIds('发放创新券2批，额度150万元')).toEqual(['env_finance']);
    expect(instrumentIds('大力支持首创产品首次应用。')).toEqual(['demand_procurement']);
    expect(instrumentIds('3.强化应用场景打造和创新产品应用。')).toEqual(['demand_demonstration']);
  });

  it('does not read 全力争取 as the target word 力争', () => {
    expect(instrumentIds('（一）全力争取国家、省科技项目。')).not.toContain('env_goals');
  });
});
