// Side by side by theme: a row per theme, a cell per column, each cell a
// summary (sentence count, key figures) that opens to the sentences. Key
// figures read on their own (figure-text.ts): a rank as a rank, a bare number
// with what it counts.
import { columnAt, type Column } from '../columns.ts';
import type { ThemeCell, ThemeRow } from '../themes.ts';
import { figureText } from '../figure-text.ts';
import { bi, cellOwner, colClass, figureTip, headRow, section, sentenceWithFigures } from './common.ts';
import { classes, h, type VNode } from './h.ts';

function absentCell(cell: ThemeCell): VNode[] {
  return [
    h('p', { class: 'cmp-absent' }, '未提及'),
    ...(cell.gapCaveat ? [h('p', { class: 'cmp-note' }, '原文有缺失，可能只是缺失所致。')] : []),
  ];
}

function presentCell(cell: ThemeCell, col: Column): VNode {
  const text = new Map(cell.sentences.map((s) => [s.sentence.n, s.sentence.text]));
  const key = cell.keyFigures.map((f) =>
    h(
      'span',
      {
        class: classes('cmp-keyfig', `cmp-keyfig--${f.kind}`, f.measure === 'rank' && 'cmp-keyfig--rank'),
        title: figureTip(f),
      },
      figureText(f, text.get(f.s)),
    ),
  );
  return h(
    'details',
    { class: 'cmp-cell' },
    h(
      'summary',
      null,
      h('strong', null, `${cell.sentences.length} 句`),
      key.length > 0 && h('span', { class: 'cmp-keyfigs' }, key),
    ),
    h(
      'ol',
      { class: 'cmp-sentences' },
      cell.sentences.map((s) => h('li', null, sentenceWithFigures(s.sentence, s.figures, col.meta.id))),
    ),
  );
}

export function themesView(rows: ThemeRow[], columns: Column[]): VNode {
  return section(
    'cmp-themes',
    { zh: '按主题对比', en: 'Theme by theme' },
    [
      '每行一个主题，每列一篇报告：该报告谈到这一主题的句子，数字高亮。点开看原句；“未提及”也是信息。',
      h(
        'span',
        { class: 'en' },
        ' Each cell opens to the report’s sentences on the theme; “not mentioned” is information too.',
      ),
    ],
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'cmp-table cmp-themes' },
        h('caption', { class: 'visually-hidden' }, '主题 × 报告 Themes by report'),
        h('thead', null, headRow({ zh: '主题', en: 'Theme' }, columns)),
        h(
          'tbody',
          null,
          rows.map((row) =>
            h(
              'tr',
              { class: row.present === 0 ? 'cmp-row--empty' : null },
              h(
                'th',
                { scope: 'row' },
                bi(row.theme),
                h('div', { class: 'cmp-present' }, `${row.present}/${columns.length} 篇提及`),
              ),
              row.cells.map((cell, i) =>
                h(
                  'td',
                  { class: colClass(i) },
                  cellOwner(columnAt(columns, i)),
                  cell.absent ? absentCell(cell) : presentCell(cell, columnAt(columns, i)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
