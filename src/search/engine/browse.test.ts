import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { browseReports, reportHead } from './browse.ts';
import { createReportFinder } from './find-reports.ts';
import { IndexClient, memoryLoader } from './index-client.ts';
import type { SearchCorpus, SearchReport } from './types.ts';

function report(id: string, province: string, year: number, extra: Partial<SearchReport> = {}): SearchReport {
  return {
    id,
    title: `${id}科技局工作总结`,
    region: province,
    province,
    level: 'county',
    year,
    doc_type: 'summary',
    themes: [],
    paragraphs: [{ n: 0, text: '推进园区建设，优化营商环境。', themes: [] }],
    ...extra,
  };
}

const corpus: SearchCorpus = {
  themes: [],
  indicators: [],
  reports: [
    report('a-2020', '浙江省', 2020),
    report('b-2024', '江苏省', 2024, { level: 'city', doc_type: 'plan' }),
    report('c-2022', '浙江省', 2022, { years: [2021, 2022] }),
    report('d-2024', '浙江省', 2024, { year_reliable: false }),
    report('xianju-2024', '浙江省', 2024, {
      title: '仙居县科技局2024年上半年工作总结',
      region: '浙江省台州市仙居县',
      region_code: '331024',
      region_name: '仙居县',
      names: ['Xianju County', 'xianju', 'xian ju'],
      places: ['仙居县', '仙居', '台州市', '台州', 'Xianju County', 'xianju', 'xian ju'],
      paragraphs: [{ n: 0, text: '选派科技特派员42名，服务农户。', themes: [] }],
    }),
    report('ningbo-2012', '江苏省', 2012, {
      title: '市科技局工作总结',
      region: '江苏省宁波市',
      region_code: '330200',
      region_name: '宁波市',
      names: ['Ningbo City', 'ningbo', 'ning bo'],
      places: ['宁波市', '宁波', 'Ningbo City', 'ningbo', 'ning bo'],
      paragraphs: [{ n: 0, text: '天使投资引导基金正式设立。', themes: [] }],
    }),
    ...Array.from({ length: 44 }, (_, i) => report(`bulk-${String(i).padStart(2, '0')}`, '湖南省', 2000 + (i % 9))),
  ],
};

function client(): { client: IndexClient; loaded: string[] } {
  const built = buildSearchIndex(corpus, { partChars: 40 });
  const loaded: string[] = [];
  const load = memoryLoader(built.files);
  return {
    loaded,
    client: new IndexClient((path, range) => {
      loaded.push(path);
      return load(path, range);
    }),
  };
}

describe('browseReports', () => {
  it('lists every report newest first, a page at a time, with its head', async () => {
    const { client: c } = client();
    const first = await browseReports(c, { pageSize: 20 });
    expect(first.all).toBe(50);
    expect(first.total).toBe(50);
    expect(first.pageCount).toBe(3);
    expect(first.reports).toHaveLength(20);
    const years = first.reports.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(first.reports.slice(0, 2).map((r) => r.id)).toEqual(expect.arrayContaining(['b-2024', 'd-2024']));
    const last = await browseReports(c, { pageSize: 20, page: 3 });
    expect(last.reports).toHaveLength(10);
    const ids = new Set(
      [first, await browseReports(c, { pageSize: 20, page: 2 }), last].flatMap((p) => p.reports.map((r) => r.id)),
    );
    expect(ids.size).toBe(50);
  });

  it('keeps what the list row needs: years, an estimated year, the level', async () => {
    const { client: c } = client();
    const page = await browseReports(c, { filters: { province: '浙江省' } });
    expect(page.total).toBe(4);
    expect(page.reports.map((r) => r.id)).toEqual(['d-2024', 'xianju-2024', 'c-2022', 'a-2020']);
    expect(page.reports[0]?.year_reliable).toBe(false);
    expect(page.reports[2]?.years).toEqual([2021, 2022]);
    expect(page.reports[0]?.level).toBe('county');
    const city = await browseReports(c, { filters: { level: 'city' } });
    expect(city.reports.map((r) => [r.id, r.level, r.doc_type])).toEqual([['b-2024', 'city', 'plan']]);
  });

  it('finds a report covering two years under each of them, and counts it under each', async () => {
    const { client: c } = client();
    for (const year of ['2021', '2022']) {
      const page = await browseReports(c, { filters: { year, province: '浙江省' } });
      expect(
        page.reports.map((r) => r.id),
        year,
      ).toEqual(['c-2022']);
    }
    const zj = await browseReports(c, { filters: { province: '浙江省' } });
    expect(zj.facets.year.find((f) => f.value === '2021')?.count).toBe(1);
    expect(zj.facets.year.find((f) => f.value === '2022')?.count).toBe(1);
    // Sorted by its own year, not its last.
    expect(zj.reports.map((r) => r.id)).toEqual(['d-2024', 'xianju-2024', 'c-2022', 'a-2020']);
  });

  it('combines filters and counts each choice under the others', async () => {
    const { client: c } = client();
    const page = await browseReports(c, { filters: { year: '2024', province: '浙江省' } });
    expect(page.reports.map((r) => r.id)).toEqual(['d-2024', 'xianju-2024']);
    expect(page.facets.province.find((f) => f.value === '江苏省')?.count).toBe(1);
    expect(page.facets.year.find((f) => f.value === '2020')?.count).toBe(1);
    expect((await browseReports(c, { filters: { province: '火星' } })).total).toBe(0);
  });

  it('a page out of range shows the last page; a page loads only its own reports’ title lines', async () => {
    const { client: c, loaded } = client();
    const page = await browseReports(c, { pageSize: 5, page: 99 });
    expect(page.page).toBe(page.pageCount);
    // manifest, facets, and per shown report at most a pack index and a pack range.
    expect(loaded.filter((p) => p.startsWith('p/')).length).toBeLessThanOrEqual(2 * page.reports.length);
    expect(loaded.some((p) => p.startsWith('s/') || p.startsWith('l/'))).toBe(false);
  });

  it('reportHead reads one report by its number', async () => {
    const { client: c } = client();
    const first = await browseReports(c, { pageSize: 1 });
    const [head] = first.reports;
    if (!head) throw new Error('browsing listed no report');
    expect(await reportHead(c, head.index)).toEqual(head);
  });
});

describe('createReportFinder', () => {
  const finder = () => createReportFinder(memoryLoader(buildSearchIndex(corpus, { partChars: 40 }).files), 10);

  it('without words, lists by filters newest first, a page at a time', async () => {
    const f = finder();
    const all = await f.find({});
    expect(all).toMatchObject({ matching: 50, all: 50, page: 1, pageCount: 5, near: false });
    expect(all.reports).toHaveLength(10);
    const zj = await f.find({ q: '  ', filters: { province: '浙江省' } });
    expect(zj.reports.map((r) => r.id)).toEqual(['d-2024', 'xianju-2024', 'c-2022', 'a-2020']);
  });

  it('finds a report by its place, its title or its words, with the head a row needs', async () => {
    const f = finder();
    for (const q of ['仙居', '上半年工作总结', '科技特派员']) {
      const found = await f.find({ q });
      expect(found.near).toBe(false);
      expect(found.reports[0]).toMatchObject({
        id: 'xianju-2024',
        region: '浙江省台州市仙居县',
        title: '仙居县科技局2024年上半年工作总结',
        level: 'county',
        year: 2024,
      });
    }
    expect((await f.find({ q: '仙居', filters: { year: '2020' } })).matching).toBe(0);
  });

  it('reads several place names as any of them, in Chinese or pinyin, and keeps other words required', async () => {
    const f = finder();
    for (const q of ['宁波 仙居', 'ningbo xianju', '仙居 ningbo']) {
      const found = await f.find({ q });
      expect(found.near, q).toBe(false);
      expect(found.reports.map((r) => r.id).sort(), q).toEqual(['ningbo-2012', 'xianju-2024']);
    }
    // The row keeps the scraped title (原标题), not the derived one.
    expect((await f.find({ q: '宁波 仙居' })).reports.find((r) => r.id === 'ningbo-2012')?.title).toBe(
      '市科技局工作总结',
    );
    expect((await f.find({ q: '宁波 仙居 科技特派员' })).reports.map((r) => r.id)).toEqual(['xianju-2024']);
    // One place is just a word: no report holds both, so those holding either come as the nearest.
    const one = await f.find({ q: '宁波 科技特派员' });
    expect(one.near).toBe(true);
    expect(one.reports.map((r) => r.id).sort()).toEqual(['ningbo-2012', 'xianju-2024']);
  });

  it('says when only near reports answer the words', async () => {
    const found = await finder().find({ q: '科技特派圆' });
    expect(found.near).toBe(true);
    expect(found.reports.map((r) => r.id)).toContain('xianju-2024');
    expect(found.pageCount).toBe(1);
  });
});
