// What a researcher found when following published values to their sentences
// (issue 20), pinned on the built site: each figure stands in the series of what
// it counts, a fact said twice is one value, and a year the host rewrote is no
// figure's period.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { present } from '../helpers/present.ts';

const DIST = process.env.ATLAS_DIST ?? 'dist';
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(read(path).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const figures = csv('/data/figures.csv');
const figure = (report: string, raw: string, nth = 0) => {
  const found = figures.filter((f) => f.report === report && f.raw === raw);
  expect(found.length, `${report} ${raw}`).toBeGreaterThan(nth);
  return present(found[nth], `${report} ${raw} #${nth}`);
};
const ANQING = 'anqing-2011-summary';
const NINGBO = 'ningbo-2012-summary';

describe('figures in the series of what they count (figures.csv)', () => {
  it('安庆: 共44家 is a stock, 17家 通过复审 re-examined, and neither is new', () => {
    expect(figure(ANQING, '44家')).toMatchObject({ measure: 'stock', review: 'verified', in_series: 'true' });
    expect(figure(ANQING, '17家')).toMatchObject({ indicator: 'high_tech_enterprises', measure: 'reexamined' });
  });

  it('宁波: 授权量达到59175件 is granted this year; 54.78% is the growth of applications', () => {
    expect(figure(NINGBO, '59175件')).toMatchObject({ indicator: 'patents_granted', measure: 'new' });
    expect(figure(NINGBO, '54.78%')).toMatchObject({ indicator: 'patent_applications', measure: 'growth' });
  });

  it('an index is an index, a change in points is growth of its own indicator, a base’s output is not the city’s', () => {
    expect(figure(NINGBO, '364.85')).toMatchObject({ indicator: 'innovation_index', measure: 'index' });
    expect(figure(NINGBO, '16.3个百分点')).toMatchObject({ indicator: 'st_activity_spending', measure: 'growth' });
    expect(figure(ANQING, '3件')).toMatchObject({ indicator: 'patent_applications', measure: 'applied' });
    const base = figures.find((f) => f.report === ANQING && f.raw?.startsWith('50多亿'));
    expect(base?.in_series, 'one auto-parts base’s output').toBe('false');
  });

  it('R&D intensity (over GDP) and R&D over revenue are different series', () => {
    const intensity = new Set(figures.filter((f) => f.indicator === 'rd_intensity').map((f) => f.series));
    const overRevenue = new Set(figures.filter((f) => f.indicator === 'rd_revenue_ratio').map((f) => f.series));
    expect(intensity.size).toBeGreaterThan(0);
    expect(overRevenue.size).toBeGreaterThan(0);
    for (const s of overRevenue) expect(intensity.has(s)).toBe(false);
  });
});

describe('one fact, one value', () => {
  it('安庆’s 44家 and 7家, said twice, are one series value each; the repeat names the first', () => {
    for (const raw of ['44家', '7家']) {
      const said = figures.filter((f) => f.report === ANQING && f.raw === raw && f.indicator === 'high_tech_enterprises');
      expect(said.length, raw).toBe(2);
      const [first, repeat] = [present(said[0], `${raw} said first`), said[1]];
      expect(first.in_series).toBe('true');
      expect(repeat).toMatchObject({ in_series: 'false', same_as: first.id, series: first.series });
    }
  });

  // Every column but the provenance ones: two equal rows are one value drawn twice.
  const repeatedRows = (rows: Record<string, string>[], ignore: string[]) => {
    const seen = new Map<string, number>();
    for (const r of rows) {
      const key = JSON.stringify(Object.entries(r).filter(([k]) => !ignore.includes(k)));
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  };

  it('no chart download repeats a value', () => {
    const files = readdirSync(`${DIST}/charts`).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(repeatedRows(csv(`/charts/${file}`), ['source', 'licence', 'page']), file).toEqual([]);
    }
  });

  it('no curated comparison draws one report’s value twice in a row', () => {
    for (const name of ['city-summaries', '2024-plans', 'plan-vs-result']) {
      const rows = csv(`/compare/${name}.csv`).filter((r) => r.value !== '');
      expect(rows.length, name).toBeGreaterThan(0);
      const key = (r: Record<string, string>) => [r.table, r.row, r.report, r.value, r.unit, r.kind].join('|');
      expect(repeatedRows(rows.map((r) => ({ key: key(r) })), []), name).toEqual([]);
    }
  });
});

describe('no rewritten year as a period', () => {
  it('a report whose host rewrote its years gives no figure a dated period', () => {
    const rewritten = figures.filter((f) => f.year_reliable === 'false');
    expect(rewritten.length).toBeGreaterThan(30);
    expect(rewritten.filter((f) => /\d{4}/.test(present(f.period, `period of ${f.id}`))).map((f) => `${f.id} ${f.period}`)).toEqual([]);
  });

  it('新沂’s 7倍 (this year over last) has no period from its base year', () => {
    expect(figure('xinyi-2023-summary', '7倍').period).toBe('');
  });

  it('compare never shows a rewritten 2020 as a period', () => {
    const page = read('/compare/city-summaries/index.html');
    expect(page).not.toMatch(/实际完成\s*2020年/);
  });
});

describe('what a value counts, said where it is shown', () => {
  it('a report’s key figures name the measure (宁波 930家 is a stock)', () => {
    const page = read(`/reports/${NINGBO}/index.html`);
    expect(page).toMatch(/key-figures__value num">930家<\/span> <span class="key-figures__what">高新技术企业（存量）/);
  });

  it('plan against result opens with a block that has a comparable pair', () => {
    const page = read('/compare/plan-vs-result/index.html');
    const firstBlock = page.slice(page.indexOf('目标与实绩'));
    const firstTable = firstBlock.slice(0, firstBlock.indexOf('</table>'));
    expect(firstTable).toContain('同一口径，可对照');
  });
});
