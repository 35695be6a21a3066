import { assembleDataset } from '../pipeline/dataset.ts';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../charts/fixtures.ts';
import { homeTakeaways, leadingThemes } from './takeaways.ts';
import type { Dataset } from '../pipeline/types.ts';

const text = (s: { text: string }[]) => s.map((r) => r.text).join('');

describe('home takeaways', () => {
  const ds = fixtureDataset();
  const sentences = homeTakeaways(ds);

  it('every linked fact points at a page of the dataset, and every sentence has evidence', () => {
    const ids = new Set(ds.reports.map((r) => r.meta.id));
    for (const s of sentences) {
      const links = s.filter((r) => r.href);
      expect(links.length, text(s)).toBeGreaterThan(0);
      for (const l of links) {
        const m = /^\/(reports|themes|indicators)\/([^/]+)\//.exec(l.href ?? '');
        expect(m, l.href).not.toBeNull();
        const [, kind, id = ''] = m ?? [];
        if (kind === 'reports') expect(ids.has(id)).toBe(true);
      }
    }
  });

  it('names the leading theme of the plans from the theme shares', () => {
    const lead = leadingThemes(ds);
    const plans = ds.reports.filter((r) => /plan/.test(r.meta.doc_type));
    const counts = new Map<string, number>();
    for (const r of plans) {
      const l = lead.get(r.meta.id);
      if (l) counts.set(l.theme, (counts.get(l.theme) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!top) throw new Error('no plan of the fixture has a leading theme');
    const zh = ds.themes.find((t) => t.id === top[0])?.zh;
    expect(text(sentences[0] ?? [])).toContain(`${plans.length} 篇计划各自着墨最多的主题：“${zh}”${top[1]} 篇`);
  });

  it('counts masked figures as the data has them, and says so when there are none', () => {
    const masked = ds.figures.filter((f) => f.masked).length;
    expect(sentences.some((s) => text(s).includes(`原文隐去了 ${masked} 个数字`))).toBe(masked > 0);
    const clean: Dataset = assembleDataset({ ...ds, figures: ds.figures.filter((f) => !f.masked) });
    expect(homeTakeaways(clean).some((s) => text(s).includes('没有被原文隐去'))).toBe(true);
  });
});
