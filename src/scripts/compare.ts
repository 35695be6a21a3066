// /compare/: reads the selection from the address, checks each id by asking
// for its report's data (a 404 is an unknown report; no list of every report
// is downloaded), and builds the view with DOM methods
// (src/compare/view/dom.ts). The picker (compare-picker.ts) finds and
// chooses reports; this script keeps history, CSV export and print. After the
// reader asks for a comparison, focus moves to its heading, scrolled into
// view (on a phone it starts below the fold).
import { yearSpan } from '../vocabulary/report-words.ts';
import { buildComparison, type Comparison } from '../compare/compare.ts';
import { comparisonCsv } from '../compare/csv.ts';
import { regionName } from '../compare/columns.ts';
import { entryLabel, pickerEntry } from '../compare/picker.ts';
import {
  MAX_REPORTS,
  MIN_REPORTS,
  readSelection,
  resolveSelection,
  type ParsedSelection,
} from '../compare/selection.ts';
import type { CompareMeta, ReportCompareData, Vocabulary } from '../compare/types.ts';
import { comparisonView } from '../compare/view/comparison-view.ts';
import { toDom } from '../compare/view/dom.ts';
import { urls } from '../vocabulary/urls.ts';
import { enhance } from './compare-enhance.ts';
import { setupPicker, type Picker } from './compare-picker.ts';

const form = document.querySelector<HTMLFormElement>('#cmp-picker');
const messages = document.querySelector<HTMLElement>('#cmp-messages');
const view = document.querySelector<HTMLElement>('#cmp-view');
const toolbar = document.querySelector<HTMLElement>('#cmp-toolbar');
const share = document.querySelector<HTMLAnchorElement>('#cmp-share');
const heading = document.querySelector<HTMLElement>('#cmp-result-h');
const baseTitle = document.title;

let vocabulary: Promise<Vocabulary> | null = null;
const reportData = new Map<string, Promise<ReportCompareData | null>>();
let current: { comparison: Comparison; ids: string[] } | null = null;
let picker: Picker | null = null;

/** The JSON at `path`, or null when there is none (404); other failures throw. */
async function getJson<T>(path: string): Promise<T | null> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= getJson<Vocabulary>(urls.compareVocabulary()).then((v) => {
    if (!v) throw new Error(`${urls.compareVocabulary()}: HTTP 404`);
    return v;
  });
  vocabulary.catch(() => (vocabulary = null));
  return vocabulary;
}

/** A report's compare data, or null when no report has this id. */
function loadReport(id: string): Promise<ReportCompareData | null> {
  let p = reportData.get(id);
  if (!p) {
    p = getJson<ReportCompareData>(urls.compareData(id));
    // A failed request is not remembered: the next view asks again.
    p.catch(() => reportData.delete(id));
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

function selectionMessages(sel: ParsedSelection, metas: Map<string, CompareMeta>): string[] {
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
    const one = metas.get(sel.ids[0]);
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

async function render(search: string, opts: { focus?: boolean } = {}): Promise<void> {
  // The names the view needs load beside the reports' data when the address asks for a comparison.
  if (readSelection(search).candidates.length >= MIN_REPORTS) void loadVocabulary().catch(() => undefined);
  const sel = await resolveSelection(search, async (id) => (await loadReport(id)) !== null);
  const data = new Map<string, ReportCompareData>();
  for (const id of sel.ids) data.set(id, (await loadReport(id))!);
  const metas = new Map([...data].map(([id, d]) => [id, d.meta]));
  picker?.sync(sel.ids.map((id) => ({ id, label: entryLabel(pickerEntry(metas.get(id)!)) })));
  say(selectionMessages(sel, metas));
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
  const comparison = buildComparison(
    sel.ids.map((id) => ({ id })),
    data,
    await loadVocabulary(),
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
  picker = setupPicker(form, {
    submit(ids) {
      history.pushState(null, '', urls.compare(ids));
      show(location.search, { focus: true });
    },
    // What the messages said of the address no longer holds once the reader chooses anew.
    choose(ids) {
      const n = ids.length;
      say([
        n >= MIN_REPORTS
          ? `已选 ${n} 篇：按“对比所选报告”并排查看。 ${n} chosen: press Compare to see them side by side.`
          : `再选 ${MIN_REPORTS - n} 篇即可对比（共可选 ${MIN_REPORTS}–${MAX_REPORTS} 篇）。 Pick ${MIN_REPORTS - n} more to compare.`,
      ]);
    },
  });
}
window.addEventListener('popstate', () => show(location.search));
show(location.search);
