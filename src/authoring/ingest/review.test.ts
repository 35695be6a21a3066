import { assert, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../pipeline/lexicons.ts';
import { ingestText } from './ingest.ts';
import { reviewItems } from './review.ts';

describe('what the curator reviews', () => {
  it('lists region guesses with evidence, unreliable years, removed lines, then weak kinds, in that order', () => {
    const raw = [
      '会员专享 浏览 12',
      '县科技局20XX年工作',
      '全县新增高新技术企业12家，科技型中小企业入库45家，技术合同成交额达到2亿元。',
      '支持浙江德清东方材料有限公司建设省级企业研究院，争取新建研发中心3家。',
      '相关文档',
    ].join('\n');
    const { drafts, removedLines } = ingestText(raw, 'x.txt');
    const [draft] = drafts;
    assert(draft, 'the text makes a draft');
    const items = reviewItems(draft, removedLines, loadLexicons('data'));
    const topics = items.map((i) => i.topic);
    expect(topics.indexOf('region')).toBe(0);
    expect(topics.lastIndexOf('region')).toBeLessThan(topics.indexOf('year'));
    expect(topics.indexOf('year')).toBeLessThan(topics.indexOf('removed'));
    expect(topics.lastIndexOf('removed')).toBeLessThan(topics.indexOf('kind'));
    expect(items[0]?.text).toMatch(/^INFERRED: 浙江省湖州市德清县 330521 \(confidence low\)/);
    const removed = items.filter((i) => i.topic === 'removed').map((i) => i.text);
    expect(removed).toHaveLength(2);
    expect(removed[0]).toMatch(/^line 1: «会员专享 浏览 12»/);
    expect(removed[1]).toMatch(/^line 5: «相关文档»/);
  });
});
