// Results grouped by report: terms anywhere in the report, every passage
// reachable through "more", quoted phrases literal, near matches apart.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { createSearchEngine } from './engine.ts';
import { memoryLoader } from './index-client.ts';
import type { SearchCorpus, SearchReport } from './types.ts';

const filler = (i: number) => `第${i}段：推进园区建设，优化营商环境，完善公共服务体系，提升基层治理水平。`;

function report(id: string, year: number, texts: string[]): SearchReport {
  return {
    id,
    title: `${id}工作总结`,
    region: '',
    province: null,
    level: null,
    year,
    doc_type: 'summary',
    themes: [],
    paragraphs: texts.map((text, n) => ({ n, text, themes: [] })),
  };
}

const corpus: SearchCorpus = {
  themes: [],
  indicators: [{ id: 'hte', zh: '高新技术企业', synonyms: ['高企'], page: true }],
  reports: [
    // The two terms 20 paragraphs apart.
    report('apart', 2023, [
      '全面推进乡村振兴战略。',
      ...Array.from({ length: 20 }, (_, i) => filler(i)),
      '选派科技特派员深入基层。',
    ]),
    // Both terms in one sentence: ranked first, though older.
    report('together', 2020, ['以科技特派员助力乡村振兴。', filler(30)]),
    // Eight passages holding the phrase, spread over the report.
    report(
      'many',
      2022,
      Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? `第${i}项：新认定高新技术企业${i + 1}家。` : filler(i))),
    ),
    report('synonym', 2021, ['全年新增高企5家。', filler(40)]),
    report('typo', 2021, ['组织科技特派团开展服务，助力乡村振兴。', filler(41)]),
  ],
};
const built = buildSearchIndex(corpus, { partChars: 80 });
const engine = () => createSearchEngine(memoryLoader(built.files));
const ids = (groups: { report: string }[]) => groups.map((g) => g.report);

describe('grouped results', () => {
  it('a two-term query matches terms anywhere in the report, terms together first, each term shown', async () => {
    const r = await engine().search({ q: '乡村振兴 科技特派员' });
    expect(ids(r.groups)).toEqual(['together', 'apart']);
    const apart = r.groups[1];
    expect(apart?.tier).toBe('exact');
    const marked = apart?.snippets.map((s) =>
      s.segments
        .filter((x) => x.mark)
        .map((x) => x.text)
        .join(),
    );
    expect(marked).toEqual(expect.arrayContaining(['乡村振兴', '科技特派员']));
    expect(ids(r.nearGroups)).toContain('typo');
  });

  it('shows a report once, with its best passages, and the rest one call away, every one of them', async () => {
    const e = engine();
    const r = await e.search({ q: '高新技术企业' });
    const many = r.groups.find((g) => g.report === 'many')!;
    const shown = many.snippets.map((s) => s.paragraph);
    expect(new Set(shown).size).toBe(shown.length);
    expect(many.more).toBeGreaterThan(0);
    const more = await e.more({ q: '高新技术企业', group: many });
    const all = [...shown, ...more.map((s) => s.paragraph)].sort((a, b) => a - b);
    expect(all).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    if (many.moreExact) expect(more.length).toBe(many.more);
    else expect(more.length).toBeGreaterThanOrEqual(many.more);
    for (const s of more) expect(s.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(['高新技术企业']);
  });

  it('labels a synonym-only hit as a synonym match', async () => {
    const r = await engine().search({ q: '高新技术企业' });
    expect(r.groups.find((g) => g.report === 'synonym')?.tier).toBe('synonym');
    expect(r.groups.find((g) => g.report === 'many')?.tier).toBe('exact');
  });

  it('a quoted phrase is literal: no synonyms, no near matches, and the reader is told', async () => {
    const r = await engine().search({ q: '"高新技术企业"' });
    expect(ids(r.groups)).toEqual(['many']);
    expect(r.nearGroups).toEqual([]);
    expect(r.expansions).toEqual([]);
    expect(r.notices.join()).toContain('引号');
    const typo = await engine().search({ q: '"科技特派圆"' });
    expect(typo.groups).toEqual([]);
    expect(typo.nearGroups).toEqual([]);
  });

  it('near matches stay in their own block, never among the matches', async () => {
    const r = await engine().search({ q: '科技特派员' });
    expect(r.groups.every((g) => g.tier !== 'near')).toBe(true);
    expect(ids(r.nearGroups)).toEqual(['typo']);
    expect(r.total).toBe(2);
  });
});
