// The results page keeps its own scroll position. Back from a report, a page
// not restored whole (no back/forward cache) draws its results only after the
// browser has restored the scroll — onto an empty page — so the reader lands
// at the top. Instead: scrollY lives in the history entry's state, saved as
// the reader scrolls and on leaving, and is restored once results are drawn.
const SAVE_DELAY_MS = 150;

export interface ScrollMemory {
  /** Writes the current position into the current history entry. */
  save(): void;
  /** Scrolls to the position saved for the current entry, if there is one. */
  restore(): void;
}

function savedY(): number | null {
  const y = (history.state as { scrollY?: unknown } | null)?.scrollY;
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}

export function scrollMemory(): ScrollMemory {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const state = history.state && typeof history.state === 'object' ? history.state : {};
    history.replaceState({ ...state, scrollY: Math.round(window.scrollY) }, '');
  };
  // Debounced: browsers throttle history calls, and only the last position matters.
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    },
    { passive: true },
  );
  window.addEventListener('pagehide', save);
  return {
    save,
    restore() {
      const y = savedY();
      if (y !== null) window.scrollTo(0, y);
    },
  };
}
