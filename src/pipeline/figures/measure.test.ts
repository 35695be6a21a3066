// Measures and series: the cases of issue 11 in the curated reports, and
// sentences the rules never saw, written (with what a careful reader would
// say each figure counts) before the rules were run on them.
import { describe, expect, it } from 'vitest';
import { reportBody } from '../../authoring/evaluation/evaluate.ts';
import { extractFigures } from './extract.ts';
import { seriesKey } from './series.ts';
import { REPOSITORY_DIRS } from '../dataset.ts';
import { loadLexicons } from '../lexicons.ts';

const lexicon = loadLexicons('data');
const byRaw = (body: string, id = 't') => {
  const figures = extractFigures(body, id, lexicon);
  return (raw: string, nth = 0) => {
    const found = figures.filter((f) => f.raw === raw)[nth];
    if (!found) throw new Error(`no figure ${raw} in «${body.slice(0, 40)}…»`);
    return found;
  };
};

describe('the cases of issue 11', () => {
  const xinyi = byRaw(reportBody('content/reports/xinyi-2023-summary.md'), 'xinyi-2023-summary');
  const ningbo = byRaw(reportBody('content/reports/ningbo-2012-summary.md'), 'ningbo-2012-summary');

  it('新沂: applied, milestone, certified, rate, stock and rank are six measures of high-tech firms', () => {
    expect(xinyi('108家')).toMatchObject({
      measure: 'applied',
      measure_basis: ['申报'],
      series: 'high_tech_enterprises|applied|-|actual|count',
    });
    expect(xinyi('100家')).toMatchObject({ measure: 'milestone' });
    expect(xinyi('86家')).toMatchObject({ measure: 'new', series: 'high_tech_enterprises|new|-|actual|count' });
    expect(xinyi('79.63%')).toMatchObject({ measure: 'rate', series: 'high_tech_enterprises|rate|-|actual|percent' });
    expect(xinyi('183家')).toMatchObject({
      measure: 'stock',
      measure_basis: ['存续期'],
      series: 'high_tech_enterprises|stock|-|actual|count',
    });
    expect(xinyi('第一')).toMatchObject({ measure: 'rank', kind: 'actual', indicator: 'high_tech_enterprises' });
  });

  it('新沂: one leader in each of 18 towns is no bureau staff, and the staff named per town are per item', () => {
    expect(xinyi('1名', 0)).toMatchObject({ indicator: null, measure: 'per_item' });
    expect(xinyi('1名', 1)).toMatchObject({ indicator: 'bureau_staff', measure: 'per_item' });
    expect(xinyi('165人')).toMatchObject({ indicator: 'bureau_staff' });
    expect(xinyi('165人').measure).not.toBe('per_item');
    expect(xinyi('36次')).toMatchObject({ indicator: 'training_events', label: '科技服务专员培训' });
  });

  it('宁波: stock, new, in the statistics and receiving relief are four series; 212 research centres are platforms', () => {
    expect(ningbo('930家')).toMatchObject({ measure: 'stock', series: 'high_tech_enterprises|stock|-|actual|count' });
    expect(ningbo('189家')).toMatchObject({ measure: 'new', series: 'high_tech_enterprises|new|-|actual|count' });
    expect(ningbo('723家')).toMatchObject({ indicator: 'high_tech_enterprises', measure: 'surveyed' });
    expect(ningbo('490多家')).toMatchObject({ indicator: 'high_tech_enterprises', measure: 'benefit' });
    expect(ningbo('212家')).toMatchObject({ indicator: 'research_platforms', measure: 'stock', scope: 'provincial' });
  });

  it('labels are never a fragment of a phrase', () => {
    const yanzhou = extractFigures(reportBody('content/reports/yanzhou-2022-summary-2023-plan.md'), 'y', lexicon);
    const unidentified = extractFigures(
      reportBody('content/reports/unidentified-county-2024-assistance-plan.md'),
      'u',
      lexicon,
    );
    for (const f of [...yanzhou, ...unidentified]) {
      expect(f.label).not.toMatch(/^占|的$|^[^（(]*[）)]/);
    }
    expect(unidentified.find((f) => f.raw === '1名')).toMatchObject({
      label: '科技特派员',
      indicator: 'tech_commissioners',
    });
  });

  it('两批 counts batches, so it counts no platforms', () => {
    const y = byRaw(reportBody('content/reports/yanzhou-2022-summary-2023-plan.md'));
    expect(y('两批')).toMatchObject({ measure: 'batches', indicator: null, series: null });
  });
});

// Written for this test, none from the corpus: [sentence, figure, measure, indicator or undefined (not checked)].
const UNSEEN: [string, string, string, string | null | undefined][] = [
  ['截至年底，全区有效高新技术企业达到412家，当年新认定96家。', '412家', 'stock', 'high_tech_enterprises'],
  ['截至年底，全区有效高新技术企业达到412家，当年新认定96家。', '96家', 'new', 'high_tech_enterprises'],
  ['今年共有58家企业提交高企认定申请，其中通过认定41家，认定通过率70.7%。', '58家', 'applied', undefined],
  ['今年共有58家企业提交高企认定申请，其中通过认定41家，认定通过率70.7%。', '41家', 'new', undefined],
  ['今年共有58家企业提交高企认定申请，其中通过认定41家，认定通过率70.7%。', '70.7%', 'rate', undefined],
  ['全市累计培育省级科技型中小企业1260家，较上年净增210家。', '1260家', 'stock', 'tech_smes'],
  ['全市累计培育省级科技型中小企业1260家，较上年净增210家。', '210家', 'new', 'tech_smes'],
  ['规上工业企业研发经费支出占营业收入比重达2.1%，全省排名第5位。', '2.1%', 'share', 'rd_revenue_ratio'],
  ['规上工业企业研发经费支出占营业收入比重达2.1%，全省排名第5位。', '第5位', 'rank', undefined],
  ['技术合同成交额完成18.6亿元，完成年度目标的124%。', '124%', 'rate', undefined],
  ['新增省级以上研发机构23家，总数达到156家。', '23家', 'new', 'research_platforms'],
  ['新增省级以上研发机构23家，总数达到156家。', '156家', 'stock', 'research_platforms'],
  ['兑现各类科技奖补资金3200万元，惠及企业186家。', '186家', 'benefit', undefined],
  ['入库培育的后备高企达到320家。', '320家', 'pool', 'high_tech_enterprises'],
  ['共有25家高企通过复审。', '25家', 'reexamined', 'high_tech_enterprises'],
  ['每个园区至少配备2名专职科技特派员。', '2名', 'per_item', 'tech_commissioners'],
  ['高新技术产业增加值占规上工业增加值比重为48.3%，提高1.2个百分点。', '48.3%', 'share', 'high_tech_output'],
  ['高新技术产业增加值占规上工业增加值比重为48.3%，提高1.2个百分点。', '1.2个百分点', 'growth', undefined],
  ['培育库内企业达到87家，其中今年新入库31家。', '87家', 'pool', undefined],
  ['培育库内企业达到87家，其中今年新入库31家。', '31家', 'pool', undefined],
  ['全县高企数量首次突破500家大关。', '500家', 'milestone', 'high_tech_enterprises'],
  ['全市高企数量位列全省第3。', '第3', 'rank', 'high_tech_enterprises'],
  ['科技成果转化率提升至65%。', '65%', 'rate', undefined],
  ['规模以上工业企业研发机构覆盖率达到85%。', '85%', 'rate', undefined],
  ['全年举办科技培训班42期，培训农技人员3100人次。', '42期', 'count', 'training_events'],
  ['研发投入强度达到2.8%。', '2.8%', 'share', 'rd_intensity'],
];

describe('every figure of the corpus', () => {
  it('has a measure, and a series exactly when it has an indicator', async () => {
    const { loadDataset } = await import('../dataset.ts');
    const ds = loadDataset(REPOSITORY_DIRS);
    for (const f of ds.figures) {
      expect(ds.measures.map((m) => m.id)).toContain(f.measure);
      expect(f.series).toBe(f.indicator ? seriesKey(f, ds) : null);
    }
  });
});

describe('measures of sentences the rules never saw', () => {
  it.each(UNSEEN)('%s → %s is %s', (sentence, raw, measure, indicator) => {
    const f = byRaw(sentence)(raw);
    expect(f.measure).toBe(measure);
    if (indicator !== undefined) expect(f.indicator).toBe(indicator);
  });

  it('scopes: a level must qualify the figure’s own words; a region-wide word does not split a series', () => {
    const f = byRaw('新增省级以上研发机构23家，总数达到156家。');
    expect(f('23家').scope).toBe('provincial');
    const g = byRaw('全市规模以上工业企业研发机构覆盖率达到85%，国家高企412家。');
    expect(g('85%').scope).toBe('above_scale');
    // 国家 inside the indicator's own name (国家高企) is no scope.
    expect(g('412家').scope).toBe(null);
    const h = byRaw('全区有效高新技术企业412家。')('412家');
    expect(h.scope).toBe('region_wide');
    expect(h.series).toBe('high_tech_enterprises|stock|-|actual|count');
  });

  it('files a figure under what it counts, not under the subject of its sentence', () => {
    expect(byRaw('全区高新技术企业共建成省级企业技术中心15家。')('15家')).toMatchObject({
      indicator: 'research_platforms',
      scope: 'provincial',
    });
    expect(byRaw('全市科技型中小企业的研发投入达12.3亿元。')('12.3亿元').indicator).toBe('rd_spending');
    expect(byRaw('高企研发中心新增8家。')('8家')).toMatchObject({ indicator: 'research_platforms', measure: 'new' });
    const towns = byRaw('全县18个乡镇各确定1名科技联络员。');
    expect(towns('18个').label).toBe('乡镇');
    expect(towns('1名').measure).toBe('per_item');
    const batches = byRaw('分两批组织企业申报高企，共申报52家。');
    expect(batches('两批')).toMatchObject({ measure: 'batches', indicator: null });
    expect(batches('52家')).toMatchObject({ indicator: 'high_tech_enterprises', measure: 'applied' });
  });

  it('a rate is never in the series of a count of the same indicator', () => {
    const f = byRaw('今年共有58家企业提交高企认定申请，其中通过认定41家，认定通过率70.7%。');
    expect(seriesKey(f('41家'), lexicon)).not.toBe(seriesKey(f('70.7%'), lexicon));
  });
});
