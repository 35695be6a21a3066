import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { createSearchEngine } from './engine.ts';
import { memoryLoader } from './index-client.ts';
import type { SearchCorpus, SearchReport } from './types.ts';

function report(
  id: string,
  province: string,
  year: number,
  texts: string[],
  extra: Partial<SearchReport> = {},
): SearchReport {
  return {
    id,
    title: `${id}科技局工作总结`,
    region: province,
    province,
    level: 'county',
    year,
    doc_type: 'summary',
    themes: ['rural'],
    paragraphs: texts.map((text, n) => ({ n, text, themes: [] })),
    ...extra,
  };
}

const filler = (i: number) => `第${i}段：推进园区建设，优化营商环境，完善公共服务体系。`;

const corpus: SearchCorpus = {
  themes: [
    { id: 'rural', zh: '农业与乡村' },
    { id: 'ip', zh: '知识产权' },
  ],
  indicators: [{ id: 'hte', zh: '高新技术企业', synonyms: ['高企'], page: true }],
  reports: [
    report('exact', '浙江省', 2024, [filler(1), '深入实施农业科技特派员制度，选派9名科技特派员。', filler(2)]),
    report('scattered', '浙江省', 2023, [filler(3), '选派特派员到乡镇开展科技服务。', filler(4)]),
    report('typo', '江苏省', 2022, ['组织科技特派团开展服务。', filler(5)]),
    report('other', '江苏省', 2021, ['申报专利120件，其中发明专利39件。', '全区新增国家高新技术企业12家。'], {
      themes: ['ip'],
    }),
    report('xianju', '浙江省', 2024, ['今年以来工作扎实推进。'], {
      title: '仙居县科技局2024年上半年工作总结',
      region: '浙江省台州市仙居县',
      region_code: '331024',
      region_name: '仙居县',
    }),
    report('mention', '安徽省', 2020, ['学习仙居经验，研发投入持续增长。', '研发投入占比提高。']),
    ...Array.from({ length: 25 }, (_, i) =>
      report(`bulk${i}`, i % 2 ? '湖南省' : '贵州省', 2010 + (i % 5), [`孵化器建设第${i}项。`, filler(i)]),
    ),
  ],
};

const built = buildSearchIndex(corpus, { partChars: 40, termsPerShard: 4 });

function engine() {
  const loaded: string[] = [];
  const load = memoryLoader(built.files);
  const e = createSearchEngine(async (p, range) => {
    loaded.push(p);
    return load(p, range);
  });
  return { e, loaded };
}

const ids = (r: { groups: { report: string }[] }) => r.groups.map((g) => g.report);

describe('search engine', () => {
  it('lists the exact phrase as the match, and words apart only in the near block', async () => {
    const r = await engine().e.search({ q: '科技特派员' });
    expect(ids(r)).toEqual(['exact']);
    expect(r.groups[0]?.tier).toBe('exact');
    expect(r.nearGroups.map((g) => g.report)).toContain('scattered');
    expect(r.nearGroups.every((g) => g.tier === 'near')).toBe(true);
    expect(r.total).toBe(1);
  });

  it('marks the phrase in the snippet, and the snippet text is the sentence', async () => {
    const r = await engine().e.search({ q: '科技特派员' });
    const s = r.groups[0]?.snippets[0];
    expect(s?.segments.map((x) => x.text).join('')).toBe('深入实施农业科技特派员制度，选派9名科技特派员。');
    expect(s?.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(['科技特派员', '科技特派员']);
    expect(s?.paragraph).toBe(1);
    expect(s?.exact).toBe(true);
  });

  it('finds near matches for a misspelt query', async () => {
    const r = await engine().e.search({ q: '科技特派圆' });
    expect(r.total).toBe(0);
    expect(r.groups).toEqual([]);
    expect(r.nearGroups.map((g) => g.report)).toEqual(expect.arrayContaining(['exact', 'typo']));
    expect(r.nearGroups.every((g) => g.tier === 'near')).toBe(true);
    expect(r.nearGroups[0]?.snippets[0]?.segments.some((x) => x.mark && x.text.startsWith('科技特派'))).toBe(true);
  });

  it('puts the report whose title or region matches first', async () => {
    const r = await engine().e.search({ q: '仙居' });
    expect(ids(r)).toEqual(['xianju', 'mention']);
    expect(r.groups[0]?.title.some((s) => s.mark && s.text === '仙居')).toBe(true);
  });

  it('finds simplified text for a traditional query, and says so', async () => {
    const r = await engine().e.search({ q: '研發投入' });
    expect(r.notices.join()).toContain('已按简体字检索');
    expect(ids(r)).toEqual(['mention']);
    expect(r.groups[0]?.snippets.some((s) => s.segments.some((x) => x.mark && x.text === '研发投入'))).toBe(true);
  });

  it('searches synonyms from the lexicon (高企 finds 高新技术企业)', async () => {
    const r = await engine().e.search({ q: '高企' });
    expect(ids(r)).toEqual(['other']);
    expect(r.searched).toContain('高新技术企业');
  });

  it('matches Latin and digit tokens whole', async () => {
    expect(ids(await engine().e.search({ q: '120' }))).toEqual(['other']);
    expect(ids(await engine().e.search({ q: '39' }))).toEqual(['other']);
    expect(ids(await engine().e.search({ q: '12' }))).toEqual(['other', 'bulk12']);
    expect((await engine().e.search({ q: '1200' })).groups).toEqual([]);
  });

  it('filters by province and year, counting each choice under the other filters', async () => {
    const { e } = engine();
    const all = await e.search({ q: '孵化器' });
    expect(all.total).toBe(25);
    const provinces = Object.fromEntries(all.facets.province.map((f) => [f.value, f.count]));
    expect(provinces).toEqual({ 湖南省: 12, 贵州省: 13 });
    const hunan = await e.search({ q: '孵化器', filters: { province: '湖南省' } });
    expect(hunan.filtered).toBe(12);
    // Province counts ignore the province filter itself; years count within Hunan only.
    expect(hunan.facets.province.find((f) => f.value === '贵州省')!.count).toBe(13);
    expect(hunan.facets.year.reduce((s, f) => s + f.count, 0)).toBe(12);
    const none = await e.search({ q: '孵化器', filters: { province: '湖南省', year: '2030' } });
    expect(none.filtered).toBe(0);
    expect(none.facets.year.find((f) => f.value === '2030')!.count).toBe(0);
  });

  it('filters by theme and document type', async () => {
    const { e } = engine();
    const r = await e.search({ q: '专利', filters: { theme: 'ip' } });
    expect(ids(r)).toEqual(['other']);
    expect((await e.search({ q: '专利', filters: { theme: 'rural' } })).groups).toEqual([]);
    expect((await e.search({ q: '专利', filters: { type: 'plan' } })).filtered).toBe(0);
  });

  it('pages through results without repeats', async () => {
    const { e } = engine();
    const pages = await Promise.all([1, 2, 3].map((page) => e.search({ q: '孵化器', page })));
    expect(pages.map((p) => p.groups.length)).toEqual([10, 10, 5]);
    expect(new Set(pages.flatMap(ids)).size).toBe(25);
    expect(pages.map((p) => p.pageCount)).toEqual([3, 3, 3]);
    expect((await e.search({ q: '孵化器', page: 99 })).page).toBe(3);
  });

  it('downloads only what the query needs', async () => {
    const { e, loaded } = engine();
    await e.search({ q: '揭榜挂帅' });
    const shards = loaded.filter((p) => p.startsWith('s/'));
    expect(shards.length).toBeLessThanOrEqual(3);
    expect(shards.length).toBeLessThan(built.manifest.shards / 4);
    expect(loaded.filter((p) => p.startsWith('p/'))).toEqual([]);
  });

  it('handles empty and unsearchable queries without fetching or throwing', async () => {
    const { e, loaded } = engine();
    expect((await e.search({ q: '' })).groups).toEqual([]);
    expect(loaded).toEqual([]);
    for (const q of ['🙂', '，。', '<b>&amp;</b>'.replace(/[a-z]/g, '')]) {
      const r = await e.search({ q });
      expect(r.groups).toEqual([]);
      expect(r.notices.join()).toContain('没有可检索');
    }
  });

  it('suggests regions and titles by fuzzy match, even with a character off', async () => {
    const { e } = engine();
    expect((await e.search({ q: '仙居县' })).entities).toContainEqual({
      kind: 'region',
      key: '331024',
      name: '仙居县',
    });
    expect((await e.search({ q: '仙据县' })).entities).toContainEqual({
      kind: 'region',
      key: '331024',
      name: '仙居县',
    });
    expect((await e.search({ q: '仙居科技局2024年上半年工作总结' })).entities.map((x) => x.key)).toContain('xianju');
    expect((await e.search({ q: '专利' })).entities).toEqual([]);
  });

  it('answers a single-character query, with a hint', async () => {
    const r = await engine().e.search({ q: '仙' });
    expect(ids(r)).toEqual(['xianju', 'mention']);
    expect(r.notices.join()).toContain('单字');
  });
});
