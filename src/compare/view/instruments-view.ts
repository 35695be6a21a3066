// Policy instruments × columns: sentences per instrument; hovering or
// focusing a count shows the example sentence, following it opens the report there.
import { columnAt, type Column } from '../columns.ts';
import type { InstrumentRow } from '../instruments.ts';
import { bi, cellOwner, colClass, headRow, section, sentenceHref } from './common.ts';
import { h, type VNode } from './h.ts';

/** 12%, or <1% for a share that rounds to nothing but is not none. */
const sharePercent = (share: number) => (share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`);

const SIDE_LABELS = {
  supply: { zh: '供给型工具', en: 'Supply-side' },
  environment: { zh: '环境型工具', en: 'Environment-side' },
  demand: { zh: '需求型工具', en: 'Demand-side' },
} as const;

export function instrumentsView(rows: InstrumentRow[], columns: Column[]): VNode {
  const body: VNode[] = [];
  let side = '';
  rows.forEach((row, r) => {
    if (row.instrument.side !== side) {
      side = row.instrument.side;
      body.push(
        h(
          'tr',
          { class: 'cmp-side' },
          h('th', { scope: 'colgroup', colspan: columns.length + 1 }, bi(SIDE_LABELS[row.instrument.side])),
        ),
      );
    }
    body.push(
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, bi(row.instrument)),
        row.cells.map((cell, i) => {
          if (cell.mentions === 0 || !cell.example)
            return h(
              'td',
              { class: colClass(i) },
              cellOwner(columnAt(columns, i)),
              h('span', { class: 'cmp-none' }, '0', h('span', { class: 'visually-hidden' }, ' 未使用')),
            );
          const tip = `cmp-tip-${r}-${i}`;
          return h(
            'td',
            { class: `${colClass(i)} cmp-inst` },
            cellOwner(columnAt(columns, i)),
            h(
              'a',
              {
                href: sentenceHref(columnAt(columns, i).meta.id, cell.example.n),
                class: 'cmp-count',
                'aria-describedby': tip,
              },
              sharePercent(cell.share),
              h('span', { class: 'cmp-count__n' }, `（${cell.mentions} 句）`),
            ),
            h('span', { role: 'tooltip', id: tip, class: 'cmp-tip' }, `例：${cell.example.text}`),
          );
        }),
      ),
    );
  });
  return section(
    'cmp-instruments',
    { zh: '政策工具', en: 'Policy instruments' },
    [
      '按 Rothwell 与 Zegveld 的供给型、环境型、需求型政策工具分类，每格是用到该工具的句子占该报告全部句子的比例（括号内为句数），篇幅长的报告不因句子多而占优；悬停或聚焦数字看例句。',
      h(
        'span',
        { class: 'en' },
        ' Share of each report’s sentences using the instrument; hover or focus for an example.',
      ),
    ],
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'cmp-table cmp-instruments' },
        h('caption', { class: 'visually-hidden' }, '政策工具 × 报告 Instruments by report'),
        h('thead', null, headRow({ zh: '工具', en: 'Instrument' }, columns)),
        h('tbody', null, body),
      ),
    ),
  );
}
