// What every draft the ingest writes must be, whatever the page: valid for the
// project's own reader, titled by the source or by an inferred title (never
// its file name), dated within the schema's window of its page's date, and
// with nothing of the raw page dropped without a word for the curator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/authoring/ingest/ingest.ts';
import { renderDraft } from '../../src/authoring/ingest/draft.ts';
import { reviewItems } from '../../src/authoring/ingest/review.ts';
import { parseReportFile } from '../../src/pipeline/corpus/report-file.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { present } from '../helpers/present.ts';

const UNSEEN = 'tests/fixtures/unseen';
const SOURCES = 'content/sources';
const raws = [
  ...readdirSync(UNSEEN)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(UNSEEN, f)),
  ...readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(SOURCES, f)),
];

describe('every draft of the unseen set and the real sources', () => {
  it.each(raws)('%s: the reader accepts it, and its title is no file name', (path) => {
    for (const d of ingestText(readFileSync(path, 'utf8'), path).drafts) {
      expect(() => parseReportFile(renderDraft(d), `${d.id}.md`)).not.toThrow();
      expect(d.meta.title).not.toMatch(/\.(txt|docx?|pdf)$/);
      expect(d.meta.title).not.toContain(
        path
          .split('/')
          .pop()
          ?.replace(/\.txt$/, ''),
      );
    }
  });
});

const page = (lines: string[]) => lines.join('\n');

describe('drafts of odd pages', () => {
  it('dates a masked-year report by its page, so an old page’s draft stays within the schema’s window', () => {
    const raw = page([
      'XX区科技局20XX年工作总结',
      '发布日期：2016-04-08  来源：区政府办',
      '20XX年，全区科技工作稳步推进，新增高新技术企业9家，科技型中小企业入库31家，技术合同成交额达到2.2亿元。',
    ]);
    const d = present(ingestText(raw, 'old.txt').drafts[0], 'draft of old.txt');
    expect(d.meta).toMatchObject({ year: 2016, years: [2016], year_reliable: false });
    expect(d.meta.source.published).toBe('2016-04-08');
    expect(() => parseReportFile(renderDraft(d), `${d.id}.md`)).not.toThrow();
    expect(d.warnings.join(' ')).toMatch(/placeholder \(the page's date/);
  });

  it('leaves out a page date too far from the report’s years (a repost), and says so', () => {
    const raw = page([
      '县科技局2012年工作总结',
      '发布日期：2021-06-01  来源：某文库',
      '2012年，全县科技工作稳步推进，新增高新技术企业9家，科技型中小企业入库31家，技术合同成交额达到2.2亿元。',
    ]);
    const d = present(ingestText(raw, 'repost.txt').drafts[0], 'draft of repost.txt');
    expect(d.meta.source.published).toBeUndefined();
    expect(d.warnings.join(' ')).toMatch(/too far from the report's years .* source.published left out/);
    expect(() => parseReportFile(renderDraft(d), `${d.id}.md`)).not.toThrow();
  });

  it('keeps the lines around page fragments, and lists every line it removes with its raw line number', () => {
    const cut = (n: number, words: string, end: string) => `${n}、${words.repeat(14)}${end}`;
    const raw = page([
      '镇科技办2023年工作总结',
      '《镇科技办2023年工作总结.docx》由会员分享，可在线阅读，更多相关请在某某文档网上搜索。',
      cut(1, '全镇新增科技型企业八家，', '研发'),
      cut(2, '投入同比增长百分之九，', '技术'),
      '3、合同成交额达到1.2亿元。',
      '本文共3页，下载后阅读全文。',
    ]);
    const { drafts, removedLines, warnings } = ingestText(raw, 'pages.txt');
    const draft = present(drafts[0], 'draft of pages.txt');
    expect(draft.meta.title).toBe('镇科技办2023年工作总结');
    expect(warnings.join(' ')).toMatch(/3 numbered page fragments joined/);
    expect(removedLines.map((l) => l.line)).toEqual([2, 6]);
    expect(draft.body).toContain('研发投入同比增长');
    expect(draft.body).toContain('技术合同成交额达到1.2亿元');
  });

  it('tells the curator what was inferred and why', () => {
    const raw =
      '3月2日，记者从市科技工作会议上获悉，去年全市新增高新技术企业40家，技术合同成交额达到12亿元。今年，全市将力争新增高新技术企业50家，技术合同成交额突破15亿元。';
    const { drafts, removedLines } = ingestText(raw, 'news.txt');
    const draft = present(drafts[0], 'draft of news.txt');
    const items = reviewItems(draft, removedLines, loadLexicons('data'));
    const title = items.find((i) => i.topic === 'title');
    expect(title?.text).toMatch(/^INFERRED: «.+» — the source has no title; composed from region, year and type/);
    expect(items.find((i) => i.topic === 'type')?.text).toMatch(
      /summary\+plan.*promises of 2 figures for a later period/,
    );
    expect(draft.meta.title_basis).toBe('inferred');
  });
});
