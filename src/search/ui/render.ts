// DOM for the search page, built with createElement/textContent only: query
// text and report text are never parsed as HTML, and <mark> elements are
// created, not written as markup.
import { yearSpan } from '../../words/report-words.ts';
import { DOC_TYPE_LABELS, label } from '../../words/labels.ts';
import { FILTER_KEYS, type FilterKey } from '../engine/facets.ts';
import type { FacetCount, MatchTier, ResultGroup, SearchResult, Segment, Snippet } from '../engine/types.ts';
import { stateQuery, withFilter, withPage, type SearchState } from './url-state.ts';

const FACET_TITLES: Record<FilterKey, string> = {
  province: '省份',
  level: '层级',
  year: '年份',
  type: '文件类型',
  theme: '主题',
};
const TIER_LABELS: Record<MatchTier, string> = {
  exact: '完全匹配',
  synonym: '同义词匹配',
  'all-terms': '包含全部检索词',
  near: '相近结果',
  partial: '只含部分检索词',
};
const FACET_SHOWN = 8;

type Attrs = Record<string, string>;

/** The site's addresses the results link to (passed in by the page: search sits below the site glue). */
export interface SearchLinks {
  /** This page searching for `q`. */
  search(q: string): string;
  report(id: string): string;
  paragraph(id: string, n: number): string;
  region(code: string): string;
  indicator(id: string): string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

export function segmentNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function stateHref(path: string, state: SearchState): string {
  return `${path}${stateQuery(state)}`;
}

export function renderStatus(
  status: HTMLElement,
  result: SearchResult | null,
  links: SearchLinks,
  message?: string,
): void {
  status.replaceChildren();
  if (message) {
    status.append(el('p', {}, message));
    return;
  }
  if (!result) return;
  for (const n of result.notices) status.append(el('p', { class: 'search-notice' }, n));
  if (result.reading) status.append(el('p', { class: 'search-reading' }, `按此检索：${result.reading}`));
  if (result.didYouMean) {
    const { query, corrections } = result.didYouMean;
    const typed = corrections.map((c) => `“${c.typed}”`).join('、');
    status.append(
      el(
        'p',
        { class: 'search-dym' },
        `报告中没有${typed}。您是不是要找：`,
        el('a', { href: links.search(query), 'data-query': query }, query),
        '？',
      ),
    );
  }
  if (!result.searched.length) return;
  // total counts exact, synonym and all-terms results alike (the index cannot tell them apart).
  const parts = [`找到 ${result.total} 份报告包含全部检索词${result.expansions.length ? '（或同时检索的词）' : ''}`];
  if (result.excluded) parts.push(`已排除 ${result.excluded} 份含排除词的报告`);
  const partial = result.nearGroups.some((g) => g.tier === 'partial');
  if (result.near) parts.push(`另有 ${result.near} 份${partial ? '只含部分检索词' : '相近'}，单独列出`);
  if (result.filtered !== result.total) parts.push(`筛选后 ${result.filtered} 份`);
  if (result.pageCount > 1) parts.push(`第 ${result.page} / ${result.pageCount} 页`);
  status.append(el('p', { class: 'search-count' }, `${parts.join('，')}。`));
  if (result.expansions.length) {
    const each = result.expansions.map((e) => `${e.typed} → ${e.also.join('、')}`);
    status.append(el('p', { class: 'search-synonyms' }, `同时检索：${each.join('；')}`));
  }
  const related: [string, { href: string; name: string }[]][] = [
    ['相关指标', result.indicators.map((i) => ({ href: links.indicator(i.id), name: i.zh }))],
    [
      '相关地区',
      result.entities.filter((e) => e.kind === 'region').map((e) => ({ href: links.region(e.key), name: e.name })),
    ],
    [
      '相关报告',
      result.entities.filter((e) => e.kind === 'report').map((e) => ({ href: links.report(e.key), name: e.name })),
    ],
  ];
  for (const [title, links] of related) {
    if (!links.length) continue;
    const p = el('p', { class: 'search-related' }, `${title}：`);
    links.forEach((l, n) => {
      if (n) p.append('、');
      p.append(el('a', { href: l.href }, l.name));
    });
    status.append(p);
  }
}

/** Appends one link per passage to a group's list. */
export function appendSnippets(
  list: HTMLElement,
  report: string,
  snippets: Snippet[],
  links: SearchLinks,
): HTMLAnchorElement[] {
  return snippets.map((s) => {
    const a = el(
      'a',
      { href: links.paragraph(report, s.paragraph), class: 'search-link' },
      ...segmentNodes(s.segments),
    );
    list.append(el('li', {}, a));
    return a;
  });
}

/** "本报告另有 N 段匹配": the count is a floor when parts are not loaded yet (a part may hold several). */
function moreLabel(g: ResultGroup): string {
  return `展开本报告其余匹配段落（另有${g.moreExact ? '' : '至少'} ${g.more} 段）`;
}

/** What kind of match a group is: 完全匹配 …, or for a partial one the words it holds. */
function tierLabel(g: ResultGroup): string {
  return g.tier === 'partial' && g.held?.length
    ? `${TIER_LABELS.partial}：只含 ${g.held.join('、')}`
    : TIER_LABELS[g.tier];
}

function groupItem(g: ResultGroup, i: number, block: 'match' | 'near', links: SearchLinks): HTMLLIElement {
  const meta = [g.region, `${yearSpan(g)}年`, label(DOC_TYPE_LABELS, g.doc_type).zh, tierLabel(g)]
    .filter(Boolean)
    .join(' · ');
  const original = g.original.map((s) => s.text).join('');
  const title = g.title.map((s) => s.text).join('');
  const snippets = el('ul', { class: 'search-snippets', id: `search-snippets-${block}-${i}` });
  appendSnippets(snippets, g.report, g.snippets, links);
  const item = el(
    'li',
    { class: `search-result search-result--${g.tier}`, 'data-report': g.report },
    el('h2', {}, el('a', { href: links.report(g.report), class: 'search-link' }, ...segmentNodes(g.title))),
  );
  // The scraped title beside the derived one (three cities' read 市科技局工作总结).
  if (original && original !== title)
    item.append(el('p', { class: 'search-original' }, '原标题：', ...segmentNodes(g.original)));
  item.append(el('p', { class: 'search-meta' }, meta), snippets);
  // Expanding loads the rest in place (src/search/ui/ui.ts); a link keeps the report reachable without it.
  if (g.more > 0)
    item.append(
      el(
        'button',
        {
          type: 'button',
          class: 'search-more',
          'data-group': String(i),
          'data-block': block,
          'aria-expanded': 'false',
          'aria-controls': snippets.id,
        },
        moreLabel(g),
      ),
    );
  return item;
}

export function renderResults(list: HTMLElement, result: SearchResult, links: SearchLinks): void {
  list.replaceChildren();
  if (result.searched.length && !result.groups.length && !result.nearGroups.length) {
    list.append(el('li', { class: 'search-empty' }, '没有找到匹配的报告。可以换一个说法，或去掉筛选条件。'));
    return;
  }
  if (result.searched.length && !result.groups.length)
    list.append(
      el(
        'li',
        { class: 'search-empty' },
        result.nearGroups.some((g) => g.tier === 'partial')
          ? '没有报告包含全部检索词；下面是包含其中部分检索词最多的报告。'
          : '没有报告包含全部检索词；下面是相近的结果。',
      ),
    );
  result.groups.forEach((g, i) => list.append(groupItem(g, i, 'match', links)));
}

/** Near matches in their own block, under their own heading: never among the matches. */
export function renderNear(section: HTMLElement, result: SearchResult, links: SearchLinks): void {
  const list = section.querySelector('ol') as HTMLOListElement;
  list.replaceChildren();
  result.nearGroups.forEach((g, i) => list.append(groupItem(g, i, 'near', links)));
  section.hidden = result.nearGroups.length === 0;
}

function facetItem(key: FilterKey, c: FacetCount, state: SearchState, path: string): HTMLLIElement {
  const active = c.value === state.filters[key];
  const next = withFilter(state, key, active ? undefined : c.value);
  const link = el(
    'a',
    { href: stateHref(path, next), 'data-filter': key, class: 'search-facet' },
    c.label,
    ' ',
    el('span', { class: 'search-facet__count' }, String(c.count)),
  );
  if (active) {
    link.setAttribute('aria-current', 'true');
    link.append(
      el('span', { class: 'visually-hidden' }, '（已选，点击取消）'),
      el('span', { 'aria-hidden': 'true' }, ' ×'),
    );
  }
  return el('li', {}, link);
}

/** Renders the filters; returns how many dimensions have values to choose. */
export function renderFacets(container: HTMLElement, result: SearchResult, state: SearchState, path: string): number {
  container.replaceChildren();
  if (!result.searched.length) return 0;
  let groups = 0;
  for (const key of FILTER_KEYS) {
    const counts = result.facets[key];
    const chosen = state.filters[key];
    if (!counts.length && !chosen) continue;
    // The first few (and the chosen one) stay in view; the rest behind a native disclosure, reachable by keyboard.
    const shown = counts.filter((c, i) => i < FACET_SHOWN || c.value === chosen);
    const rest = counts.filter((c) => !shown.includes(c));
    const section = el(
      'section',
      { class: 'search-facet-group', 'aria-label': FACET_TITLES[key] },
      el('h3', {}, FACET_TITLES[key]),
      el('ul', {}, ...shown.map((c) => facetItem(key, c, state, path))),
    );
    if (rest.length) {
      section.append(
        el(
          'details',
          { class: 'search-facet__more' },
          el('summary', {}, `更多 ${rest.length} 项`),
          el('ul', {}, ...rest.map((c) => facetItem(key, c, state, path))),
        ),
      );
    }
    container.append(section);
    groups++;
  }
  return groups;
}

export function renderPager(nav: HTMLElement, result: SearchResult, state: SearchState, path: string): void {
  nav.replaceChildren();
  if (result.pageCount <= 1) return;
  if (result.page > 1)
    nav.append(
      el('a', { href: stateHref(path, withPage(state, result.page - 1)), rel: 'prev', 'data-page': '1' }, '← 上一页'),
    );
  nav.append(el('span', {}, ` 第 ${result.page} / ${result.pageCount} 页 `));
  if (result.page < result.pageCount)
    nav.append(
      el('a', { href: stateHref(path, withPage(state, result.page + 1)), rel: 'next', 'data-page': '1' }, '下一页 →'),
    );
}
