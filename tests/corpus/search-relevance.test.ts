// Relevance on the real corpus: a fixed set of queries with the reports a
// reader expects on top. Built from content/reports through the same adapter
// the site uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { buildSearchIndex } from '../../src/search/build/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine/engine.ts';
import { searchCorpusFromDataset } from '../../src/search/build/from-dataset.ts';
import { memoryLoader } from '../../src/search/engine/index-client.ts';
import type { SearchResult } from '../../src/search/engine/types.ts';
import { present } from '../helpers/present.ts';

let engine: SearchEngine;
const ds = loadDataset(REPOSITORY_DIRS);
beforeAll(() => {
  const { files } = buildSearchIndex(searchCorpusFromDataset(ds));
  engine = createSearchEngine(memoryLoader(files));
});

const ids = (r: SearchResult) => r.groups.map((g) => g.report);
const top = async (q: string, n: number) => ids(await engine.search({ q })).slice(0, n);
const marked = (r: SearchResult) =>
  r.groups.flatMap((g) => g.snippets.flatMap((s) => s.segments.filter((x) => x.mark).map((x) => x.text)));

describe('relevance on the real reports', () => {
  it('科技特派员 finds 仙居, the assistance plan and 兖州 (000), all as exact matches', async () => {
    const r = await engine.search({ q: '科技特派员' });
    expect(ids(r).slice(0, 3).sort()).toEqual([
      'unidentified-county-2024-assistance-plan',
      'xianju-2024-h1-summary-h2-plan',
      'yanzhou-2022-summary-2023-plan',
    ]);
    expect(r.groups.slice(0, 3).every((g) => g.tier === 'exact')).toBe(true);
    expect(marked(r)).toContain('科技特派员');
  });

  it('揭榜挂帅 finds 新沂 first; 长沙县 (揭榜荐才: 揭榜 alone, a third of the phrase) is not near it', async () => {
    const r = await engine.search({ q: '揭榜挂帅' });
    expect(ids(r)[0]).toBe('xinyi-2023-summary');
    expect(r.groups[0]?.tier).toBe('exact');
    expect(ids(r)).not.toContain('changsha-county-2024-plan');
    expect(r.nearGroups.map((g) => g.report)).not.toContain('changsha-county-2024-plan');
  });

  it('创新券 lists no near matches holding only 创新: the common half of the word is not most of its weight', async () => {
    const r = await engine.search({ q: '创新券' });
    expect(ids(r)).toEqual(['xianju-2024-h1-summary-h2-plan']);
    expect(r.nearGroups).toEqual([]);
  });

  it('高企 puts reports saying 高企 before those only saying 高新技术企业', async () => {
    const r = await engine.search({ q: '高企' });
    const literal = [
      'changsha-county-2024-plan',
      'xianju-2024-h1-summary-h2-plan',
      'xinyi-2023-summary',
      'yanzhou-2022-summary-2023-plan',
    ];
    expect(ids(r).slice(0, 4).sort()).toEqual(literal);
    expect(r.total).toBeGreaterThan(4);
    expect(marked(r)).toEqual(expect.arrayContaining(['高企', '高新技术企业']));
  });

  it('高企: exact results mark only whole 高企 / its synonyms, in titles too, and every snippet holds one', async () => {
    const r = await engine.search({ q: '高企' });
    const whole = new Set(r.searched);
    const exact = r.groups.filter((g) => g.tier === 'exact' || g.tier === 'synonym');
    expect(exact.length).toBeGreaterThan(4);
    // Reports saying 高企 are exact matches; those saying only 高新技术企业 (长沙县: 高企 only inside 提高企业) are synonym matches.
    const saying = ['xianju-2024-h1-summary-h2-plan', 'xinyi-2023-summary', 'yanzhou-2022-summary-2023-plan'];
    expect(
      r.groups
        .filter((g) => g.tier === 'exact')
        .map((g) => g.report)
        .sort(),
    ).toEqual(saying);
    expect(r.groups.find((g) => g.report === 'changsha-county-2024-plan')?.tier).toBe('synonym');
    for (const g of exact) {
      const marks = [...g.title, ...g.snippets.flatMap((s) => s.segments)].filter((x) => x.mark).map((x) => x.text);
      expect(
        marks.filter((m) => !whole.has(m)),
        g.report,
      ).toEqual([]);
      for (const s of g.snippets) expect(s.exact, g.report).toBe(true);
    }
    // 兖州's title 区科学技术局… holds 技术 of 高新技术企业, which is no hit.
    const yanzhou = r.groups.find((g) => g.report === 'yanzhou-2022-summary-2023-plan')!;
    expect(yanzhou.tier).toBe('exact');
    expect(yanzhou.title.filter((x) => x.mark)).toEqual([]);
    expect(r.expansions).toEqual([{ typed: '高企', also: r.searched.slice(1) }]);
  });

  it('研發投入 (traditional) finds what 研发投入 finds', async () => {
    const traditional = await engine.search({ q: '研發投入' });
    const simplified = await engine.search({ q: '研发投入' });
    expect(ids(traditional)).toEqual(ids(simplified));
    expect(traditional.notices.join()).toContain('已按简体字检索');
    expect(ids(simplified).slice(0, 6).sort()).toEqual(
      [
        'changsha-county-2024-plan',
        'liangxi-2024-plan',
        'xianju-2024-h1-summary-h2-plan',
        'xinyi-2023-summary',
        'xuecheng-2024-plan',
        'yanzhou-2022-summary-2023-plan',
      ].sort(),
    );
  });

  it('R&D finds 仙居 (R&D投入) first and 研发 elsewhere', async () => {
    const r = await engine.search({ q: 'R&D' });
    expect(ids(r)[0]).toBe('xianju-2024-h1-summary-h2-plan');
    expect(marked(r)).toEqual(expect.arrayContaining(['R&D', '研发']));
  });

  it('PCT, 2024 and place names work', async () => {
    expect(await top('PCT', 1)).toEqual(['anqing-2011-summary']);
    expect(await top('宁波', 1)).toEqual(['ningbo-2012-summary']);
    expect(await top('六盘水', 1)).toEqual(['liupanshui-2010-summary']);
    expect(await top('仙居', 1)).toEqual(['xianju-2024-h1-summary-h2-plan']);
    const r2024 = await engine.search({ q: '2024' });
    expect(r2024.facets.year.find((f) => f.value === '2024')?.count).toBeGreaterThanOrEqual(5);
  });

  it('a misspelt or reordered query still finds the reports', async () => {
    for (const q of ['科技特派圆', '特派员科技']) {
      const r = await engine.search({ q });
      expect(r.groups).toEqual([]);
      expect(
        r.nearGroups
          .map((g) => g.report)
          .slice(0, 3)
          .sort(),
      ).toEqual([
        'unidentified-county-2024-assistance-plan',
        'xianju-2024-h1-summary-h2-plan',
        'yanzhou-2022-summary-2023-plan',
      ]);
    }
  });

  it('two words both count (专利 人才), and filters narrow by theme', async () => {
    const both = await engine.search({ q: '专利 人才' });
    const first = await engine.search({ q: '专利' });
    expect(both.total).toBeLessThanOrEqual(first.total);
    expect(both.total).toBeGreaterThan(0);
    // The theme counts follow once the theme column is loaded (the first query does not wait for it).
    expect(first.themesPending).toBe(true);
    expect(first.facets.theme).toEqual([]);
    await engine.client.themes();
    const patents = await engine.search({ q: '专利' });
    expect(patents.themesPending).toBe(false);
    const theme = present(patents.facets.theme[0], 'a theme facet for 专利');
    const filtered = await engine.search({ q: '专利', filters: { theme: theme.value } });
    expect(filtered.filtered).toBe(theme.count);
  });

  it('finds the indicator a query names (fuzzy, over names and abbreviations)', async () => {
    expect((await engine.search({ q: '高新技术企亚' })).indicators.map((i) => i.zh)).toContain('高新技术企业');
    expect((await engine.search({ q: '技术合同成交额' })).indicators[0]?.zh).toBe('技术合同成交额');
  });

  it('suggests only indicators the site has a page for (高新技术产业投资 holds no figure, so no link to a missing page)', async () => {
    const withPages = new Set(ds.figures.map((f) => f.indicator));
    expect(withPages.has('high_tech_investment')).toBe(false);
    for (const q of ['高新技术企业', '高新技术产业投资', '研发投入', '技术合同']) {
      const suggested = (await engine.search({ q })).indicators.map((i) => i.id);
      expect(
        suggested.filter((id) => !withPages.has(id)),
        q,
      ).toEqual([]);
    }
  });

  it('16家 and 5人 list only reports holding that number with that unit (安庆 has 16件 and 7家)', async () => {
    for (const q of ['16家', '5人']) {
      const r = await engine.search({ q });
      expect(r.groups.length, q).toBeGreaterThan(0);
      expect(ids(r), q).not.toContain('anqing-2011-summary');
      for (const g of r.groups) {
        expect(g.tier, q).toBe('exact');
        expect(marked({ ...r, groups: [g] }), q).toContain(q);
      }
    }
  });

  it('reads OR, | and exclusions as operators', async () => {
    const either = ids(await engine.search({ q: '科普 OR 防震减灾' })).sort();
    expect(ids(await engine.search({ q: '科普 | 防震减灾' })).sort()).toEqual(either);
    const science = ids(await engine.search({ q: '科普' }));
    const quake = ids(await engine.search({ q: '防震减灾' }));
    expect(either).toEqual([...new Set([...science, ...quake])].sort());
    const without = await engine.search({ q: '科普 -地震' });
    expect(without.excluded).toBeGreaterThan(0);
    const withQuake = ids(await engine.search({ q: '科普 地震' }));
    expect(ids(without).sort()).toEqual(science.filter((id) => !withQuake.includes(id)).sort());
  });

  it('宁波 仙居: no report holds both, so each place’s report is listed as holding one of them', async () => {
    const r = await engine.search({ q: '宁波 仙居' });
    expect(r.groups).toEqual([]);
    expect(r.nearGroups.slice(0, 2).map((g) => [g.report, g.tier, g.held])).toEqual(
      expect.arrayContaining([
        ['ningbo-2012-summary', 'partial', ['宁波']],
        ['xianju-2024-h1-summary-h2-plan', 'partial', ['仙居']],
      ]),
    );
  });

  it('R&D投入 and 宁波’s RD投入 find what 研发投入 finds, each way round', async () => {
    const rd = ids(await engine.search({ q: '研发投入' })).sort();
    expect(rd).toContain('ningbo-2012-summary');
    for (const q of ['R&D投入', 'RD投入']) expect(ids(await engine.search({ q })).sort(), q).toEqual(rd);
  });

  it('研发投入占GDP reads as R&D intensity (its lexicon names: 研发投入强度, 研发强度 …)', async () => {
    const r = await engine.search({ q: '研发投入占GDP' });
    const intensity = present(
      ds.indicators.find((i) => i.id === 'rd_intensity'),
      'indicator rd_intensity',
    ).synonyms.map((w) => w.toLowerCase());
    const expansion = present(r.expansions[0], 'an expansion of 研发投入占GDP');
    expect(expansion.also.length).toBeGreaterThan(0);
    for (const word of expansion.also) expect(intensity).toContain(word);
    expect(ids(r)).toContain('yanzhou-2022-summary-2023-plan');
  });

  it('titles results by region, years and type, with the scraped title as the original', async () => {
    const r = await engine.search({ q: '防震减灾' });
    const ningbo = r.groups.find((g) => g.report === 'ningbo-2012-summary')!;
    expect(ningbo.title.map((s) => s.text).join('')).toBe('宁波市 约2012年工作总结');
    expect(ningbo.original.map((s) => s.text).join('')).toBe('市科技局工作总结');
  });

  it('高新技术企业 ranks 新沂 (among the reports with the most such figures) near the top', async () => {
    expect(ids(await engine.search({ q: '高新技术企业' })).slice(0, 2)).toContain('xinyi-2023-summary');
  });
});
