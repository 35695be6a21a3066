import { assembleDataset } from '../pipeline/dataset.ts';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fixtureDataset } from './fixtures.ts';
import { chartById, chartsForDataset } from './registry.ts';
import { renderSvg } from './render.ts';
import { provinceMapChart } from './home-map.ts';
import { timelineChart, timelineDotsChart } from './home-timeline.ts';
import { themeHeatmapChart } from './home-heatmap.ts';
import { reportFiguresChart } from './report-figures.ts';
import { reportTargetsChart } from './report-targets.ts';
import { reportThemesChart } from './report-themes.ts';
import { regionFiguresChart } from './region-figures.ts';
import { indicatorDotsChart } from './indicator-dots.ts';
import { themeReportsChart } from './theme-reports.ts';
import { KIND_STYLE } from './palette.ts';
import type { Dataset } from '../pipeline/types.ts';

const ds = fixtureDataset();
const report = (id: string) => ds.reports.find((r) => r.meta.id === id)!;

function marks(svg: string): Element[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('[data-tip]')] as unknown as Element[];
}
const isRedacted = (m: Element) => m.closest('.atlas-redacted') !== null;

describe('registry', () => {
  const charts = chartsForDataset(ds);

  it('names every chart by what it shows, stably', () => {
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(chartsForDataset(fixtureDataset()).map((c) => c.id)).toEqual(ids);
    const patterns = [
      /^home-(province-map|timeline|theme-heatmap)$/,
      /^report-[a-z0-9-]+-(figures|themes|targets)$/,
      /^region-\d{6}-figures$/,
      /^indicator-[a-z0-9_]+-dots$/,
      /^indicator-[a-z0-9_]+-[a-z0-9-]+-dots$/,
      /^theme-[a-z]+-reports$/,
    ];
    for (const id of ids)
      expect(
        patterns.some((p) => p.test(id)),
        id,
      ).toBe(true);
    expect(ids).toContain('report-yanzhou-2022-summary-2023-plan-targets');
    expect(ids).not.toContain('report-xinyi-2023-summary-targets');
    expect(ids).toContain('region-320381-figures');
    expect(ids).toContain('indicator-high_tech_enterprises-dots');
    expect(ids).toContain('theme-rural-reports');
    // A report without figures has no figures chart.
    expect(ids).not.toContain('report-unidentified-county-2024-assistance-plan-figures');
  });

  it('looks charts up by id', () => {
    expect(chartById(ds, 'home-timeline')?.kind).toBe('dot-timeline');
    expect(chartById(ds, 'report-nope-figures')).toBeUndefined();
  });

  it('gives every chart a title, subtitle, source and alt text in both languages, and a page', () => {
    for (const c of charts) {
      for (const field of [c.title, c.subtitle, c.source, c.alt]) {
        expect(field.zh.trim().length, c.id).toBeGreaterThan(3);
        expect(field.en.trim().length, c.id).toBeGreaterThan(3);
      }
      // A page of a section (/reports/<id>/), or a series view (/indicators/<id>/<series>/).
      expect(c.page).toMatch(/^\/([a-z]+\/[^/]+\/([a-z0-9-]+\/)?)?$/);
    }
  });

  it('shows in the data table only columns its rows carry', () => {
    for (const c of charts) {
      expect(c.rows.length, c.id).toBeGreaterThan(0);
      for (const col of c.columns)
        expect(
          c.rows.every((r) => col.key in r),
          `${c.id}.${col.key}`,
        ).toBe(true);
    }
  });
});

describe('home-province-map', () => {
  const def = provinceMapChart(ds);
  const byCode = new Map(def.rows.map((r) => [r.code, r]));

  it('counts reports per province and leaves the unidentified one off the map', () => {
    expect(byCode.get('320000')?.reports).toBe(2);
    expect(byCode.get('370000')?.reports).toBe(1);
    expect(byCode.get('520000')?.reports).toBe(1);
    expect(byCode.get('110000')?.reports).toBe(0);
    expect(def.rows.reduce((s, r) => s + (r.reports ?? 0), 0)).toBe(ds.reports.length - 1);
    expect(def.subtitle.zh).toContain('1份报告地区不明');
  });

  it('draws Hong Kong, Macao and Taiwan as neutral tiles without a count', () => {
    for (const code of ['810000', '820000', '710000']) expect(byCode.get(code)?.reports).toBeNull();
    const tips = marks(renderSvg(def, { lang: 'zh', width: 400 })).map((m) => m.getAttribute('data-tip'));
    expect(tips).toContain('香港特别行政区：不在收录范围');
    expect(tips).toContain('江苏省：2 份报告（新沂市 2023、新沂市 2024）');
  });

  it('colours tiles darker for more reports', () => {
    expect(byCode.get('320000')!.step).toBeGreaterThan(byCode.get('370000')!.step);
    expect(byCode.get('370000')!.step).toBeGreaterThan(byCode.get('110000')!.step);
  });
});

describe('home-timeline', () => {
  const def = timelineDotsChart(ds);
  it('draws a dot per report while the corpus is small', () => {
    expect(timelineChart(ds).kind).toBe('dot-timeline');
  });
  it('stacks reports of one year and marks inferred years', () => {
    const y2024 = def.rows
      .filter((r) => r.year === 2024)
      .map((r) => r.stack)
      .sort();
    expect(y2024).toEqual([1, 2]);
    expect(def.rows.find((r) => r.report === 'liupanshui-2010-summary')?.year_reliable).toBe(false);
    expect(def.legend?.some((l) => l.hollow)).toBe(true);
  });
  it('distinguishes doc types by shape as well as colour', () => {
    const svg = renderSvg(def, { lang: 'zh', width: 600 });
    const plan = marks(svg).find((m) => m.getAttribute('data-tip')?.includes('工作计划'))!;
    const summary = marks(svg).find((m) => m.getAttribute('data-tip')?.includes('工作总结'))!;
    expect(plan.getAttribute('d')).not.toBe(summary.getAttribute('d'));
    expect(plan.getAttribute('class')).not.toBe(summary.getAttribute('class'));
  });
});

describe('home-theme-heatmap', () => {
  it('has one cell per report and theme, holding ReportTheme.share', () => {
    const def = themeHeatmapChart(ds);
    expect(def.rows).toHaveLength(ds.reports.length * ds.themes.length);
    expect(def.rows.find((r) => r.report === 'xinyi-2023-summary' && r.theme === 'ip')?.share).toBe(0.18);
    expect(def.rows.find((r) => r.report === 'xinyi-2023-summary' && r.theme === 'rural')?.share).toBe(0);
  });
});

describe('report figures', () => {
  it('draws masked figures as redacted markers, never with a value', () => {
    const def = reportFiguresChart(ds, report('yanzhou-2022-summary-2023-plan'));
    const masked = def.rows.filter((r) => r.masked);
    expect(masked.map((r) => r.raw)).toEqual(['**家', '***万元']);
    for (const r of masked) expect([r.value, r.pos]).toEqual([null, null]);
    const all = marks(renderSvg(def, { lang: 'zh', width: 640 }));
    const redacted = all.filter(isRedacted);
    expect(redacted.map((m) => m.getAttribute('data-tip'))).toEqual([
      '高新技术企业：**家\n已遮蔽：原文隐去了数值',
      '争取上级资金：***万元\n已遮蔽：原文隐去了数值',
    ]);
    expect(all.filter((m) => !isRedacted(m))).toHaveLength(def.rows.length - 2);
  });

  it('ignores a value an extractor left on a masked figure', () => {
    const leaky: Dataset = assembleDataset({
      ...ds,
      figures: ds.figures.map((f) => (f.raw === '***万元' ? { ...f, value: 987, value_norm: 987 } : f)),
    });
    const def = reportFiguresChart(leaky, report('yanzhou-2022-summary-2023-plan'));
    expect(def.rows.find((r) => r.raw === '***万元')?.value).toBeNull();
    expect(renderSvg(def, { lang: 'zh', width: 640 })).not.toContain('987');
  });

  it('groups by theme, unclassified last, and gives no length to a figure alone in its series', () => {
    const def = reportFiguresChart(ds, report('xinyi-2023-summary'));
    expect([...new Set(def.rows.map((r) => r.theme))]).toEqual(['enterprise', 'rd', 'ip']);
    const pos = (raw: string) => def.rows.find((r) => r.raw === raw)?.pos;
    // 108 applied, 86 certified, 183 in stock: one of each series, so nothing to compare by length.
    for (const raw of ['108家', '86家', '183家', '4.61亿元', '494件', '50.6%', '79.63%'])
      expect(pos(raw), raw).toBeNull();
    expect(pos('3')).toBeNull(); // a rank has no length
  });

  it('compares bar lengths within one series only', () => {
    const stock = ds.figures.find((f) => f.raw === '183家')!;
    const more: Dataset = assembleDataset({
      ...ds,
      figures: [
        ...ds.figures,
        { ...stock, id: 'xinyi-2023-summary-f99', n: 99, raw: '200家', value: 200, value_norm: 200 },
      ],
    });
    const def = reportFiguresChart(more, report('xinyi-2023-summary'));
    const pos = (raw: string) => def.rows.find((r) => r.raw === raw)?.pos;
    expect(pos('200家')).toBe(1);
    expect(pos('183家')).toBeCloseTo(183 / 200);
    expect(pos('86家')).toBeNull(); // newly certified is another series, however close in unit
    // The bars that compare stand together under the name of their series.
    const svg = renderSvg(def, { lang: 'zh', width: 640 });
    expect(svg).toContain('>高新技术企业 · 存量（累计/有效）（家）</text>');
    const order = def.plot(def.rows, { lang: 'zh', width: 640 }).y as { domain: string[] };
    const at = (raw: string) => order.domain.indexOf(def.rows.find((r) => r.raw === raw)!.figure);
    expect(Math.abs(at('200家') - at('183家'))).toBe(1);
  });

  it('says on the chart what each value counts, and reads a rank as a rank', () => {
    const svg = renderSvg(reportFiguresChart(ds, report('xinyi-2023-summary')), { lang: 'zh', width: 640 });
    for (const text of [
      '108家 · 申报',
      '86家 · 新增',
      '183家 · 存量',
      '79.63% · 比率',
      '第一 · 排名',
      '第3 · 排名',
      '4.61亿元 · 规上 总额',
    ])
      expect(svg, text).toContain(text);
    const en = renderSvg(reportFiguresChart(ds, report('xinyi-2023-summary')), { lang: 'en', width: 640 });
    expect(en).toContain('183家 · stock');
  });
});

describe('report targets', () => {
  it('pairs targets with achievements of the same series, only when both exist', () => {
    expect(reportTargetsChart(ds, report('xinyi-2023-summary'))).toBeNull();
    const def = reportTargetsChart(ds, report('yanzhou-2022-summary-2023-plan'))!;
    expect(new Set(def.rows.map((r) => r.indicator))).toEqual(new Set(['high_tech_enterprises', 'funds_won']));
    expect(def.rows.find((r) => r.raw === '120家')).toMatchObject({
      kind: 'target',
      year: 2023,
      pos: 1,
      indicator_label: '高新技术企业 · 存量（家）',
    });
    expect(def.rows.find((r) => r.raw === '95家')).toMatchObject({ kind: 'actual', year: 2022 });
    expect(def.rows.find((r) => r.raw === '95家')?.pos).toBeCloseTo(95 / 120);
    // The redacted 申报 result counts applications: no stock target to stand beside.
    expect(def.rows.some((r) => r.raw === '**家')).toBe(false);
    expect(def.rows.some((r) => r.raw === '12项')).toBe(false);
  });

  it('never pairs a target with a result of another measure', () => {
    const retarget: Dataset = assembleDataset({
      ...ds,
      figures: ds.figures.map((f) =>
        f.raw === '120家' ? { ...f, measure: 'new', series: f.series!.replace('|stock|', '|new|') } : f,
      ),
    });
    const def = reportTargetsChart(retarget, report('yanzhou-2022-summary-2023-plan'))!;
    expect(def.rows.some((r) => r.indicator === 'high_tech_enterprises')).toBe(false);
  });
});

describe('report themes', () => {
  it('stacks the shares largest first and counts untagged text as no theme', () => {
    const def = reportThemesChart(ds, report('xinyi-2023-summary'));
    expect(def.rows.map((r) => r.theme)).toEqual(['enterprise', 'ip', 'rd', '~none']);
    expect(def.rows.at(-1)?.share).toBeCloseTo(0.38);
    expect(def.rows.at(-1)?.end).toBeCloseTo(1);
  });
});

describe('region figures', () => {
  it('lays a region’s indicator figures out by year, one row per series', () => {
    const def = regionFiguresChart(ds, '320381');
    expect([...new Set(def.rows.map((r) => r.year))].sort()).toEqual([2023, 2024]);
    expect(def.rows.every((r) => r.row_key !== '')).toBe(true);
    const hte = def.rows
      .filter((r) => r.group_key === 'high_tech_enterprises')
      .map((r) => [r.row_label, r.year, r.slot, r.raw]);
    expect(hte).toEqual([
      ['存量', 2023, 0, '183家'],
      ['新增', 2023, 0, '86家'],
      ['新增 · 目标', 2024, 0, '100家'],
      ['申报', 2023, 0, '108家'],
      ['比率', 2023, 0, '79.63%'],
      ['排名', 2023, 0, '第一'],
    ]);
    // A row holds one series: the 2024 target of new certifications is not on the row of 2023's.
    expect(new Set(def.rows.map((r) => `${r.group_key}|${r.row_key}`)).size).toBe(
      new Set(def.rows.map((r) => ds.figures.find((f) => f.id === r.figure)!.series)).size,
    );
  });
});

describe('indicator dots', () => {
  const def = indicatorDotsChart(ds, 'high_tech_enterprises');
  it('puts every figure of the indicator on a region row and a year column, in its series’ group', () => {
    expect(def.rows).toHaveLength(ds.figures.filter((f) => f.indicator === 'high_tech_enterprises').length);
    expect(new Set(def.rows.map((r) => r.row_label))).toEqual(new Set(['新沂市', '兖州区', '六盘水市']));
    expect(def.rows.find((r) => r.raw === '120家')?.year).toBe(2023);
    const group = (raw: string) => def.rows.find((r) => r.raw === raw)?.group_label;
    expect(group('108家')).toBe('申报（申请）（家）');
    expect(group('86家')).toBe('新增（新认定）（家）');
    expect(group('183家')).toBe('存量（累计/有效）（家）');
    expect(group('79.63%')).toBe('比率（通过率/转化率/完成率）（%）');
    expect(group('第一')).toBe('排名');
    // Each group a series: no count group holds a rate or a rank.
    const kinds = new Map<string, Set<string>>();
    for (const r of def.rows) kinds.set(r.group_key, (kinds.get(r.group_key) ?? new Set()).add(`${r.kind}|${r.unit}`));
    for (const [key, set] of kinds) expect(set.size, key).toBe(1);
  });
  it('labels every group with its measure on the chart itself', () => {
    const svg = renderSvg(def, { lang: 'zh', width: 640 });
    for (const label of [
      '申报（申请）（家）',
      '新增（新认定）（家）',
      '存量（累计/有效）（家）',
      '比率（通过率/转化率/完成率）（%）',
      '排名',
    ])
      expect(svg).toContain(`>${label}</text>`);
  });
  it('names two series the short id does not tell apart in full, so ids never clash', () => {
    const rate = ds.figures.find((f) => f.raw === '79.63%')!;
    const twin = {
      ...rate,
      id: 'xinyi-2023-summary-f98',
      n: 98,
      raw: '80家',
      value: 80,
      value_norm: 80,
      unit: '家',
      unit_norm: '家',
      series: rate.series!.replace(/\|percent$/, '|count'),
    };
    const ids = chartsForDataset(assembleDataset({ ...ds, figures: [...ds.figures, twin] })).map((c) => c.id);
    expect(ids).toContain('indicator-high_tech_enterprises-rate-actual-percent-dots');
    expect(ids).toContain('indicator-high_tech_enterprises-rate-actual-count-dots');
  });
  it('gives each series a chart of its own, except a series of redacted figures only', () => {
    const ids = chartsForDataset(ds)
      .map((c) => c.id)
      .filter((id) => id.startsWith('indicator-high_tech_enterprises-'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'indicator-high_tech_enterprises-stock-dots',
        'indicator-high_tech_enterprises-new-dots',
        'indicator-high_tech_enterprises-applied-dots',
        'indicator-high_tech_enterprises-rate-dots',
        'indicator-high_tech_enterprises-rank-dots',
        'indicator-high_tech_enterprises-new-target-dots',
      ]),
    );
    const stock = chartById(ds, 'indicator-high_tech_enterprises-stock-dots')!;
    expect(stock.rows.map((r) => r.raw).sort()).toEqual(['183家', '35家', '95家']);
    // On a value scale of its own, titled by what it can show (one year per region in the fixture).
    expect(renderSvg(stock, { lang: 'zh', width: 640 })).toContain(
      '>高新技术企业 · 存量（累计/有效）：各地区的数字</title>',
    );
    // 兖州's redacted applications alone would draw nothing but a hatched block: no chart for funds' redacted results.
    expect(chartById(ds, 'indicator-funds_won-total-dots')).toBeUndefined();
    expect(chartById(ds, 'indicator-funds_won-total-target-dots')).toBeDefined();
  });
  it('tells kinds apart by colour and shape, and redacts masked figures', () => {
    const all = marks(renderSvg(def, { lang: 'zh', width: 640 }));
    const target = all.find((m) => m.getAttribute('data-tip')?.startsWith('高新技术企业：100家'))!;
    const actual = all.find((m) => m.getAttribute('data-tip')?.startsWith('高新技术企业：86家'))!;
    expect(target.getAttribute('class')).toContain(KIND_STYLE.target.token);
    expect(actual.getAttribute('class')).toContain(KIND_STYLE.actual.token);
    expect(target.getAttribute('d')).not.toBe(actual.getAttribute('d'));
    expect(all.filter(isRedacted).map((m) => m.getAttribute('data-tip')?.split('\n')[0])).toEqual([
      '高新技术企业：**家',
    ]);
  });
});

describe('theme reports', () => {
  it('lists every report, largest share first', () => {
    const def = themeReportsChart(ds, 'rural');
    expect(def.rows).toHaveLength(ds.reports.length);
    expect(def.rows.map((r) => r.share)).toEqual([0.55, 0.3, 0, 0, 0]);
    expect(def.alt.zh).toContain('2份涉及');
  });
});
