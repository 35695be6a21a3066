// Post-processing of the SVG Plot renders (a linkedom DOM), so the output is
// deterministic, accessible, free of inline styles (the site's CSP) and
// carries the hooks the browser script uses.
import { TOKENS, TOKEN_PREFIX, HATCH_FILL } from './palette.ts';

// linkedom's DOM; typed loosely on purpose, only standard DOM calls are used.
type El = Element;

const TOKEN_REF = new RegExp(`^var\\(${TOKEN_PREFIX}([a-z0-9-]+)\\)$`);

/** Drop Plot's <style> element and inline style: charts.css carries those rules. */
export function stripPlotStyle(svg: El): void {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.removeAttribute('style');
  svg.setAttribute('class', 'atlas-chart');
}

/** SVG's own font-variant values; anything else (Plot's `tabular-nums` on axes) is not an SVG attribute value. */
const SVG_FONT_VARIANTS = new Set(['normal', 'small-caps', 'inherit']);

/**
 * Plot sets `font-variant="tabular-nums"` on the tick labels of a numeric
 * axis; SVG's attribute knows only normal and small-caps (HTML validators
 * reject it). The attribute becomes a class, and charts.css (and the
 * downloads' stylesheet) sets the CSS property `font-variant-numeric`.
 */
export function fontVariantsToClasses(svg: El): void {
  for (const el of svg.querySelectorAll('[font-variant]')) {
    const value = (el.getAttribute('font-variant') ?? '').trim();
    if (SVG_FONT_VARIANTS.has(value)) continue;
    el.removeAttribute('font-variant');
    if (value === 'tabular-nums') addClass(el, TABULAR_NUMS_CLASS);
  }
}

export const TABULAR_NUMS_CLASS = 'atlas-tabular-nums';

/**
 * Plot writes a mark's `title` channel as a <title> child. Move it to
 * data-tip (read by src/browser/chart-enhance.ts) and give the marks a roving
 * tabindex: the first is reachable by Tab, arrow keys move between the rest.
 */
export function titlesToTips(svg: El): number {
  const marks: El[] = [];
  for (const title of [...svg.querySelectorAll('title')]) {
    const parent = title.parentElement;
    if (!parent || parent === svg) continue;
    parent.setAttribute('data-tip', (title.textContent ?? '').trim());
    title.remove();
    marks.push(parent);
    // A mark with an href (its page) comes wrapped in <a>: inside an SVG that is
    // one image (role="img") a link would be a hidden, nameless control, so
    // the address moves onto the mark as data-href, which the chart script
    // follows on click or Enter; the data table's rows carry the same links.
    const link = parent.parentElement;
    if (link?.tagName.toLowerCase() === 'a') {
      parent.setAttribute('data-href', link.getAttribute('href') ?? '');
      link.replaceWith(parent);
    }
  }
  marks.forEach((mark, i) => mark.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  return marks.length;
}

/**
 * `fill="var(--atlas-x)"` → `fill="<fallback>" class="atlas-fill-x"`: the
 * attribute works anywhere (downloads, feeds), the class lets charts.css
 * switch to the dark value.
 */
export function tokensToClasses(svg: El, dark: boolean): void {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of ['fill', 'stroke'] as const) {
      const value = el.getAttribute(attr);
      const name = value ? TOKEN_REF.exec(value)?.[1] : undefined;
      if (name === undefined) continue;
      const token = TOKENS[name];
      if (!token) throw new Error(`unknown colour token in chart: ${value}`);
      el.setAttribute(attr, dark ? token.dark : token.light);
      addClass(el, `atlas-${attr}-${name}`);
    }
  }
}

function addClass(el: El, name: string): void {
  const current = el.getAttribute('class');
  el.setAttribute('class', current ? `${current} ${name}` : name);
}

/** Plot numbers clip paths with a process-wide counter; renumber them from the chart's own prefix. */
export function stableIds(svg: El, prefix: string): void {
  const renames = new Map<string, string>();
  let n = 0;
  for (const el of svg.querySelectorAll('[id]')) {
    const id = el.getAttribute('id') as string;
    const next = `${prefix}-id${n++}`;
    renames.set(id, next);
    el.setAttribute('id', next);
  }
  if (renames.size === 0) return;
  for (const el of svg.querySelectorAll('*')) {
    for (const attr of ['clip-path', 'mask', 'fill', 'stroke', 'href']) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      const ref = (/^url\(#(.+)\)$/.exec(value) ?? /^#(.+)$/.exec(value))?.[1];
      const target = ref === undefined ? undefined : renames.get(ref);
      if (ref !== undefined && target) el.setAttribute(attr, value.replace(ref, target));
    }
  }
}

/** Give redacted markers a hatch pattern of their own (ids must be unique per page). */
export function addHatch(svg: El, prefix: string): void {
  const users = svg.querySelectorAll(`[fill="${HATCH_FILL}"]`);
  if (users.length === 0) return;
  const id = `${prefix}-hatch`;
  const doc = svg.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = doc.createElementNS(ns, 'defs');
  const pattern = doc.createElementNS(ns, 'pattern');
  for (const [k, v] of Object.entries({
    id,
    width: '6',
    height: '6',
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  })) {
    pattern.setAttribute(k, v);
  }
  const back = doc.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ width: '6', height: '6', fill: `var(${TOKEN_PREFIX}redacted)` }))
    back.setAttribute(k, v);
  const line = doc.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({
    x1: '0',
    y1: '0',
    x2: '0',
    y2: '6',
    stroke: `var(${TOKEN_PREFIX}hatch)`,
    'stroke-width': '2',
  })) {
    line.setAttribute(k, v);
  }
  pattern.append(back, line);
  defs.append(pattern);
  svg.insertBefore(defs, svg.firstChild);
  for (const el of users) {
    el.setAttribute('fill', `url(#${id})`);
    addClass(el, 'atlas-redacted');
  }
}

/** role=img with the alt text, and a <title> for tools that read SVG files. */
export function addA11y(svg: El, title: string, alt: string, prefix: string): void {
  const doc = svg.ownerDocument;
  const titleEl = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleEl.setAttribute('id', `${prefix}-title`);
  titleEl.textContent = title;
  svg.insertBefore(titleEl, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', alt);
  svg.removeAttribute('aria-description');
  // Under role=img the marks are presentational; Plot's aria-label on plain
  // <g> elements is then a prohibited ARIA attribute (axe: serious).
  for (const el of svg.querySelectorAll('[aria-label]')) if (el !== svg) el.removeAttribute('aria-label');
}
