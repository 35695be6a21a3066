// The picker's live behaviour: filters by province, level, year and type,
// at most four ticked (the rest disabled), and submitting as ?r=a,b.
import { MAX_REPORTS } from '../compare/selection.ts';

const boxes = (form: HTMLFormElement) => [
  ...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="r"]'),
];

function updateLimit(form: HTMLFormElement): void {
  const all = boxes(form);
  const checked = all.filter((b) => b.checked).length;
  for (const b of all) b.disabled = !b.checked && checked >= MAX_REPORTS;
  const note = form.querySelector('#cmp-count');
  if (note) note.textContent = `已选 ${checked}/${MAX_REPORTS}${checked >= MAX_REPORTS ? '（已达上限）' : ''}`;
}

function applyFilters(form: HTMLFormElement): void {
  const filters = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map(
    (s) => [s.dataset.filter ?? '', s.value] as const,
  );
  for (const li of form.querySelectorAll<HTMLElement>('#cmp-list > li')) {
    const ok = filters.every(([key, value]) => value === '' || li.dataset[key] === value);
    // Ticked reports stay visible, so a filter never hides a choice.
    li.hidden = !ok && !li.querySelector<HTMLInputElement>('input:checked');
  }
}

export function syncPicker(form: HTMLFormElement, ids: string[]): void {
  for (const b of boxes(form)) b.checked = ids.includes(b.value);
  updateLimit(form);
  applyFilters(form);
}

export function setupPicker(form: HTMLFormElement, onSubmit: (ids: string[]) => void): void {
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    if (target.matches('select[data-filter]')) applyFilters(form);
    else updateLimit(form);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(
      boxes(form)
        .filter((b) => b.checked)
        .map((b) => b.value),
    );
  });
  updateLimit(form);
}
