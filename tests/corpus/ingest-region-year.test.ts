// Region resolution and year detection on small texts.
import { describe, expect, it } from 'vitest';
import { issuerLevel, resolveRegion } from '../../src/authoring/ingest/region.ts';
import { detectYears } from '../../src/authoring/ingest/year.ts';
import { classifyDocument } from '../../src/authoring/ingest/classify.ts';
import { makeId, uniqueIds } from '../../src/authoring/ingest/slug.ts';
import { regionByCode } from '../../src/authoring/ingest/gb2260.ts';
import { regionRows } from '../../src/authoring/ingest/regions-table.ts';
import { englishName } from '../../src/words/place-names.ts';

describe('resolveRegion: stated place names to GB/T 2260 codes', () => {
  it.each([
    ['新沂市科技局：不断强化科技精准赋能', '全市科技系统', '320381', 'city', '徐州市'],
    [
      '仙居县科技局2024年上半年工作总结和下半年工作计划',
      '今年以来，仙居县科技局认真贯彻',
      '331024',
      'county',
      '台州市',
    ],
    ['市科技局工作总结', '出台了六盘水市科技局关于贯彻落实工业强市战略的实施意见', '520200', 'city', undefined],
  ])('%s → %s', (title, text, code, level, city) => {
    const r = resolveRegion(title, text);
    expect(r.basis).toBe('stated');
    expect(r.region?.code).toBe(code);
    expect(r.region?.level).toBe(level);
    expect(r.region?.city).toBe(city);
    expect(r.evidence.join(' ')).toMatch(/names/);
  });

  it('takes a place named again and again at the issuer level when no bureau is named', () => {
    const text = '宁波市天使投资引导基金。宁波市首支天使投资基金。宁波市软件产业园。杭州银行。';
    const r = resolveRegion('市科技局工作总结', text);
    expect(r.region?.code).toBe('330200');
    expect(r.evidence[0]).toMatch(/"宁波市" 3 times/);
  });

  it('leaves the region unknown, with a warning, when the text does not state it', () => {
    const r = resolveRegion(
      '区科技局2024年度工作计划',
      '全力聚焦高新技术企业培育、枣庄英才等重点人才工程，协助XX科技城建设',
    );
    expect(r.region).toBeNull();
    expect(r.basis).toBe('unknown');
    expect(r.warnings[0]).toMatch(/region not stated/);
    expect(r.warnings[0]).toContain('枣庄');
  });

  it('does not pick a name two regions share unless the text names its province or city', () => {
    const bare = resolveRegion('区科技局工作总结', '江北区科技局全年新增高企。');
    expect(bare.region).toBeNull();
    expect(bare.warnings.join(' ')).toMatch(/ambiguous/);
    const withCity = resolveRegion('区科技局工作总结', '宁波市江北区科技局全年新增高企。');
    expect(withCity.region?.code).toBe('330205');
  });

  it('reads the issuer level from the title', () => {
    expect(issuerLevel('区科学技术局2022年度工作总结')).toBe('district');
    expect(issuerLevel('县科技局2024年工作计划')).toBe('county');
    expect(issuerLevel('市科技局工作总结')).toBe('city');
    expect(issuerLevel('工作总结')).toBeNull();
  });
});

describe('detectYears', () => {
  it('takes the years from the title, summary year first', () => {
    const y = detectYears('2022区科学技术局年度工作总结及2023年工作计划', '今年以来，各项工作有序开展。');
    expect(y).toMatchObject({ year: 2022, years: [2022, 2023], reliable: true, from: 'title' });
    expect(y.warnings).toEqual([]);
  });

  it('warns on a bare "20年" and marks the year unreliable', () => {
    const y = detectYears('市科技局工作总结', '20年，我局在市委的领导下。2020年共组织申报项目50余项。');
    expect(y.reliable).toBe(false);
    expect(y.year).toBe(2020);
    expect(y.warnings.join(' ')).toMatch(/"20年" ×1/);
  });

  it('warns on a same-year range like 2020年-2020年', () => {
    const y = detectYears('市科技局工作总结', '战略六大支柱产业振兴实施方案（2020年-2020年）');
    expect(y.reliable).toBe(false);
    expect(y.warnings.join(' ')).toMatch(/same-year ranges/);
  });

  it('does not mistake masked or real years for rewritten ones', () => {
    expect(detectYears('县科技局2024年工作计划', '（2023-2025年）**20年度目标，2021-2023年市派特派员').reliable).toBe(
      true,
    );
  });

  it('says so when there is no year at all', () => {
    const y = detectYears('工作总结', '各项工作有序开展。');
    expect(y.year).toBeNull();
    expect(y.warnings.join(' ')).toMatch(/no year found/);
  });
});

describe('classifyDocument and ids', () => {
  it('reads type and period from the title', () => {
    expect(classifyDocument('仙居县科技局2024年上半年工作总结和下半年工作计划', '')).toMatchObject({
      docType: 'summary+plan',
      period: 'H1+H2',
    });
    expect(classifyDocument('市科技局2024年度行政执法监督工作计划', '')).toMatchObject({
      docType: 'supervision-plan',
      period: 'year',
    });
    expect(classifyDocument('县科技局2024年度帮扶工作计划', '')).toMatchObject({ docType: 'assistance-plan' });
    // "八帮扶" in a news headline is not an assistance plan.
    const news = classifyDocument('新沂市科技局：开展“八帮扶”活动', '已组织培训36次，累计引进人才180余名，获批32项。');
    expect(news.docType).toBe('summary');
    expect(news.warnings[0]).toMatch(/not in the title/);
  });

  it('makes stable ASCII ids from pinyin, year and type, unique within a run', () => {
    const xianju = regionByCode('331024') ?? null;
    expect(makeId(xianju, 'county', 'summary+plan', 'H1+H2', [2024], '')).toBe('xianju-2024-h1-summary-h2-plan');
    expect(makeId(regionByCode('430121') ?? null, 'county', 'plan', 'year', [2024], '')).toBe(
      'changsha-county-2024-plan',
    );
    expect(makeId(null, 'county', 'assistance-plan', 'year', [2024], '')).toBe(
      'unidentified-county-2024-assistance-plan',
    );
    expect(makeId(null, 'city', 'supervision-plan', 'year', [2024], '市科技局2024年度行政执法监督工作计划')).toBe(
      'unidentified-city-2024-law-enforcement-plan',
    );
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});

describe('regions table', () => {
  it('names regions in English from pinyin', () => {
    expect(englishName('新沂市')).toBe('Xinyi City');
    expect(englishName('仙居县')).toBe('Xianju County');
    expect(englishName('兖州区')).toBe('Yanzhou District');
    expect(englishName('山东省')).toBe('Shandong Province');
  });

  it('adds the province and city above each region, once each', () => {
    const rows = regionRows(['320381', '320213', '320500']);
    expect(rows.map((r) => r.code)).toEqual(['320000', '320200', '320213', '320300', '320381', '320500']);
    expect(rows.find((r) => r.code === '320381')).toMatchObject({
      name_zh: '新沂市',
      level: 'city',
      province: '江苏省',
      city: '徐州市',
    });
    expect(() => regionRows(['999999'])).toThrow(/999999/);
  });
});
