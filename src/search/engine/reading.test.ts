// The engine on what a researcher types beyond single words, over a small
// corpus: either words, excluded words, a number with its unit, partial
// matches when none holds every word, near matches that carry the phrase's
// weight, did-you-mean, derived titles, and figures ranking the reports.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { createSearchEngine } from './engine.ts';
import { memoryLoader } from './index-client.ts';
import type { SearchCorpus, SearchReport } from './types.ts';

function report(id: string, texts: string[], extra: Partial<SearchReport> = {}): SearchReport {
  return {
    id,
    title: '市科技局工作总结',
    display_title: `${id}市 2023年工作总结`,
    region: `浙江省${id}市`,
    province: '浙江省',
    level: 'city',
    year: 2023,
    doc_type: 'summary',
    themes: [],
    paragraphs: texts.map((text, n) => ({ n, text, themes: [] })),
    ...extra,
  };
}

const filler = (i: number) => `第${i}段：推进园区建设，优化营商环境，完善公共服务体系。`;

const corpus: SearchCorpus = {
  themes: [],
  indicators: [{ id: 'hte', zh: '高新技术企业', synonyms: ['高新技术企业', '高企'], page: true }],
  reports: [
    report('甲', ['开展科普讲座。', '地震科普专题片播出7期。', '新增高新技术企业16家。'], { figures: { hte: 1 } }),
    report(
      '乙',
      ['开展科普日活动。', filler(1), '高新技术企业达到930家，新增高新技术企业12家，认定高新技术企业8家。'],
      {
        figures: { hte: 3 },
      },
    ),
    report('丙', ['九是防震减灾工作取得新成效。', '申报专利16件，新增企业7家。']),
    report('丁', ['发放创新券2批。', '推进创新驱动，创新平台建设。']),
    report('戊', ['深入实施创新驱动战略。', '全市创新能力提升。', '新增高新技术企业130余家。'], {
      figures: { hte: 9 },
    }),
    ...Array.from({ length: 20 }, (_, i) => report(`其${i}`, [filler(i), '坚持创新引领发展。'])),
  ],
};

const built = buildSearchIndex(corpus, { partChars: 40, termsPerShard: 4 });
const engine = () => createSearchEngine(memoryLoader(built.files));
const ids = (r: { groups: { report: string }[] }) => r.groups.map((g) => g.report);

describe('reading a query', () => {
  it('16家 lists only reports with 16家, not 16件 beside 7家', async () => {
    const r = await engine().search({ q: '16家' });
    expect(ids(r)).toEqual(['甲']);
    expect(r.groups[0]?.snippets[0]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['16家']);
  });

  it('130家 finds 130余家 and marks it whole', async () => {
    const r = await engine().search({ q: '130家' });
    expect(ids(r)).toEqual(['戊']);
    expect(r.groups[0]?.snippets[0]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['130余家']);
  });

  it('OR finds either word, and says how it read the query', async () => {
    const r = await engine().search({ q: '科普 OR 防震减灾' });
    expect(ids(r).sort()).toEqual(['丙', '乙', '甲'].sort());
    expect(r.reading).toBe('科普 或 防震减灾');
    expect(r.groups.every((g) => g.tier === 'exact')).toBe(true);
  });

  it('-word leaves out every report holding it, and counts them', async () => {
    const r = await engine().search({ q: '科普 -地震' });
    expect(ids(r)).toEqual(['乙']);
    expect(r.excluded).toBe(1);
    expect((await engine().search({ q: '科普 NOT 地震' })).groups.map((g) => g.report)).toEqual(['乙']);
  });

  it('when no report holds every word, lists those holding most as partial matches, saying which words', async () => {
    const r = await engine().search({ q: '地震 防震减灾 创新券' });
    expect(r.total).toBe(0);
    expect(r.groups).toEqual([]);
    expect(r.nearGroups.every((g) => g.tier === 'partial')).toBe(true);
    expect(r.nearGroups.map((g) => [g.report, g.held])).toEqual(
      expect.arrayContaining([
        ['甲', ['地震']],
        ['丙', ['防震减灾']],
        ['丁', ['创新券']],
      ]),
    );
  });

  it('lists no near match holding only the common half of a word (创新 for 创新券)', async () => {
    const r = await engine().search({ q: '创新券' });
    expect(ids(r)).toEqual(['丁']);
    expect(r.nearGroups).toEqual([]);
  });

  it('suggests the spelling the reports use for a long word with a character off', async () => {
    const r = await engine().search({ q: '高新枝术企业' });
    expect(r.groups).toEqual([]);
    expect(r.nearGroups.length).toBeGreaterThan(0);
    expect(r.didYouMean).toEqual({
      query: '高新技术企业',
      corrections: [{ typed: '高新枝术企业', meant: '高新技术企业' }],
    });
  });

  it('titles results with the derived title and keeps the scraped one as the original', async () => {
    const r = await engine().search({ q: '防震减灾' });
    expect(r.groups[0]?.title.map((s) => s.text).join('')).toBe('丙市 2023年工作总结');
    expect(r.groups[0]?.original.map((s) => s.text).join('')).toBe('市科技局工作总结');
  });

  it("ranks the reports holding more of the query's indicator's figures first", async () => {
    const r = await engine().search({ q: '高新技术企业' });
    expect(ids(r)).toEqual(['戊', '乙', '甲']);
    // Without figures the same reports rank by their text alone.
    const plain = buildSearchIndex(
      { ...corpus, reports: corpus.reports.map(({ figures: _, ...rest }) => rest) },
      { partChars: 40, termsPerShard: 4 },
    );
    expect(ids(await createSearchEngine(memoryLoader(plain.files)).search({ q: '高新技术企业' }))).not.toEqual([
      '戊',
      '乙',
      '甲',
    ]);
  });

  it('fetches no region or title suggestions for a query naming an indicator', async () => {
    const loaded: string[] = [];
    const load = memoryLoader(built.files);
    const e = createSearchEngine((p, range) => (loaded.push(p), load(p, range)));
    await e.search({ q: '高新技术企业' });
    expect(loaded.filter((p) => p.startsWith('e/'))).toEqual([]);
    await e.search({ q: '防震减灾' });
    expect(loaded.filter((p) => p.startsWith('e/')).length).toBeGreaterThan(0);
  });
});
