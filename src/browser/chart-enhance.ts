// Tooltips: the build-time SVGs carry data-tip on their marks, and so do the
// figures highlighted in a report's text; this shows the tip on hover, tap
// and keyboard focus, moves focus between a chart's marks with the arrow keys
// (roving tabindex: one mark per chart is in the Tab order) and hides the tip
// with Escape, and opens the page a mark stands for (data-href) on click or
// Enter. Charts and text read fine without it (the text's figures are
// also described for screen readers).
const MARK = '[data-tip]';
let tooltip: HTMLElement | null = null;
let active: Element | null = null;

function tipFor(mark: Element): HTMLElement | null {
  const host = mark.closest('.atlas-figure__plot, .report-text');
  if (!(host instanceof HTMLElement)) return null;
  if (!tooltip) {
    tooltip = document.createElement('div');
    tooltip.className = 'atlas-tooltip';
    tooltip.setAttribute('role', 'status');
    tooltip.hidden = true;
  }
  if (tooltip.parentElement !== host) host.append(tooltip);
  return tooltip;
}

function show(mark: Element): void {
  const tip = tipFor(mark);
  if (!tip) return;
  active?.classList.remove('is-active');
  active = mark;
  mark.classList.add('is-active');
  tip.textContent = mark.getAttribute('data-tip');
  tip.hidden = false;
  const host = tip.parentElement!.getBoundingClientRect();
  const box = mark.getBoundingClientRect();
  const left = box.left - host.left + box.width / 2 - tip.offsetWidth / 2;
  const above = box.top - host.top - tip.offsetHeight - 6;
  tip.style.left = `${Math.max(0, Math.min(left, host.width - tip.offsetWidth))}px`;
  tip.style.top = `${above >= 0 ? above : box.bottom - host.top + 6}px`;
}

function hide(): void {
  active?.classList.remove('is-active');
  active = null;
  if (tooltip) tooltip.hidden = true;
}

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK) : null;
}

function move(from: Element, key: string): void {
  const marks = [...(from.closest('svg')?.querySelectorAll(MARK) ?? [])];
  const i = marks.indexOf(from);
  const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  const j = key === 'Home' ? 0 : key === 'End' ? marks.length - 1 : i + (step[key] ?? 0);
  const next = marks[Math.max(0, Math.min(marks.length - 1, j))] as SVGElement | undefined;
  if (!next || next === from) return;
  from.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

export function enhanceCharts(doc: Document = document): void {
  if (doc.documentElement.hasAttribute('data-charts-enhanced')) return;
  doc.documentElement.setAttribute('data-charts-enhanced', '');
  doc.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  doc.addEventListener('pointerout', (e) => {
    if (markOf(e.target) && !markOf(e.relatedTarget) && doc.activeElement !== active) hide();
  });
  doc.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  doc.addEventListener('focusout', (e) => {
    if (markOf(e.target)) hide();
  });
  // A mark that stands for a page (data-href: a report, a region) opens it.
  doc.addEventListener('click', (e) => {
    const href = markOf(e.target)?.closest('svg') ? markOf(e.target)?.getAttribute('data-href') : null;
    if (href) doc.defaultView?.location.assign(href);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return hide();
    const mark = markOf(e.target);
    const href = mark?.closest('svg') ? mark.getAttribute('data-href') : null;
    if (href && e.key === 'Enter') return doc.defaultView?.location.assign(href);
    // Arrow keys move between a chart's marks; in text they scroll as usual.
    if (mark?.closest('svg') && /^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(e.key)) {
      e.preventDefault();
      move(mark, e.key);
    }
  });
}
