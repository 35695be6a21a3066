// Figures aligned: series × columns (an indicator and what exactly it
// counts: 高新技术企业 · 存量 and 高新技术企业 · 新增 are two rows) with value,
// unit, kind and a link to the source; then bars for series stated in one
// unit by two or more columns, under the caveat that years and levels differ.
import { formatNumber } from '../../core/format.ts';
import { columnAt, type Column } from '../columns.ts';
import type { ChartGroup, FigureAlignment } from '../figures.ts';
import { bar, bi, cellOwner, colClass, figureValue, headRow, section } from './common.ts';
import { SERIES_RULE } from '../../words/series-words.ts';
import { h, type VNode } from './h.ts';

function chart(g: ChartGroup, columns: Column[], index: number): VNode {
  return h(
    'figure',
    { class: 'cmp-chart' },
    // The measure names the kind when it is not an achieved figure (新增 · 目标).
    h(
      'figcaption',
      null,
      h('strong', null, g.indicator.zh),
      ` · ${g.measure.zh}（${g.unit}）`,
      h('span', { class: 'en' }, ` ${g.indicator.en} · ${g.measure.en}`),
    ),
    h(
      'table',
      { class: 'cmp-bars', id: `cmp-chart-${index}` },
      h(
        'thead',
        { class: 'visually-hidden' },
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, '报告'),
          h('th', { scope: 'col' }, '数值'),
          h('th', { scope: 'col' }, '条形'),
        ),
      ),
      h(
        'tbody',
        null,
        g.bars.map((b) =>
          h(
            'tr',
            null,
            h(
              'th',
              { scope: 'row' },
              h('span', { class: `cmp-swatch cmp-swatch--${b.col}`, 'aria-hidden': 'true' }),
              columnAt(columns, b.col).label.zh,
              b.figure.subject_qualifier && h('span', { class: 'cmp-extra' }, ` ${b.figure.subject_qualifier}`),
            ),
            h(
              'td',
              { class: 'num', title: `${formatNumber(b.figure.value_norm)} ${b.figure.unit_norm}` },
              b.figure.raw,
            ),
            h('td', { class: 'cmp-bar-cell' }, bar(g.max > 0 ? (b.figure.value_norm ?? 0) / g.max : 0, b.col)),
          ),
        ),
      ),
    ),
  );
}

/** Which figures of the comparison can be read against each other: the series two or more reports share. */
function comparableNote(fig: FigureAlignment): VNode {
  const shared = fig.rows.filter((r) => r.present > 1).length;
  return h(
    'p',
    { class: 'cmp-note' },
    shared > 0
      ? `可对照：${shared} 个系列在两篇以上报告中都有数字（表中靠前）；其余 ${fig.rows.length - shared} 个系列只见于一篇报告。`
      : `没有一个系列在两篇以上报告中都有数字：${fig.rows.length} 个系列各只见于一篇报告，不能相比。`,
    h(
      'span',
      { class: 'en' },
      shared > 0
        ? ` Comparable: ${shared} series have figures in two or more reports (listed first); the other ${fig.rows.length - shared} appear in one report only.`
        : ` No series has figures in two or more reports: none of the ${fig.rows.length} can be compared.`,
    ),
  );
}

export function figuresView(fig: FigureAlignment, columns: Column[]): VNode {
  const years = new Set(columns.map((c) => c.meta.year)).size > 1;
  const levels = new Set(columns.map((c) => c.meta.level)).size > 1;
  return section(
    'cmp-figures',
    { zh: '数字对齐', en: 'Figures aligned' },
    [
      '按系列把各报告的数字放在一起：每行是一个指标的一个口径（所计何物：存量、新增、申报、比率……，及范围和类型），只有同一行的数字计的是同一件事；点数值看原句。',
      h(
        'span',
        { class: 'en' },
        ' One row per series: an indicator and what exactly it counts (stock, new, applied, a rate …, its scope and kind). Only figures in one row count the same thing. Each figure links to its source sentence.',
      ),
    ],
    fig.rows.length === 0
      ? h(
          'p',
          { class: 'cmp-absent' },
          '所选报告没有可归入指标的数字。 ',
          h('span', { class: 'en' }, 'No figure of the selection is linked to an indicator.'),
        )
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'cmp-table cmp-figtable' },
            h('caption', { class: 'visually-hidden' }, '指标 × 报告 Indicators by report'),
            h('thead', null, headRow({ zh: '指标', en: 'Indicator' }, columns)),
            h(
              'tbody',
              null,
              fig.rows.map((row) =>
                h(
                  'tr',
                  null,
                  h(
                    'th',
                    { scope: 'row' },
                    bi(row.indicator),
                    h('span', { class: 'cmp-measure' }, ' · ', bi(row.measure)),
                  ),
                  row.cells.map((cell, i) =>
                    h(
                      'td',
                      { class: colClass(i) },
                      cellOwner(columnAt(columns, i)),
                      cell.length === 0
                        ? h('span', { class: 'cmp-none' }, '—', h('span', { class: 'visually-hidden' }, '无'))
                        : h(
                            'ul',
                            { class: 'cmp-figlist' },
                            cell.map((f) => h('li', null, figureValue(f, columnAt(columns, i).meta.id))),
                          ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
    fig.rows.length > 0 && comparableNote(fig),
    fig.unlinked.some((n) => n > 0) &&
      h(
        'p',
        { class: 'cmp-note' },
        `另有未归入指标的数字：${columns.map((c, i) => `${c.label.zh} ${fig.unlinked[i]} 个`).join('，')}，见各报告页。`,
      ),
    fig.apart.length > 0 &&
      h(
        'p',
        { class: 'cmp-note' },
        `${fig.apart.map((i) => i.zh).join('、')}：各报告都有数字，但口径不同（所计不是同一件事），无可比的数字。`,
        h(
          'span',
          { class: 'en' },
          ` ${fig.apart.map((i) => i.en).join(', ')}: each report has figures, but they count different things; none is comparable.`,
        ),
      ),
    h('h3', null, bi({ zh: '同一系列数字的条形图', en: 'Bars within one series' })),
    h(
      'p',
      { class: 'notice cmp-caveat' },
      '注意：不同年份、不同行政级别的数字不能直接比较',
      years || levels ? `（本组对比${[years && '年份不同', levels && '级别不同'].filter(Boolean).join('、')}）` : '',
      `。${SERIES_RULE.zh}`,
      h(
        'span',
        { class: 'en' },
        ` Figures from different years and administrative levels are not directly comparable. ${SERIES_RULE.en}`,
      ),
    ),
    fig.charts.length === 0
      ? h(
          'p',
          { class: 'cmp-absent' },
          '没有两篇以上报告给出同一系列、同一单位的数字，不画条形。 ',
          h(
            'span',
            { class: 'en' },
            'No series is stated in the same unit by two or more reports, so there are no bars.',
          ),
        )
      : h(
          'div',
          { class: 'cmp-charts' },
          fig.charts.map((g, i) => chart(g, columns, i)),
        ),
  );
}
