import { describe, expect, it } from 'vitest';
import { GAP_MARK } from '../../pipeline/types.ts';
import { renderBody, segmentStream, toParagraphs } from './paragraphs.ts';
import { normalizePunctuation } from './punctuation.ts';

describe('normalizePunctuation', () => {
  it('makes Chinese punctuation full-width and keeps numbers intact', () => {
    expect(normalizePunctuation('通过率达79.63%,时间:3-12月;共1,576家(其中)!')).toBe(
      '通过率达79.63%，时间：3-12月；共1,576家（其中）！',
    );
  });
  it('removes stray spaces in Chinese text but not between Latin words', () => {
    expect(normalizePunctuation('推动 “工业强省” 和 R&D 投入, 12月')).toBe('推动“工业强省”和R&D投入，12月');
  });
});

describe('toParagraphs', () => {
  it('joins the lines of a block and splits a page flattened with spaces', () => {
    const ps = toParagraphs('一是甲;\n乙。\n\n荣誉。 一、上阶段工作 (一)聚力创新。一是加大投入。', 'blocks');
    expect(ps.map((p) => [p.kind, p.text])).toEqual([
      ['text', '一是甲；乙。'],
      ['text', '荣誉。'],
      ['heading', '一、上阶段工作'],
      ['text', '（一）聚力创新。一是加大投入。'],
    ]);
  });

  it('takes a short marked line for a heading only when content follows it', () => {
    const ps = toParagraphs(
      '(一)标志性工程提速\n1.打造平台。构建格局。\n12.检查整治工作情况(时间:3-8月)\n二、有关要求\n1.开展监督。',
      'lines',
    );
    expect(ps.map((p) => p.kind)).toEqual(['heading', 'text', 'text', 'heading', 'text']);
    expect(ps[0]?.level).toBe(2);
    expect(ps[3]?.level).toBe(1);
  });

  it('turns a broken character at a paragraph end into a gap paragraph', () => {
    const ps = toParagraphs('开展“送政策包上门”活动，精准服务，�\n\n二、存在问题\n\n一是不足。', 'blocks');
    expect(ps.map((p) => p.text)).toEqual([
      '开展“送政策包上门”活动，精准服务，',
      GAP_MARK,
      '二、存在问题',
      '一是不足。',
    ]);
    expect(ps[1]?.kind).toBe('gap');
  });

  it('rebuilds paragraphs in a stream at 一、 （一） 一是 and - marks', () => {
    const s = segmentStream(
      '取得了新进展。一、20年主要工作进展和成效一是能力提升。二是体系推进。-项目创新高。（二）抓实考核。',
    );
    expect(s.split('\n\n')).toEqual([
      '取得了新进展。',
      '一、20年主要工作进展和成效',
      '一是能力提升。',
      '二是体系推进。',
      '-项目创新高。',
      '（二）抓实考核。',
    ]);
  });

  it('renders Markdown headings by level and one blank line between paragraphs', () => {
    const body = renderBody([
      { kind: 'heading', level: 1, text: '一、工作' },
      { kind: 'heading', level: 2, text: '（一）平台' },
      { kind: 'text', text: '内容。' },
      { kind: 'gap', text: GAP_MARK },
    ]);
    expect(body).toBe(`## 一、工作\n\n### （一）平台\n\n内容。\n\n${GAP_MARK}\n`);
  });
});

describe('flattened pages and bylines', () => {
  it('never splits inside brackets or between the words of a dateline', () => {
    const ps = toParagraphs('本报讯 （记者 某某 通讯员 某某） 3月7日，全县新增企业20家。', 'blocks');
    expect(ps.map((p) => p.text)).toEqual(['本报讯（记者某某通讯员某某）3月7日，全县新增企业20家。']);
  });
});
