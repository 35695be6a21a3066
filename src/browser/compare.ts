// /compare/: reads the selection from the address, checks each id by asking
// for its report's data (a 404 is an unknown report; no list of every report
// is downloaded), and builds the view with DOM methods
// (src/compare/view/dom.ts). The picker (compare-picker.ts) finds and
// chooses reports; this script keeps history, CSV export and print. After the
// reader asks for a comparison, focus moves to its heading, scrolled into
// view (on a phone it starts below the fold).
import { buildComparison, type Comparison } from '../compare/compare.ts';
import { comparisonCsv } from '../compare/csv.ts';
import { entryLabel, pickerEntry } from '../compare/picker.ts';
import { MIN_REPORTS, MAX_REPORTS, readSelection, resolveSelection } from '../compare/selection.ts';
import { selectionMessages } from '../compare/selection-messages.ts';
import type { ReportCompareData, Vocabulary } from '../compare/types.ts';
import { comparisonView } from '../compare/view/comparison-view.ts';
import { toDom } from '../compare/view/dom.ts';
import { urls } from '../core/urls.ts';
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
/** The newest render: an older one that finishes later (a slow network, quick back and forward) draws nothing. */
let renderSeq = 0;
/** Times the reader chose or un-chose a report: the address does not overwrite a choice made while it loaded. */
let choices = 0;

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

async function render(search: string, opts: { focus?: boolean } = {}): Promise<void> {
  const mine = ++renderSeq;
  const choicesBefore = choices;
  // The names the view needs load beside the reports' data when the address asks for a comparison.
  if (readSelection(search).candidates.length >= MIN_REPORTS) void loadVocabulary().catch(() => undefined);
  const sel = await resolveSelection(search, async (id) => (await loadReport(id)) !== null);
  const data = new Map<string, ReportCompareData>();
  for (const id of sel.ids) data.set(id, (await loadReport(id))!);
  const vocab = sel.ids.length >= MIN_REPORTS ? await loadVocabulary() : null;
  if (mine !== renderSeq) return;
  const metas = new Map([...data].map(([id, d]) => [id, d.meta]));
  if (choices === choicesBefore)
    picker?.sync(sel.ids.map((id) => ({ id, label: entryLabel(pickerEntry(metas.get(id)!)) })));
  say(selectionMessages(sel, metas));
  current = null;
  if (toolbar) toolbar.hidden = true;
  if (heading) heading.hidden = true;
  if (!view) return;
  // One report is no comparison: the picker and the message say what is missing.
  if (!vocab) {
    view.replaceChildren();
    document.title = baseTitle;
    return;
  }
  const comparison = buildComparison(
    sel.ids.map((id) => ({ id })),
    data,
    vocab,
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
  const mine = renderSeq + 1;
  render(search, opts)
    .catch((err: unknown) => {
      if (mine !== renderSeq) return;
      say([
        `数据载入失败，请刷新重试。 Could not load the data; please reload. (${err instanceof Error ? err.message : String(err)})`,
      ]);
    })
    .finally(() => {
      if (mine === renderSeq) view?.removeAttribute('aria-busy');
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
  picker = setupPicker(form, {
    submit(ids) {
      const next = urls.compare(ids);
      // The same choice again is one history entry, not two.
      if (next !== location.pathname + location.search) history.pushState(null, '', next);
      show(location.search, { focus: true });
    },
    // What the messages said of the address no longer holds once the reader chooses anew.
    choose(ids) {
      choices++;
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
