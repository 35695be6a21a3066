// The picker's live behaviour: the finder (words and filters, answered from
// the search index a page at a time: src/search/engine/find-reports.ts,
// loaded on first use), the chosen reports below the list (at most four; the
// other boxes are disabled), and submitting in the order of choosing. With
// nothing asked, the list is the page's own (the newest reports).
import { urls } from '../core/urls.ts';
import { FOUND_PAGE, listNote, type PickerEntry } from '../compare/picker.ts';
import { MAX_REPORTS } from '../compare/selection.ts';
import { toDom } from '../compare/view/dom.ts';
import { chosenItem, pickerRow } from '../compare/view/picker-view.ts';
import type { FindRequest, FoundReports, ReportFinder } from '../search/engine/find-reports.ts';
import type { SearchFilters } from '../search/engine/types.ts';

/** The finder runs when typing pauses this long. */
export const TYPING_DELAY_MS = 200;

export interface Chosen {
  id: string;
  /** 浙江省宁波市 约2012: what the chosen list calls it. */
  label: string;
}

export interface Picker {
  /** Ticks exactly these reports (the address's), in this order. */
  sync(chosen: Chosen[]): void;
}

async function loadFinder(base: string): Promise<ReportFinder> {
  const [find, client] = await Promise.all([
    import('../search/engine/find-reports.ts'),
    import('../search/engine/index-client.ts'),
  ]);
  return find.createReportFinder(client.fetchLoader(base), FOUND_PAGE);
}

export interface PickerEvents {
  /** The reader sent the form: these ids, in the order chosen. */
  submit(ids: string[]): void;
  /** The reader chose or un-chose a report (not called by `sync`). */
  choose(ids: string[]): void;
}

export function setupPicker(form: HTMLFormElement, on: PickerEvents): Picker {
  const $ = <T extends Element>(sel: string) => form.querySelector<T>(sel)!;
  const list = $<HTMLUListElement>('#cmp-list');
  const note = $<HTMLElement>('#cmp-list-note');
  const more = $<HTMLButtonElement>('#cmp-more');
  const query = $<HTMLInputElement>('#cmp-q');
  const chosenList = $<HTMLUListElement>('#cmp-chosen-list');
  const count = $<HTMLElement>('#cmp-count');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const all = Number(form.dataset.all);
  const ownRows = [...list.children].map((li) => li.cloneNode(true) as Element);
  let finder: Promise<ReportFinder> | null = null;
  let chosen: Chosen[] = [];
  let seq = 0;
  let shown: { req: FindRequest; found: FoundReports } | null = null;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="r"]')];

  function update(): void {
    const ids = new Set(chosen.map((c) => c.id));
    const full = chosen.length >= MAX_REPORTS;
    for (const b of boxes()) {
      b.checked = ids.has(b.value);
      b.disabled = !b.checked && full;
    }
    chosenList.replaceChildren(...chosen.map((c) => toDom(chosenItem(c.id, c.label))));
    count.textContent = `已选 ${chosen.length}/${MAX_REPORTS}${full ? '（已达上限）' : ''}`;
  }

  function request(page = 1): FindRequest {
    const filters: SearchFilters = {};
    for (const s of selects) if (s.value) filters[s.dataset.filter as keyof SearchFilters] = s.value;
    return { q: query.value.trim(), filters, page };
  }

  const asked = (req: FindRequest) => Boolean(req.q) || Object.keys(req.filters ?? {}).length > 0;

  function rows(found: FoundReports): Element[] {
    return found.reports.map((e: PickerEntry) => toDom(pickerRow(e)));
  }

  function showOwn(): void {
    shown = null;
    list.replaceChildren(...ownRows.map((li) => li.cloneNode(true)));
    note.textContent = listNote({ shown: ownRows.length, matching: all, all, asked: false, finder: true });
    more.hidden = true;
    update();
  }

  /** Asks the finder; `append` adds the next page below the rows shown. */
  async function find(req: FindRequest, append: boolean): Promise<void> {
    const mine = ++seq;
    if (!asked(req)) {
      showOwn();
      list.removeAttribute('aria-busy');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      finder ??= loadFinder(form.dataset.index ?? urls.searchIndex());
      const found = await (await finder).find(req);
      if (mine !== seq) return;
      const added = rows(found);
      if (append) list.append(...added);
      else {
        list.replaceChildren(...added);
        // New results start at their best match, not where the old list was scrolled to.
        list.scrollTop = 0;
      }
      shown = { req, found };
      more.hidden = found.page >= found.pageCount;
      note.textContent = listNote({
        shown: list.children.length,
        matching: found.matching,
        all: found.all,
        asked: true,
        near: found.near ? req.q : undefined,
      });
      update();
      // After 显示更多, the keyboard goes on at the first new row.
      if (append) added[0]?.querySelector('input')?.focus();
    } catch (err) {
      finder = null;
      if (mine === seq)
        note.textContent = `查找失败，请重试。 Could not search. (${err instanceof Error ? err.message : String(err)})`;
    } finally {
      if (mine === seq) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    if (target.matches('select[data-filter]')) void find(request(), false);
    if (!(target instanceof HTMLInputElement) || target.name !== 'r') return;
    chosen = chosen.filter((c) => c.id !== target.value);
    const label = target.closest('li')?.dataset.label ?? target.value;
    if (target.checked && chosen.length < MAX_REPORTS) chosen.push({ id: target.value, label });
    update();
    on.choose(chosen.map((c) => c.id));
  });
  query.addEventListener('input', () => {
    // Busy from the first key: the list is about to change (screen readers wait; so do the browser tests).
    list.setAttribute('aria-busy', 'true');
    clearTimeout(typing);
    typing = setTimeout(() => void find(request(), false), TYPING_DELAY_MS);
  });
  // Enter in the finder finds at once; it never sends the form.
  query.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    clearTimeout(typing);
    void find(request(), false);
  });
  more.addEventListener('click', () => {
    if (shown) void find({ ...shown.req, page: shown.found.page + 1 }, true);
  });
  chosenList.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button.cmp-unchoose');
    if (!button) return;
    const at = chosen.findIndex((c) => c.id === button.dataset.id);
    chosen = chosen.filter((c) => c.id !== button.dataset.id);
    update();
    on.choose(chosen.map((c) => c.id));
    // Focus stays in the chosen list (on the one before, or the first), or returns to the finder.
    const next = chosenList.querySelectorAll<HTMLButtonElement>('button.cmp-unchoose')[Math.max(0, at - 1)];
    (next ?? query).focus();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    on.submit(chosen.map((c) => c.id));
  });
  update();

  return {
    sync(next) {
      chosen = next.slice(0, MAX_REPORTS);
      update();
    },
  };
}
