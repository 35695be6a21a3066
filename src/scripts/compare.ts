// /compare/: reads the selection from the address, checks it against the
// index, downloads only the selected reports' data and builds the view with
// DOM methods (src/compare/view/dom.ts). Also: picker filters, the four-report
// limit, history, CSV export and print.
import { buildComparison, type Comparison } from '../compare/compare.ts';
import { comparisonCsv } from '../compare/csv.ts';
import { MAX_REPORTS, MIN_REPORTS, parseSelection, type ParsedSelection } from '../compare/selection.ts';
import type { CompareIndex, ReportCompareData } from '../compare/types.ts';
import { comparisonView } from '../compare/view/comparison-view.ts';
import { toDom } from '../compare/view/dom.ts';
import { urls } from '../lib/urls.ts';
import { enhance } from './compare-enhance.ts';
import { setupPicker, syncPicker } from './compare-picker.ts';

const DATA = '/compare-data/';
const form = document.querySelector<HTMLFormElement>('#cmp-picker');
const messages = document.querySelector<HTMLElement>('#cmp-messages');
const view = document.querySelector<HTMLElement>('#cmp-view');
const toolbar = document.querySelector<HTMLElement>('#cmp-toolbar');
const share = document.querySelector<HTMLAnchorElement>('#cmp-share');
const baseTitle = document.title;

let index: Promise<CompareIndex> | null = null;
const reportData = new Map<string, Promise<ReportCompareData>>();
let current: { comparison: Comparison; ids: string[] } | null = null;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function loadIndex(): Promise<CompareIndex> {
  index ??= getJson<CompareIndex>(`${DATA}index.json`);
  return index;
}

function loadReport(id: string): Promise<ReportCompareData> {
  let p = reportData.get(id);
  if (!p) {
    p = getJson<ReportCompareData>(`${DATA}${id}.json`);
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

function selectionMessages(sel: ParsedSelection): string[] {
  const out: string[] = [];
  if (sel.malformed.length) out.push(`无法识别的报告编号（只能含小写字母、数字和连字符）：${sel.malformed.join('、')}。 Not a report id: ${sel.malformed.join(', ')}.`);
  if (sel.unknown.length) out.push(`找不到这些报告：${sel.unknown.join('、')}。 Unknown report: ${sel.unknown.join(', ')}.`);
  if (sel.dropped.length) out.push(`最多同时对比 ${MAX_REPORTS} 篇，只显示前 ${MAX_REPORTS} 篇；未显示：${sel.dropped.join('、')}。 At most ${MAX_REPORTS} reports: showing the first ${MAX_REPORTS}.`);
  if (sel.ids.length > 0 && sel.ids.length < MIN_REPORTS) out.push(`再选至少一篇报告即可并排对比。 Pick at least one more report to compare.`);
  if (sel.ids.length === 0) out.push(`请在上面的列表中选择 ${MIN_REPORTS}–${MAX_REPORTS} 篇报告。 Pick ${MIN_REPORTS}–${MAX_REPORTS} reports from the list above.`);
  return out;
}

async function render(search: string): Promise<void> {
  const idx = await loadIndex();
  const sel = parseSelection(search, new Set(idx.reports.map((r) => r.id)));
  if (form) syncPicker(form, sel.ids);
  const notes = selectionMessages(sel);
  say(notes);
  current = null;
  if (toolbar) toolbar.hidden = true;
  if (!view) return;
  if (sel.ids.length === 0) {
    view.replaceChildren();
    document.title = baseTitle;
    return;
  }
  view.setAttribute('aria-busy', 'true');
  const data = new Map<string, ReportCompareData>();
  for (const [i, d] of (await Promise.all(sel.ids.map(loadReport))).entries()) data.set(sel.ids[i], d);
  const comparison = buildComparison(
    sel.ids.map((id) => ({ id })),
    data,
    idx.vocab,
  );
  const root = toDom(comparisonView(comparison)) as HTMLElement;
  view.replaceChildren(root);
  view.removeAttribute('aria-busy');
  enhance(root);
  current = { comparison, ids: sel.ids };
  if (toolbar) toolbar.hidden = false;
  if (share) share.href = urls.compare(sel.ids);
  document.title = `${comparison.columns.map((c) => c.label.zh).join(' · ')} · ${baseTitle}`;
}

function show(search: string): void {
  render(search).catch((err: unknown) => {
    view?.removeAttribute('aria-busy');
    say([`数据载入失败，请刷新重试。 Could not load the data; please reload. (${err instanceof Error ? err.message : String(err)})`]);
  });
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
    const next = urls.compare(ids);
    history.pushState(null, '', next);
    show(location.search);
  });
}
window.addEventListener('popstate', () => show(location.search));
show(location.search);
