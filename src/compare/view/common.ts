// Pieces every part of the comparison view uses: bilingual labels, column
// headers, a figure as a value, a sentence with its figures highlighted.
import { KIND_LABELS } from '../../words/labels.ts';
import { figureTip } from '../../words/figure-words.ts';
import { urls } from '../../core/urls.ts';
import type { Column } from '../columns.ts';
import type { Bilingual, CompareFigure, CompareSentence } from '../types.ts';
import { classes, h, type Child, type VNode } from './h.ts';

export function bi(text: Bilingual): Child[] {
  return [text.zh, ' ', h('span', { class: 'en' }, text.en)];
}

export const colClass = (i: number) => `cmp-c cmp-c--${i}`;

export function sentenceHref(reportId: string, n: number): string {
  return `${urls.report(reportId)}#s-${n}`;
}

/** The header row: a first header cell, then one per column with its swatch. */
export function headRow(first: Bilingual, columns: Column[]): VNode {
  return h(
    'tr',
    null,
    h('th', { scope: 'col' }, bi(first)),
    columns.map((c, i) =>
      h(
        'th',
        { scope: 'col', class: colClass(i) },
        h('span', { class: `cmp-swatch cmp-swatch--${i}`, 'aria-hidden': 'true' }),
        c.label.zh,
      ),
    ),
  );
}

/** Phone layouts stack the cells; each cell then says whose it is. */
export function cellOwner(col: Column): VNode {
  return h('span', { class: 'cmp-owner' }, col.label.zh);
}

// One wording with the report text's tooltips (src/words/figure-words.ts).
export { figureTip };

/** A figure as a value with its kind, linking to the figure in its report. */
export function figureValue(f: CompareFigure, reportId: string): VNode {
  const kind = KIND_LABELS[f.kind] ?? { zh: f.kind, en: f.kind };
  const extras = [f.subject_qualifier, f.period].filter(Boolean).join(' · ');
  return h(
    'span',
    { class: 'cmp-figure' },
    h(
      'a',
      { href: urls.figure(reportId, f.n), class: classes('cmp-value', `cmp-kind--${f.kind}`), title: figureTip(f) },
      f.masked ? h('span', { class: 'masked' }, f.raw) : f.raw,
    ),
    ' ',
    h('span', { class: classes('tag', `cmp-kind cmp-kind--${f.kind}`) }, kind.zh),
    extras && h('span', { class: 'cmp-extra' }, ` ${extras}`),
  );
}

/** A sentence with each of its figures highlighted, plus a link to the sentence. */
export function sentenceWithFigures(s: CompareSentence, figures: CompareFigure[], reportId: string): Child[] {
  const out: Child[] = [];
  let at = 0;
  for (const f of [...figures].sort((a, b) => a.at - b.at)) {
    if (f.at < at || f.at < 0) continue;
    out.push(s.text.slice(at, f.at));
    out.push(
      h(
        'mark',
        { class: classes('fig', `fig--${f.kind}`, f.masked && 'fig--masked'), title: figureTip(f) },
        s.text.slice(f.at, f.at + f.len),
      ),
    );
    at = f.at + f.len;
  }
  out.push(s.text.slice(at));
  out.push(
    ' ',
    h(
      'a',
      { class: 'cmp-src', href: sentenceHref(reportId, s.n), 'aria-label': `原文第 ${s.n + 1} 句 Source sentence` },
      '原文',
    ),
  );
  return out;
}

export function section(id: string, title: Bilingual, intro: Child[] | null, ...body: (Child | Child[])[]): VNode {
  return h(
    'section',
    { class: 'cmp-section', id, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, bi(title)),
    intro && h('p', { class: 'cmp-intro' }, intro),
    ...body,
  );
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)}%`;
}

/** A horizontal bar as SVG attributes (CSP allows no style=""). */
export function bar(fraction: number, col: number): VNode {
  const w = Math.max(0, Math.min(1, fraction)) * 100;
  return h(
    'svg',
    { class: 'cmp-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    h('rect', { class: `cmp-fill cmp-fill--${col}`, x: 0, y: 0, width: w.toFixed(2), height: 10 }),
  );
}
