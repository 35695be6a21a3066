// /compare/: reads the selection from the address, checks it against the
// index, downloads only the selected reports' data and builds the view with
// DOM methods (src/compare/view/dom.ts). Also: picker filters, the four-report
// limit, the order of ticking (kept in the address), the list count, history,
// CSV export and print. After the reader asks for a comparison, focus moves to
// its heading, scrolled into view (on a phone it starts below the fold).
import { yearSpan } from '../vocabulary/report-words.ts';
import { buildComparison, type Comparison } from '../compare/compare.ts';
import { comparisonCsv } from '../compare/csv.ts';
import { regionName } from '../compare/columns.ts';
import {
  MAX_REPORTS,
  MIN_REPORTS,
  parseSelection,
  pickOrder,
  repick,
  type ParsedSelection,
} from '../compare/selection.ts';
import type { CompareIndex, CompareMeta, ReportCompareData } from '../compare/types.ts';
import { comparisonView } from '../compare/view/comparison-view.ts';
import { toDom } from '../compare/view/dom.ts';
import { urls } from '../vocabulary/urls.ts';
import { enhance } from './compare-enhance.ts';
import { setupPicker, syncPicker } from './compare-picker.ts';

const form = document.querySelector<HTMLFormElement>('#cmp-picker');
const messages = document.querySelector<HTMLElement>('#cmp-messages');
const view = document.querySelector<HTMLElement>('#cmp-view');
const toolbar = document.querySelector<HTMLElement>('#cmp-toolbar');
const share = document.querySelector<HTMLAnchorElement>('#cmp-share');
const heading = document.querySelector<HTMLElement>('#cmp-result-h');
const listNote = document.querySelector<HTMLElement>('#cmp-list-note');
const baseTitle = document.title;

let index: Promise<CompareIndex> | null = null;
const reportData = new Map<string, Promise<ReportCompareData>>();
let current: { comparison: Comparison; ids: string[] } | null = null;
/** Ticked ids in the order the reader ticked them (the form sends list order). */
let picked: string[] = [];

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function loadIndex(): Promise<CompareIndex> {
  index ??= getJson<CompareIndex>(urls.compareData('index'));
  return index;
}

function loadReport(id: string): Promise<ReportCompareData> {
  let p = reportData.get(id);
  if (!p) {
    p = getJson<ReportCompareData>(urls.compareData(id));
    reportData.set(id, p);
  }
  return p;
}

function say(lines: string[]): void {
  if (!messages) return;
  messages.replaceChildren(
    ...lines.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
}

function selectionMessages(sel: ParsedSelection, reports: CompareMeta[]): string[] {
  const out: string[] = [];
  if (sel.malformed.length)
    out.push(
      `无法识别的报告编号（只能含字母、数字和连字符）：${sel.malformed.join('、')}。 Not a report id: ${sel.malformed.join(', ')}.`,
    );
  if (sel.unknown.length)
    out.push(`找不到这些报告：${sel.unknown.join('、')}。 Unknown report: ${sel.unknown.join(', ')}.`);
  if (sel.dropped.length)
    out.push(
      `最多同时对比 ${MAX_REPORTS} 篇，只显示前 ${MAX_REPORTS} 篇；未显示：${sel.dropped.join('、')}。 At most ${MAX_REPORTS} reports: showing the first ${MAX_REPORTS}.`,
    );
  if (sel.ids.length > 0 && sel.ids.length < MIN_REPORTS) {
    const one = reports.find((r) => r.id === sel.ids[0]);
    const name = one ? `${regionName(one)} ${yearSpan(one)}` : sel.ids[0];
    out.push(
      `并排对比至少需要 ${MIN_REPORTS} 篇报告，现在只选了 1 篇（${name}）：请在上面的列表中再选至少一篇。 A comparison needs at least ${MIN_REPORTS} reports; pick at least one more.`,
    );
  }
  if (sel.ids.length === 0)
    out.push(
      `请在上面的列表中选择 ${MIN_REPORTS}–${MAX_REPORTS} 篇报告。 Pick ${MIN_REPORTS}–${MAX_REPORTS} reports from the list above.`,
    );
  return out;
}

/** "共 11 篇", or "显示 5 篇，共 11 篇" under a filter: the list scrolls, and says how long it is. */
function countList(): void {
  if (!form || !listNote) return;
  const items = [...form.querySelectorAll<HTMLElement>('#cmp-list > li')];
  const shown = items.filter((li) => !li.hidden).length;
  listNote.textContent = shown === items.length ? `共 ${items.length} 篇` : `显示 ${shown} 篇，共 ${items.length} 篇`;
}

async function render(search: string, opts: { focus?: boolean } = {}): Promise<void> {
  const idx = await loadIndex();
  const sel = parseSelection(search, new Set(idx.reports.map((r) => r.id)));
  if (form) syncPicker(form, sel.ids);
  picked = [...sel.ids];
  countList();
  say(selectionMessages(sel, idx.reports));
  current = null;
  if (toolbar) toolbar.hidden = true;
  if (heading) heading.hidden = true;
  if (!view) return;
  // One report is no comparison: the picker and the message say what is missing.
  if (sel.ids.length < MIN_REPORTS) {
    view.replaceChildren();
    document.title = baseTitle;
    return;
  }
  const data = new Map<string, ReportCompareData>();
  for (const [i, d] of (await Promise.all(sel.ids.map(loadReport))).entries()) data.set(sel.ids[i], d);
  const comparison = buildComparison(
    sel.ids.map((id) => ({ id })),
    data,
    idx.vocab,
  );
  const root = toDom(comparisonView(comparison)) as HTMLElement;
  view.replaceChildren(root);
  enhance(root);
  current = { comparison, ids: sel.ids };
  if (toolbar) toolbar.hidden = false;
  if (share) share.href = urls.compare(sel.ids);
  const names = comparison.columns.map((c) => c.label.zh).join(' · ');
  document.title = `${names} · ${baseTitle}`;
  if (heading) {
    heading.textContent = `对比：${names}`;
    heading.hidden = false;
    if (opts.focus) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    }
  }
}

function show(search: string, opts: { focus?: boolean } = {}): void {
  // Busy from the first fetch until the comparison is drawn (screen readers wait; so do the browser tests).
  view?.setAttribute('aria-busy', 'true');
  render(search, opts)
    .catch((err: unknown) => {
      say([
        `数据载入失败，请刷新重试。 Could not load the data; please reload. (${err instanceof Error ? err.message : String(err)})`,
      ]);
    })
    .finally(() => view?.removeAttribute('aria-busy'));
}

function exportCsv(): void {
  if (!current) return;
  const blob = new Blob([comparisonCsv(current.comparison, location.origin)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `compare-${current.ids.join('_')}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

document.querySelector('#cmp-csv')?.addEventListener('click', exportCsv);
document.querySelector('#cmp-print')?.addEventListener('click', () => window.print());
if (form) {
  setupPicker(form, (ids) => {
    const next = urls.compare(pickOrder(picked, ids));
    history.pushState(null, '', next);
    show(location.search, { focus: true });
  });
  // After the picker's own listener: a tick joins the order, a filter changes the count.
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.matches('input[type="checkbox"][name="r"]')) picked = repick(picked, box.value, box.checked);
    else countList();
  });
}
window.addEventListener('popstate', () => show(location.search));
show(location.search);
