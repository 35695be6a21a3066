import { assert, describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/ingest.ts';
import { scoreMeta, type GoldMeta } from './score-meta.ts';
import { scoreMeta as scoreDevsetMeta, chromeIn, type DevsetGoldMeta } from './devset.ts';

const BODY =
  '全县科技工作扎实推进，去年新增高新技术企业20家，科技型中小企业入库56家，技术合同成交额达到3亿元，同比增长12%。';
const [untitled] = ingestText(`2月3日，记者从县科技工作会议上获悉，${BODY}`, 'news.txt').drafts;
const [titled] = ingestText(`县科技局2023年工作总结\n${BODY}`, 'x.txt').drafts;
assert(untitled && titled, 'each text makes a draft');

const gold = (over: Partial<GoldMeta>): GoldMeta => ({
  title: '',
  region: null,
  basis: 'unknown',
  years: [],
  year_reliable: false,
  type: 'summary',
  period: 'year',
  chrome: [],
  ...over,
});

describe('scoring a draft’s title', () => {
  it('takes an inferred title as right where the source has none, and only then', () => {
    expect(untitled.meta.title_basis).toBe('inferred');
    expect(scoreMeta(untitled, gold({ title: '', title_basis: 'inferred' })).fields.title).toBe(true);
    expect(scoreMeta(untitled, gold({ title: '某县科技工作总结' })).fields.title).toBe(false);
    expect(scoreMeta(titled, gold({ title: '', title_basis: 'inferred' })).fields.title).toBe(false);
    expect(scoreMeta(titled, gold({ title: '县科技局2023年工作总结' })).fields.title).toBe(true);
  });

  it('does the same on the real development set’s gold, whose empty title means none', () => {
    const dev = (title: string): DevsetGoldMeta => ({
      file: 'x.txt',
      title,
      region: null,
      regionNamed: false,
      years: null,
      docType: 'summary',
      period: 'year',
    });
    expect(scoreDevsetMeta(untitled, dev('')).meta.title).toBe(true);
    expect(scoreDevsetMeta(titled, dev('')).meta.title).toBe(false);
    expect(scoreDevsetMeta(titled, dev('县科技局2023年工作总结')).meta.title).toBe(true);
    expect(scoreDevsetMeta(untitled, dev('县科技局2023年工作总结')).meta.title).toBe(false);
  });
});

describe('chrome left in a draft', () => {
  it('finds addresses, badges, blurbs, paywalls and page fields by their shape', () => {
    expect(chromeIn('正文。请在某某文库上搜索。')).toHaveLength(1);
    expect(chromeIn('以下是小编整理的总结，仅供参考。')).toEqual(['小编整理', '仅供参考']);
    expect(chromeIn('（未完，全文共1200字，当前显示300字）')).toHaveLength(2);
    expect(chromeIn('全年新增企业12家，来源于企业自主申报。')).toEqual([]);
  });
});
