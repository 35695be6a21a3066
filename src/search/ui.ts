// The search page in the browser: reads the state from the address, runs the
// engine, renders, and keeps address and history in step (submit, filters and
// pages push a history entry; typing replaces it). Keyboard: / focuses the
// box, ↓/↑ walk the result links, Esc clears the box.
import { createSearchEngine } from './engine.ts';
import { fetchLoader } from './index-client.ts';
import { renderFacets, renderPager, renderResults, renderStatus, type SearchLinks } from './render.ts';
import { readState, stateQuery, type SearchState } from './url-state.ts';

const TYPING_DELAY_MS = 200;

function init(root: HTMLElement, links: SearchLinks): void {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const status = $<HTMLElement>('.search-status');
  const results = $<HTMLElement>('.search-results');
  const facets = $<HTMLElement>('.search-facets');
  const pager = $<HTMLElement>('.search-pager');
  const path = location.pathname;
  const engine = createSearchEngine(fetchLoader(root.dataset.index ?? '/search-index/'));
  const siteBox = document.getElementById('site-q') as HTMLInputElement | null;
  let state = readState(location.search);
  let seq = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  async function run(s: SearchState): Promise<void> {
    const mine = ++seq;
    if (siteBox) siteBox.value = s.q;
    if (!s.q.trim()) {
      for (const node of [results, facets, pager]) node.replaceChildren();
      renderStatus(status, null, links, '输入要查找的词，例如：科技特派员、高企、研发投入、揭榜挂帅。');
      document.title = '搜索 · 区域科技政策图鉴';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await engine.search({ q: s.q, filters: s.filters, page: s.page });
      if (mine !== seq) return;
      renderStatus(status, result, links);
      renderResults(results, result, links);
      renderFacets(facets, result, s, path);
      renderPager(pager, result, s, path);
      document.title = `${s.q.slice(0, 40)} · 搜索 · 区域科技政策图鉴`;
    } catch (e) {
      if (mine !== seq) return;
      renderStatus(status, null, links, '搜索索引加载失败，请刷新页面重试。');
      console.warn(e);
    } finally {
      if (mine === seq) root.removeAttribute('aria-busy');
    }
  }

  function go(next: SearchState, push: boolean): Promise<void> {
    state = next;
    const url = `${path}${stateQuery(next)}`;
    if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    return run(next);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    void go({ q: input.value, filters: state.filters, page: 1 }, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void go({ q: input.value, filters: state.filters, page: 1 }, false), TYPING_DELAY_MS);
  });
  root.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.('a[data-filter], a[data-page]') as HTMLAnchorElement | null;
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void go(readState(new URL(link.href).search), true).then(() => status.focus());
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    input.value = state.q;
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
      input.value = '';
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a.search-link')];
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (target === input && e.key === 'ArrowDown') links[0].focus();
    else if (at >= 0) links[Math.max(0, Math.min(links.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
    else return;
    e.preventDefault();
  });

  input.value = state.q;
  // What every query needs (labels, filter values) loads while the reader types.
  void engine.client.facets().catch(() => undefined);
  void run(state);
}

/** Starts the search page on #search-app, if the page has one. */
export function startSearchPage(links: SearchLinks): void {
  const root = document.getElementById('search-app');
  if (root) init(root, links);
}
