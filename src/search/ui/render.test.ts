// The page's wording and filter lists, rendered into a linkedom document.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderFacets, renderResults, renderStatus, type SearchLinks } from './render.ts';
import { searchCorpusFromDataset } from '../build/from-dataset.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../pipeline/dataset.ts';
import type { FacetCount, SearchResult } from '../engine/types.ts';

let doc: Document;
beforeAll(() => {
  doc = parseHTML('<html><body><div id="box"></div></body></html>').document as unknown as Document;
  vi.stubGlobal('document', doc);
});
afterAll(() => vi.unstubAllGlobals());

const links: SearchLinks = {
  search: (q) => `/search/?q=${encodeURIComponent(q)}`,
  report: (id) => `/reports/${id}/`,
  paragraph: (id, n) => `/reports/${id}/#p-${n}`,
  region: (c) => `/regions/${c}/`,
  indicator: (id) => `/indicators/${id}/`,
};
const box = () => {
  const b = doc.getElementById('box')!;
  b.replaceChildren();
  return b;
};

function result(over: Partial<SearchResult> = {}): SearchResult {
  return {
    query: '高企 研发',
    searched: ['高企', '高新企业', '高新技术企业', '研发', 'r&d'],
    expansions: [
      { typed: '高企', also: ['高新企业', '高新技术企业'] },
      { typed: '研发', also: ['r&d'] },
    ],
    notices: [],
    reading: '',
    excluded: 0,
    didYouMean: null,
    total: 8,
    near: 0,
    filtered: 8,
    page: 1,
    pageCount: 1,
    groups: [],
    nearGroups: [],
    facets: { province: [], level: [], year: [], type: [], theme: [] },
    themesPending: false,
    indicators: [],
    entities: [],
    ...over,
  };
}

describe('status line', () => {
  it('counts what it says: reports holding every term (exact and all-terms alike)', () => {
    const b = box();
    renderStatus(b, result(), links);
    const count = b.querySelector('.search-count')!.textContent!;
    expect(count).toContain('找到 8 份报告包含全部检索词');
    expect(count).not.toContain('完全');
  });

  it('lists per typed word only the expansions, never the other typed words', () => {
    const b = box();
    renderStatus(b, result(), links);
    expect(b.querySelector('.search-synonyms')!.textContent).toBe(
      '同时检索：高企 → 高新企业、高新技术企业；研发 → r&d',
    );
    const plain = box();
    renderStatus(
      plain,
      result({ query: '<img src=x onerror=alert(1)>', searched: ['img', 'src x', 'onerror alert 1'], expansions: [] }),
      links,
    );
    expect(plain.querySelector('.search-synonyms')).toBeNull();
    expect(plain.textContent).not.toContain('同时检索');
  });
});

describe('filters', () => {
  const themes: FacetCount[] = Array.from({ length: 11 }, (_, i) => ({
    value: `t${i}`,
    label: `主题${i}`,
    count: 20 - i,
  }));

  it('keeps every value reachable: the first eight in view, the rest behind a 更多 disclosure', () => {
    const b = box();
    const groups = renderFacets(
      b,
      result({ facets: { province: [], level: [], year: [], type: [], theme: themes } }),
      { q: '专', filters: {}, page: 1 },
      '/search/',
    );
    expect(groups).toBe(1);
    const links = [...b.querySelectorAll('a[data-filter="theme"]')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(11);
    expect(links).toContain('/search/?q=%E4%B8%93&theme=t10');
    const more = b.querySelector('details.search-facet__more')!;
    expect(more.querySelector('summary')!.textContent).toBe('更多 3 项');
    expect(more.querySelectorAll('a[data-filter]')).toHaveLength(3);
  });

  it('shows a chosen value in view even when it is past the first eight', () => {
    const b = box();
    renderFacets(
      b,
      result({ facets: { province: [], level: [], year: [], type: [], theme: themes } }),
      { q: '专', filters: { theme: 't10' }, page: 1 },
      '/search/',
    );
    const current = b.querySelector('a[aria-current="true"]')!;
    expect(current.closest('details')).toBeNull();
    expect(b.querySelectorAll('details a[data-filter]')).toHaveLength(2);
  });
});

describe('results', () => {
  it('say when a region is inferred and a year estimated', () => {
    const corpus = searchCorpusFromDataset(loadDataset(REPOSITORY_DIRS));
    const yanzhou = corpus.reports.find((r) => r.id === 'yanzhou-2022-summary-2023-plan')!;
    const liupanshui = corpus.reports.find((r) => r.id === 'liupanshui-2010-summary')!;
    expect(yanzhou.region).toBe('山东省济宁市兖州区（推断）');
    expect(liupanshui.year_reliable).toBe(false);
    const group = (r: typeof yanzhou) => ({
      report: r.id,
      title: [{ text: r.display_title!, mark: false }],
      original: [{ text: r.title, mark: false }],
      region: r.region,
      year: r.year,
      year_reliable: r.year_reliable,
      doc_type: r.doc_type,
      tier: 'exact' as const,
      matchedParts: 1,
      snippets: [],
      more: 0,
      moreExact: true,
      index: 0,
      parts: [1],
    });
    const list = box();
    renderResults(list, result({ groups: [group(yanzhou), group(liupanshui)] }), links);
    const text = list.textContent ?? '';
    expect(text).toContain('兖州区（推断） · 2022年');
    expect(text).toContain('约2010年');
  });
});
