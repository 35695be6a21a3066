// The embed page's only script: applies the URL options (theme, language,
// title) and tells the host page its height, on load, whenever it changes
// (ResizeObserver: the data table opening, a narrower frame) and when the host
// script asks. The page reads fine without it.
import { isMeasureRequest, resizeMessage } from '../embed/message.ts';
import { optionClasses, parseEmbedOptions } from '../embed/options.ts';

export function applyOptions(doc: Document, search: string): void {
  const opts = parseEmbedOptions(search);
  // The page ships light (for readers without script); the options replace that.
  doc.documentElement.classList.remove('atlas-theme-light');
  doc.documentElement.classList.add(...optionClasses(opts));
  for (const block of doc.querySelectorAll<HTMLElement>('[data-embed-lang]')) {
    block.hidden = block.dataset.embedLang !== opts.lang;
  }
}

/** The document's content height: <html> is as tall as its content (body has no margin). */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

export function reportHeight(win: Window): void {
  const doc = win.document;
  const chart = doc.documentElement.dataset.atlasChart;
  if (!chart || win.parent === win) return;
  let last = -1;
  const post = (force = false) => {
    const height = contentHeight(doc);
    if (height === last && !force) return;
    last = height;
    // The height is not secret, so any parent may read it: targetOrigin '*'.
    win.parent.postMessage(resizeMessage(chart, height), '*');
  };
  new ResizeObserver(() => post()).observe(doc.documentElement);
  win.addEventListener('load', () => post(true));
  win.addEventListener('message', (event) => {
    if (event.source === win.parent && isMeasureRequest(event.data)) post(true);
  });
  post();
}

export function initEmbedPage(win: Window = window): void {
  applyOptions(win.document, win.location.search);
  reportHeight(win);
}
