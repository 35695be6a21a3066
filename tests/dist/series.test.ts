// Like with like in the built site (dist/): the indicator page, its SVG, CSV
// and embed put each figure in its own measure's series and say on the chart
// what each value counts; compare pages put only figures of one series on a
// scale or in a pair, and say where no comparable figure exists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { indicatorSeries } from '../../src/charts/indicator-series.ts';
import { CURATED } from '../../src/compare/curated.ts';
import { compareReports } from '../../src/compare/from-dataset.ts';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
const csv = (path: string) => Papa.parse<Record<string, string>>(read(path).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const ds = loadDataset(REPOSITORY_DIRS);
const HTE = 'high_tech_enterprises';

describe('/indicators/high_tech_enterprises/ and its downloads', () => {
  const rows = csv(`/charts/indicator-${HTE}-dots.csv`);
  const groupOf = (region: string, raw: string) => {
    const found = rows.filter((r) => r.row_label === region && r.raw === raw);
    expect(found, `${region} ${raw}`).toHaveLength(1);
    return present(found[0]?.group_label, `group_label of ${region} ${raw}`);
  };

  it('新沂 108 / 86 / 183 and 宁波 930 / 189 / 723 / 490 each stand in their own measure’s series', () => {
    const xinyi = { applied: groupOf('新沂市', '108家'), new: groupOf('新沂市', '86家'), stock: groupOf('新沂市', '183家') };
    expect(xinyi.applied).toMatch(/^申报/);
    expect(xinyi.new).toMatch(/^新增/);
    expect(xinyi.stock).toMatch(/^存量/);
    const ningbo = { stock: groupOf('宁波市', '930家'), new: groupOf('宁波市', '189家'), surveyed: groupOf('宁波市', '723家'), benefit: groupOf('宁波市', '490多家') };
    expect(ningbo.stock).toBe(xinyi.stock);
    expect(ningbo.new).toBe(xinyi.new);
    expect(ningbo.surveyed).toMatch(/^纳入统计/);
    expect(ningbo.benefit).toMatch(/^享受/);
    expect(new Set(Object.values(ningbo)).size).toBe(4);
  });

  it('79.63 % and 第一 are not in a count series; 宁波’s 212 research centres are not high-tech enterprises', () => {
    expect(groupOf('新沂市', '79.63%')).toMatch(/^比率.*（%）$/);
    expect(groupOf('新沂市', '第一')).toMatch(/^排名/);
    const countGroups = new Set(rows.filter((r) => r.unit === '家').map((r) => r.group_label));
    expect(countGroups.has(groupOf('新沂市', '79.63%'))).toBe(false);
    expect(countGroups.has(groupOf('新沂市', '第一'))).toBe(false);
    expect(rows.some((r) => r.row_label === '宁波市' && r.raw === '212家')).toBe(false);
  });

  it('the SVG download and the embed label every group with its measure', () => {
    const labels = [...new Set(rows.map((r) => r.group_label))];
    expect(labels.length).toBeGreaterThan(4);
    const svg = read(`/charts/indicator-${HTE}-dots.svg`);
    const embed = read(`/embed/indicator-${HTE}-dots/index.html`);
    for (const label of labels) {
      expect(svg, label).toContain(`>${label}</text>`);
      expect(embed, label).toContain(`>${label}</text>`);
    }
  });

  it('no value on its series views’ charts is cut short, at any of the rendered widths', () => {
    // Value texts are the aria-hidden text marks (the wider renderings wait in templates); a cut value ends in an ellipsis.
    const values = indicatorSeries(ds, HTE).flatMap((s) => {
      const html = read(`/indicators/${HTE}/${s.slug}/index.html`).replace(/<\/?template[^>]*>/g, '');
      const { document } = parseHTML(html);
      return [...document.querySelectorAll('svg.atlas-chart g[aria-hidden="true"] text')].map((t) => t.textContent ?? '');
    });
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((v) => /\d.*…$/.test(v))).toEqual([]);
  });

  it('the indicator page lists each series once, linking to its view, which links every figure to its sentence; its own CSV holds exactly that series', () => {
    const { document } = parseHTML(read(`/indicators/${HTE}/index.html`));
    const listed = [...document.querySelectorAll('.series-entry h3 a')].map((a) => a.getAttribute('href'));
    const series = indicatorSeries(ds, HTE);
    expect(listed).toEqual(series.map((s) => `/indicators/${HTE}/${s.slug}/`));
    // Each entry has a mini chart with words for a screen reader, and its counts.
    for (const li of document.querySelectorAll('.series-entry')) {
      expect(li.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toMatch(/个地区/);
      expect(li.querySelector('.series-entry__counts')?.textContent).toMatch(/\d+ 个地区 · \d+ 个年份 · \d+ 个数字/);
    }
    for (const s of series) {
      const view = read(`/indicators/${HTE}/${s.slug}/index.html`);
      if (s.measure) expect(view).toContain(s.measure.definition_zh);
      for (const f of s.figures) expect(view, `${s.slug} ${f.raw}`).toContain(`href="/reports/${f.report}/#f-${f.n}"`);
      if (!s.drawable) continue;
      const own = csv(`/charts/${s.chartId}.csv`);
      expect(own.map((r) => r.raw).sort(), s.chartId).toEqual(s.figures.map((f) => f.raw).sort());
    }
  });
});

describe('compare pages pair only figures of one series', () => {
  it('/compare/2024-plans/: 长沙县’s stock target and 仙居’s new-certification target are on no common scale', () => {
    const { document } = parseHTML(read('/compare/2024-plans/index.html'));
    const charts = [...document.querySelectorAll('figure.cmp-chart')].map((f) => f.textContent ?? '');
    for (const chart of charts) expect(chart.includes('1576家以上') && chart.includes('16家'), chart).toBe(false);
    const rows = [...document.querySelectorAll('.cmp-figtable tbody tr')].map((tr) => tr.textContent ?? '');
    // The comparison says how many series it can set side by side.
    const shared = compareReports(ds, CURATED.find((c) => c.slug === '2024-plans')!.selections).figures.rows.filter((r) => r.present > 1).length;
    expect(document.querySelector('#cmp-figures')?.textContent).toContain(`可对照：${shared} 个系列在两篇以上报告中都有数字`);
    const stock = rows.find((r) => r.includes('1576家以上'))!;
    expect(stock).toContain('存量');
    expect(stock).not.toContain('16家');
  });

  it('/compare/plan-vs-result/: no 同单位 claims, a target without a result of its series says so, and 仙居’s 10%以上 is paired with no share', () => {
    const html = read('/compare/plan-vs-result/index.html');
    expect(html).not.toContain('同单位');
    expect(html).toContain('无可比结果');
    const { document } = parseHTML(html);
    const row = [...document.querySelectorAll('.cmp-prtable tbody tr')].find((tr) => tr.textContent?.includes('10%以上'))!;
    expect(row.textContent).not.toContain('70%');
    expect(row.textContent).toContain('无可比结果');
    for (const tr of document.querySelectorAll('.cmp-prtable tbody tr.cmp-pr--both')) expect(tr.textContent).toContain('同一口径');
  });
});
