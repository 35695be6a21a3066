import { describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../pipeline/dataset.ts';
import { searchReportHead } from '../search/build/from-dataset.ts';
import { compareMeta } from './data.ts';
import { entryLabel, listNote, newestEntries, pickerEntry, PICKER_ROWS, type PickerEntry } from './picker.ts';
import { toHtml } from './view/html.ts';
import { chosenItem, pickerRow } from './view/picker-view.ts';

const ds = loadDataset(REPOSITORY_DIRS);
const entries = ds.reports.map((r) => pickerEntry(compareMeta(r)));
const byId = (id: string) => entries.find((e) => e.id === id)!;

describe('picker entries', () => {
  it('name the whole place, as the search index does, so rows built and rows found read alike', () => {
    for (const r of ds.reports) expect(byId(r.meta.id).region).toBe(searchReportHead(r.meta, ds.regions).region);
    expect(byId('xianju-2024-h1-summary-h2-plan').region).toBe('浙江省台州市仙居县');
    expect(byId('yanzhou-2022-summary-2023-plan').region).toBe('山东省济宁市兖州区（推断）');
    expect(byId('unidentified-county-2024-assistance-plan').region).toBe('地区不明');
  });

  it('are listed newest first, then by id, and at most PICKER_ROWS of them', () => {
    const listed = newestEntries(entries);
    expect(listed.map((e) => e.year)).toEqual([...listed.map((e) => e.year)].sort((a, b) => b - a));
    const many: PickerEntry[] = Array.from({ length: PICKER_ROWS + 50 }, (_, i) => ({
      ...byId('xianju-2024-h1-summary-h2-plan'),
      id: `r-${String(i).padStart(3, '0')}`,
      year: 2000 + (i % 20),
    }));
    const capped = newestEntries(many);
    expect(capped).toHaveLength(PICKER_ROWS);
    expect(capped[0]).toMatchObject({ id: 'r-019', year: 2019 });
    // What is left out is never newer than what is listed.
    const listedIds = new Set(capped.map((e) => e.id));
    const oldestListed = Math.min(...capped.map((e) => e.year));
    expect(many.filter((e) => !listedIds.has(e.id)).every((e) => e.year <= oldestListed)).toBe(true);
  });

  it('label a chosen report by place and years, an estimate as 约', () => {
    expect(entryLabel(byId('ningbo-2012-summary'))).toBe('浙江省宁波市 约2012');
    expect(entryLabel(byId('yanzhou-2022-summary-2023-plan'))).toBe('山东省济宁市兖州区（推断） 2022–2023');
  });
});

describe('the list note', () => {
  it('says how long the list is and how much of what matches it shows', () => {
    expect(listNote({ shown: 11, matching: 11, all: 11, asked: false })).toBe('共 11 篇');
    expect(listNote({ shown: 100, matching: 10000, all: 10000, asked: false })).toBe('列出最新的 100 篇，共 10000 篇');
    expect(listNote({ shown: 100, matching: 10000, all: 10000, asked: false, finder: true })).toBe(
      '列出最新的 100 篇，共 10000 篇；用上面的查找和筛选找到其余各篇',
    );
    expect(listNote({ shown: 6, matching: 6, all: 11, asked: true })).toBe('找到 6 篇，共 11 篇');
    expect(listNote({ shown: 20, matching: 340, all: 10000, asked: true })).toBe(
      '找到 340 篇，显示前 20 篇；共 10000 篇',
    );
    expect(listNote({ shown: 0, matching: 0, all: 11, asked: true })).toBe('没有符合条件的报告（共 11 篇）');
    expect(listNote({ shown: 3, matching: 3, all: 11, asked: true, near: '科技特派圆' })).toBe(
      '没有完全符合“科技特派圆”的报告；下面是相近的 3 篇',
    );
  });
});

describe('picker rows', () => {
  it('are a checkbox named r, labelled with place, years, title, level, type and an estimated year', () => {
    const html = toHtml(pickerRow(byId('ningbo-2012-summary'), { checked: true }));
    expect(html).toBe(
      '<li data-label="浙江省宁波市 约2012"><label><input type="checkbox" name="r" value="ningbo-2012-summary" checked>' +
        '<span><strong>浙江省宁波市 约2012</strong> 市科技局工作总结<span class="cmp-list__meta">\u00a0· 市级\u00a0· 工作总结\u00a0· 年份为估计</span></span></label></li>',
    );
    expect(toHtml(pickerRow(byId('xinyi-2023-summary'), { disabled: true }))).toContain(' disabled>');
  });

  it('write a title with markup in it as text', () => {
    const html = toHtml(pickerRow({ ...byId('xinyi-2023-summary'), title: '<img src=x onerror=alert(1)>' }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('a chosen report has a button that names what it removes', () => {
    expect(toHtml(chosenItem('ningbo-2012-summary', '浙江省宁波市 约2012'))).toBe(
      '<li data-id="ningbo-2012-summary"><span>浙江省宁波市 约2012</span>' +
        '<button type="button" class="cmp-unchoose" data-id="ningbo-2012-summary" aria-label="移除 浙江省宁波市 约2012 Remove">' +
        '<span aria-hidden="true">×</span></button></li>',
    );
  });
});
