// The series view's enhancements (src/pages/indicators/[id]/[series].astro):
// the region picker (find by Chinese, pinyin or English name; tick to
// highlight; show all), the tabs (chart, table, map), the "displayed" CSV of
// exactly the rows shown, and the address: `?region=…&tab=…` is read on load
// and rewritten on every change, so a reload, a shared link or the embed
// link reproduces the view. Without script the page shows every panel: the
// static chart, the whole table and the map.
import { urls } from '../core/urls.ts';
import { RENDERING_EVENT } from './chart-widths.ts';
import { applyPicks, parseRegions } from './region-pick.ts';

interface CsvData {
  header: string;
  rows: { region: string; line: string }[];
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, '');

export function initSeriesView(doc: Document = document): void {
  const view = doc.querySelector<HTMLElement>('[data-series-view]');
  if (!view) return;
  const { indicator = '', slug = '', chart = '' } = view.dataset;
  const boxes = [...view.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-region]')];
  const known = new Set(boxes.map((b) => b.value));
  const tabs = [...view.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panels = [...view.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
  const status = view.querySelector<HTMLElement>('[data-pick-status]');
  const data = JSON.parse(doc.getElementById('series-csv')?.textContent ?? '{"header":"","rows":[]}') as CsvData;
  const displayed = doc.querySelector<HTMLAnchorElement>('[data-displayed-csv]');
  const embedLinks = [...doc.querySelectorAll<HTMLAnchorElement>('[data-embed-view]')];
  let objectUrl: string | null = null;

  const params = new URLSearchParams(doc.location.search);
  let picked = parseRegions(doc.location.search).filter((k) => known.has(k));
  let tab = tabs.some((t) => t.dataset.tab === params.get('tab')) ? params.get('tab')! : 'chart';

  const render = (write: boolean) => {
    const set = new Set(picked);
    for (const b of boxes) b.checked = set.has(b.value);
    applyPicks(view, picked);
    for (const tr of view.querySelectorAll<HTMLElement>('tr[data-region]'))
      tr.hidden = set.size > 0 && !set.has(tr.dataset.region ?? '');
    for (const t of tabs) {
      const on = t.dataset.tab === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
    }
    for (const p of panels) {
      p.removeAttribute('data-tab-later');
      p.hidden = p.dataset.tab !== tab;
    }
    // The displayed CSV: the header and the lines of the regions shown, as the full file writes them.
    const lines = data.rows.filter((r) => set.size === 0 || set.has(r.region)).map((r) => r.line);
    if (displayed) {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = URL.createObjectURL(new Blob([`${[data.header, ...lines].join('\n')}\n`], { type: 'text/csv' }));
      displayed.href = objectUrl;
      displayed.dataset.rows = String(lines.length);
    }
    const state = { regions: picked, tab };
    const embed = urls.embed(chart) + (picked.length ? `?region=${picked.join(',')}` : '');
    for (const a of embedLinks) a.href = embed;
    // The embed code offered under the chart embeds this view.
    for (const area of view.querySelectorAll<HTMLTextAreaElement>('.atlas-figure__embed textarea'))
      area.value = area.value.replace(/(\/embed\/[^/"?]+\/)(\?region=[^"]*)?/g, (_m, path: string) =>
        picked.length ? `${path}?region=${picked.join(',')}` : path,
      );
    // The table's caption says how many of its rows the picked regions leave shown.
    const tableShown = view.querySelector<HTMLElement>('[data-table-shown]');
    if (tableShown) {
      tableShown.hidden = set.size === 0;
      tableShown.textContent = set.size
        ? `（所选地区 ${lines.length} 行 · ${lines.length} row(s) of the picked regions）`
        : '';
    }
    if (status)
      status.textContent = set.size
        ? `已选 ${set.size} 个地区，显示 ${lines.length} 行 · ${set.size} region(s) picked, ${lines.length} row(s) shown`
        : `显示全部 ${lines.length} 行 · All ${lines.length} rows shown`;
    if (write) history.replaceState(null, '', urls.seriesView(indicator, slug, state));
  };

  for (const b of boxes)
    b.addEventListener('change', () => {
      picked = b.checked ? [...picked, b.value] : picked.filter((k) => k !== b.value);
      render(true);
    });
  view.querySelector('[data-show-all]')?.addEventListener('click', () => {
    picked = [];
    render(true);
  });
  const find = view.querySelector<HTMLInputElement>('[data-region-find]');
  find?.addEventListener('input', () => {
    const q = fold(find.value);
    let shown = 0;
    for (const li of view.querySelectorAll<HTMLElement>('[data-names]')) {
      li.hidden = q !== '' && !fold(li.dataset.names ?? '').includes(q);
      if (!li.hidden) shown += 1;
    }
    // Words that match no region say so, rather than leaving an empty list.
    const none = view.querySelector<HTMLElement>('[data-find-none]');
    if (none) none.hidden = shown > 0;
  });
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => {
      tab = t.dataset.tab ?? 'chart';
      render(true);
    });
    t.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      // The tab beside this one, wrapping round (the list holds at least this tab).
      const next = tabs[(i + step + tabs.length) % tabs.length];
      if (!next) return;
      tab = next.dataset.tab ?? 'chart';
      render(true);
      next.focus();
    });
  });
  // A wider drawing swapped in keeps the picks.
  view.addEventListener(RENDERING_EVENT, () => applyPicks(view, picked));
  render(false);
  view.setAttribute('data-ready', '');
}
