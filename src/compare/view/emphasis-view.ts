// Emphasis: each column's share of text per theme, as small bars on one
// common scale, with the percentage as text (colour is never needed).
import { columnAt, type Column } from '../columns.ts';
import type { Emphasis } from '../emphasis.ts';
import { bar, bi, cellOwner, colClass, headRow, percent, section } from './common.ts';
import { h, type VNode } from './h.ts';

export function emphasisView(e: Emphasis, columns: Column[]): VNode {
  return section(
    'cmp-emphasis',
    { zh: '侧重', en: 'Emphasis' },
    [
      '各报告正文中谈到每个主题的文字比例（同一比例尺）。',
      h('span', { class: 'en' }, ' Share of each report’s text per theme, on one scale.'),
    ],
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'cmp-table cmp-emphasis' },
        h('caption', { class: 'visually-hidden' }, '主题文字占比 Share of text per theme'),
        h('thead', null, headRow({ zh: '主题', en: 'Theme' }, columns)),
        h(
          'tbody',
          null,
          e.rows.map((row) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, bi(row.theme)),
              row.shares.map((s, i) =>
                h(
                  'td',
                  { class: colClass(i), 'data-share': s.toFixed(4) },
                  cellOwner(columnAt(columns, i)),
                  h('span', { class: 'num cmp-pct' }, percent(s)),
                  bar(e.max > 0 ? s / e.max : 0, i),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
