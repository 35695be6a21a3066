// Plan against result: per pair, a table of series (indicator and what it
// counts) with the results on one side and the targets on the other, and
// whether a target has a comparable result. A note counts the figures kept
// out of both (a promise among the results).
import { columnAt, type Column } from '../columns.ts';
import type { PlanResultBlock, PlanResultRow } from '../plan-result.ts';
import { bi, figureValue, section } from './common.ts';
import { h, type Child, type VNode } from './h.ts';

function status(row: PlanResultRow): string {
  if (!row.targets.length) return '无对应目标 No matching target';
  if (!row.results.length) return '无可比结果 No comparable result';
  if (!row.comparable) return '同一口径，但数值被遮蔽，无从对照 Same series, but redacted: nothing to compare';
  return '同一口径，可对照 Same series: comparable';
}

/** Says what was kept out of the two columns, so a missing figure is not a mystery. */
function setAsideNote(b: PlanResultBlock): string {
  const parts = [
    b.setAside.inResults > 0 && `总结部分里的目标或预期数字 ${b.setAside.inResults} 个（如“将获得”）`,
    b.setAside.inPlan > 0 && `计划部分里不是目标的数字 ${b.setAside.inPlan} 个（如现状）`,
  ].filter(Boolean);
  return `实绩一栏只列已完成的数字，目标一栏只列目标；${parts.join('，')}未列入，见原文。`;
}

/** Says which figures of the block can be read against each other. */
function comparableNote(b: PlanResultBlock): Child[] {
  const both = b.rows.filter((r) => r.comparable).length;
  const alone = b.rows.filter((r) => r.targets.length > 0 && r.results.length === 0).length;
  const redacted = b.rows.filter((r) => r.targets.length > 0 && r.results.length > 0 && !r.comparable).length;
  return [
    `目标只与同一指标、同一口径（所计何物）、同一范围的实绩并列：${both} 组可对照`,
    alone > 0 ? `，${alone} 组目标无可比结果` : '',
    redacted > 0 ? `，${redacted} 组数值被遮蔽` : '',
    '。',
    h(
      'span',
      { class: 'en' },
      ` A target stands beside results of the same indicator, measure and scope only: ${both} comparable pair(s)${alone > 0 ? `, ${alone} target row(s) with no comparable result` : ''}${redacted > 0 ? `, ${redacted} redacted` : ''}.`,
    ),
  ];
}

function blockView(b: PlanResultBlock, columns: Column[], i: number): VNode {
  const planId = columnAt(columns, b.planCol).meta.id;
  const resultId = columnAt(columns, b.resultCol).meta.id;
  const list = (figs: PlanResultRow['targets'], id: string) =>
    figs.length
      ? h(
          'ul',
          { class: 'cmp-figlist' },
          figs.map((f) => h('li', null, figureValue(f, id))),
        )
      : h('span', { class: 'cmp-none' }, '—', h('span', { class: 'visually-hidden' }, '无'));
  return h(
    'div',
    { class: 'cmp-pr', id: `cmp-pr-${i}` },
    h('h3', null, bi(b.title)),
    h('p', { class: 'cmp-note' }, comparableNote(b)),
    b.rows.length === 0
      ? h(
          'p',
          { class: 'cmp-absent' },
          '两边都没有可归入指标的数字。 ',
          h('span', { class: 'en' }, 'Neither side has a figure linked to an indicator.'),
        )
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'cmp-table cmp-prtable' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, bi({ zh: '指标 · 口径', en: 'Indicator · measure' })),
                h('th', { scope: 'col' }, bi(b.resultLabel)),
                h('th', { scope: 'col' }, bi(b.planLabel)),
                h('th', { scope: 'col' }, '对照 Match'),
              ),
            ),
            h(
              'tbody',
              null,
              b.rows.map((row) =>
                h(
                  'tr',
                  { class: row.comparable ? 'cmp-pr--both' : null },
                  h(
                    'th',
                    { scope: 'row' },
                    bi(row.indicator),
                    h('span', { class: 'cmp-measure' }, ' · ', bi(row.measure)),
                  ),
                  h('td', null, list(row.results, resultId)),
                  h('td', null, list(row.targets, planId)),
                  h('td', { class: 'cmp-extra' }, status(row)),
                ),
              ),
            ),
          ),
        ),
    (b.unlinked.targets > 0 || b.unlinked.results > 0) &&
      h(
        'p',
        { class: 'cmp-note' },
        `未归入指标、未能对照的数字：实绩 ${b.unlinked.results} 个，目标 ${b.unlinked.targets} 个。`,
      ),
    (b.setAside.inResults > 0 || b.setAside.inPlan > 0) && h('p', { class: 'cmp-note' }, setAsideNote(b)),
  );
}

export function planResultView(blocks: PlanResultBlock[], columns: Column[]): VNode {
  return section(
    'cmp-plan-result',
    { zh: '目标与实绩', en: 'Plan against result' },
    [
      '同一报告既有实绩又有目标，或同一地区有计划和其后的总结时，把目标与同一系列（同一指标、口径和范围）的实绩并排。目标往往针对下一时期，并非对实绩的考核；被遮盖的数字照原样保留。',
      h(
        'span',
        { class: 'en' },
        ' Targets beside results of the same series (indicator, measure and scope). Targets are often for the next period: this is not a test of the results.',
      ),
    ],
    blocks.length === 0
      ? h(
          'p',
          { class: 'cmp-absent' },
          '所选报告中没有可对照的目标与实绩（需要同时含总结与计划的报告，或同一地区的计划与其后的总结）。 ',
          h('span', { class: 'en' }, 'No targets and results to set side by side in this selection.'),
        )
      : blocks.map((b, i) => blockView(b, columns, i)),
  );
}
