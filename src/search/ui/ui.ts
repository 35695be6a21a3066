// The search page in the browser: reads the state from the address, runs the
// engine, renders, and keeps address and history in step (submit, filters,
// pages and Esc push a history entry; typing replaces it). The address holds
// only what is searched and the page shown. Keyboard: / focuses the box,
// ↓/↑ walk the result links, Esc clears the query.
import { urls } from '../../core/urls.ts';
import { createSearchEngine } from '../engine/engine.ts';
import { filterToggle } from './filter-toggle.ts';
import { fetchLoader } from '../engine/index-client.ts';
import { searchedPart } from '../engine/query-parse.ts';
import {
  appendSnippets,
  renderFacets,
  renderNear,
  renderPager,
  renderResults,
  renderStatus,
  type SearchLinks,
} from './render.ts';
import type { SearchResult } from '../engine/types.ts';
import { scrollMemory } from './scroll-memory.ts';
import { rawQuery, readState, stateQuery, withPage, type SearchState } from './url-state.ts';

/** The search runs when typing pauses this long; the query's shards start loading at once. */
export const TYPING_DELAY_MS = 200;

function init(root: HTMLElement, links: SearchLinks): void {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const status = $<HTMLElement>('.search-status');
  const results = $<HTMLElement>('.search-results');
  const near = $<HTMLElement>('.search-near');
  const facets = $<HTMLElement>('.search-facets');
  const pager = $<HTMLElement>('.search-pager');
  const toggle = filterToggle($<HTMLButtonElement>('.search-filter-toggle'), $<HTMLElement>('.search-layout'));
  const path = location.pathname;
  const engine = createSearchEngine(fetchLoader(root.dataset.index ?? urls.searchIndex()));
  const scroll = scrollMemory();
  const siteBox = document.getElementById('site-q') as HTMLInputElement | null;
  let state = readState(location.search);
  let seq = 0;
  let shown: SearchResult | null = null;
  let typing: ReturnType<typeof setTimeout> | undefined;
  // Set when the page opens or history moves: scroll back once results are drawn.
  let restoreScroll = true;

  /** Rewrites the address of the current entry, keeping its saved scroll position. */
  function replaceAddress(s: SearchState): void {
    history.replaceState(history.state, '', `${path}${stateQuery(s)}${location.hash}`);
  }

  /** Runs `s`; `typed` is the query as typed, when longer than what is searched (the engine then says it was cut). */
  async function run(s: SearchState, typed = s.q): Promise<void> {
    const mine = ++seq;
    const restore = restoreScroll;
    restoreScroll = false;
    if (siteBox) siteBox.value = s.q;
    if (!s.q.trim()) {
      for (const node of [results, facets, pager]) node.replaceChildren();
      near.hidden = true;
      shown = null;
      toggle.update(0, 0);
      renderStatus(status, null, links, '输入要查找的词，例如：科技特派员、高企、研发投入、揭榜挂帅。');
      document.title = '搜索 · 区域科技政策图鉴';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await engine.search({ q: typed, filters: s.filters, page: s.page });
      if (mine !== seq) return;
      // A page past the end shows the last one: the address says so too (replaced, so Back still works).
      if (result.page !== s.page && state === s) {
        state = withPage(s, result.page);
        replaceAddress(state);
      }
      renderStatus(status, result, links);
      renderResults(results, result, links);
      renderNear(near, result, links);
      shown = result;
      toggle.update(renderFacets(facets, result, state, path), Object.values(state.filters).filter(Boolean).length);
      renderPager(pager, result, state, path);
      document.title = `${s.q.slice(0, 40)} · 搜索 · 区域科技政策图鉴`;
      if (restore) scroll.restore();
      // The theme counts follow the results: their column loads beside them, then the same search (files in memory) counts.
      if (result.themesPending) {
        const counted = await engine.client
          .themes()
          .then(() => engine.search({ q: typed, filters: s.filters, page: s.page }))
          .catch(() => null);
        if (mine !== seq || !counted) return;
        shown = counted;
        toggle.update(renderFacets(facets, counted, state, path), Object.values(state.filters).filter(Boolean).length);
      }
    } catch (e) {
      if (mine !== seq) return;
      renderStatus(status, null, links, '搜索索引加载失败，请刷新页面重试。');
      console.warn(e);
    } finally {
      if (mine === seq) root.removeAttribute('aria-busy');
    }
  }

  function go(next: SearchState, push: boolean, typed = next.q): Promise<void> {
    state = { ...next, q: searchedPart(next.q) };
    const url = `${path}${stateQuery(state)}`;
    if (push && url !== `${location.pathname}${location.search}`) {
      scroll.save();
      history.pushState(null, '', url);
    } else history.replaceState(null, '', url);
    return run(state, typed);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    void go({ q: input.value, filters: state.filters, page: 1 }, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // The query's shards start loading now, not when typing pauses.
    engine.prefetch(input.value);
    typing = setTimeout(() => void go({ q: input.value, filters: state.filters, page: 1 }, false), TYPING_DELAY_MS);
  });
  /** "N more passages": loads the group's other passages into its list, in place; focus moves to the first new one. */
  async function expand(button: HTMLButtonElement): Promise<void> {
    const result = shown;
    const groups = button.dataset.block === 'near' ? result?.nearGroups : result?.groups;
    const group = groups?.[Number(button.dataset.group)];
    const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!result || !group || !list) return;
    button.disabled = true;
    try {
      const more = await engine.more({ q: result.query, group });
      if (shown !== result) return;
      const added = appendSnippets(list, group.report, more, links);
      button.remove();
      list.closest('.search-result')?.setAttribute('data-expanded', String(added.length));
      added[0]?.focus();
    } catch (e) {
      button.disabled = false;
      console.warn(e);
    }
  }

  root.addEventListener('click', (e) => {
    const more = (e.target as Element).closest?.('button.search-more') as HTMLButtonElement | null;
    if (more) {
      void expand(more);
      return;
    }
    const link = (e.target as Element).closest?.(
      'a[data-filter], a[data-page], a[data-query]',
    ) as HTMLAnchorElement | null;
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const next = readState(new URL(link.href).search);
    // "Did you mean" searches its words: the box says them too.
    if (link.dataset.query !== undefined) input.value = next.q;
    void go(next, true).then(() => status.focus());
  });
  window.addEventListener('popstate', () => {
    const next = readState(location.search);
    // A move to an in-page anchor of the same search changes nothing to run.
    if (stateQuery(next) === stateQuery(state)) return;
    state = next;
    input.value = state.q;
    restoreScroll = true;
    void run(state);
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const editing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (e.key === '/' && !editing) {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (target === input && e.key === 'Escape') {
      if (!input.value && !state.q) return;
      // Esc clears the query as deleting it would (filters stay), at once and as its own history entry.
      e.preventDefault();
      clearTimeout(typing);
      input.value = '';
      void go({ q: '', filters: state.filters, page: 1 }, true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.search-results a.search-link')];
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    // Both indexes are clamped to the links, which are not empty.
    if (target === input && e.key === 'ArrowDown') links[0]?.focus();
    else if (at >= 0) links[Math.max(0, Math.min(links.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    else return;
    e.preventDefault();
  });

  // A long shared address is cut to what is searched; the engine still sees the long one, to say so.
  const typed = rawQuery(location.search);
  if (typed !== state.q) replaceAddress(state);
  input.value = state.q;
  // What every query needs (labels, filter values) loads while the reader types; the theme column too, when nothing is searched yet.
  void engine.client.facets().catch(() => undefined);
  if (!state.q.trim()) void engine.client.themes().catch(() => undefined);
  void run(state, typed);
}

/** Starts the search page on #search-app, if the page has one. */
export function startSearchPage(links: SearchLinks): void {
  const root = document.getElementById('search-app');
  if (root) init(root, links);
}
