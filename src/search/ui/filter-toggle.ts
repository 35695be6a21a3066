// On phones the filters sit above the results, folded behind one button
// (below the results they were thousands of pixels down). Wide screens show
// them beside the results and hide the button (search.astro's CSS).
export interface FilterToggle {
  /** Shows the button when there are filters to choose, saying how many are chosen. */
  update(groups: number, chosen: number): void;
}

const OPEN_CLASS = 'search-layout--filters-open';

export function filterToggle(button: HTMLButtonElement, layout: HTMLElement): FilterToggle {
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    layout.classList.toggle(OPEN_CLASS, open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  return {
    update(groups, chosen) {
      button.hidden = groups === 0;
      button.textContent = chosen ? `筛选（已选 ${chosen} 项）` : '筛选';
      if (!groups) set(false);
    },
  };
}
