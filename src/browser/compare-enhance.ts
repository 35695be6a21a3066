// Enhancements of a rendered comparison (static or live): ARIA tabs that
// pick one report at a time on phones, and every cell opened for printing.

/** Tabs before the comparison; CSS shows them (and hides the other columns) under 40rem. */
export function addTabs(root: HTMLElement): void {
  root.parentElement?.querySelector(':scope > .cmp-tabs')?.remove();
  const labels = [...root.querySelectorAll<HTMLElement>('.cmp-report__label')].map((el) => el.textContent ?? '');
  if (labels.length < 2) return;
  if (!root.id) root.id = 'cmp-root';
  const list = document.createElement('div');
  list.className = 'cmp-tabs no-print';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', '选择报告 Choose a report');
  const tabs = labels.map((text, i) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `cmp-tab-${i}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', root.id);
    tab.textContent = text;
    tab.addEventListener('click', () => select(i));
    list.append(tab);
    return tab;
  });
  function select(i: number, focus = false): void {
    root.dataset.active = String(i);
    tabs.forEach((t, j) => {
      t.setAttribute('aria-selected', String(i === j));
      t.tabIndex = i === j ? 0 : -1;
    });
    if (focus) tabs[i]?.focus();
  }
  list.addEventListener('keydown', (e) => {
    const current = Number(root.dataset.active ?? 0);
    const last = tabs.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select((next + tabs.length) % tabs.length, true);
  });
  select(0);
  root.before(list);
}

let printHooked = false;

/** Opens every collapsed cell before printing and closes them again after. */
export function hookPrint(): void {
  if (printHooked) return;
  printHooked = true;
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.cmp details:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

export function enhance(root: HTMLElement): void {
  addTabs(root);
  hookPrint();
}
