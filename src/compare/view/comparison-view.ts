// The whole comparison view: the columns and the caveats, then themes,
// emphasis, figures, instruments and plan against result (or plan against
// result first, on pages about it). One tree for the static and the live page.
import { DOC_TYPE_LABELS, LEVEL_LABELS, PERIOD_LABELS, label } from '../../words/labels.ts';
import { urls } from '../../core/urls.ts';
import type { Comparison } from '../compare.ts';
import type { Column } from '../columns.ts';
import { emphasisView } from './emphasis-view.ts';
import { figuresView } from './figures-view.ts';
import { instrumentsView } from './instruments-view.ts';
import { planResultView } from './plan-result-view.ts';
import { themesView } from './themes-view.ts';
import { h, type VNode } from './h.ts';

export interface ViewOptions {
  lead?: 'themes' | 'plan-result';
}

function columnCard(c: Column, i: number): VNode {
  const m = c.meta;
  const facts = [
    label(LEVEL_LABELS, m.level).zh,
    `${m.years.join('–')}${m.year_reliable ? '' : '（年份不可靠）'}`,
    m.period !== 'year' ? label(PERIOD_LABELS, m.period).zh : '',
    label(DOC_TYPE_LABELS, m.doc_type).zh,
  ].filter(Boolean);
  return h(
    'li',
    { class: `cmp-report ${`cmp-c--${i}`}`, 'data-report': m.id },
    h('span', { class: `cmp-swatch cmp-swatch--${i}`, 'aria-hidden': 'true' }),
    h('strong', { class: 'cmp-report__label' }, c.label.zh),
    m.region_basis === 'inferred' && h('span', { class: 'tag tag--inferred' }, '地区为推断'),
    h('br'),
    h('a', { href: urls.report(m.id) }, m.title),
    h('div', { class: 'cmp-report__meta' }, [m.province, ...facts].filter((x) => x && x !== '不详').join(' · ')),
  );
}

const TOC: [string, string][] = [
  ['cmp-themes', '按主题'],
  ['cmp-emphasis', '侧重'],
  ['cmp-figures', '数字'],
  ['cmp-instruments', '政策工具'],
  ['cmp-plan-result', '目标与实绩'],
];

export function comparisonView(c: Comparison, opts: ViewOptions = {}): VNode {
  const parts: Record<string, VNode> = {
    'cmp-themes': themesView(c.themes, c.columns),
    'cmp-emphasis': emphasisView(c.emphasis, c.columns),
    'cmp-figures': figuresView(c.figures, c.columns),
    'cmp-instruments': instrumentsView(c.instruments, c.columns),
    'cmp-plan-result': planResultView(c.planResult, c.columns),
  };
  const order =
    opts.lead === 'plan-result'
      ? ['cmp-plan-result', ...TOC.map(([id]) => id).filter((id) => id !== 'cmp-plan-result')]
      : TOC.map(([id]) => id);
  const names = new Map(TOC);
  return h(
    'div',
    { class: 'cmp', 'data-cols': c.columns.length },
    h('ol', { class: 'cmp-reports', 'aria-label': '对比的报告 Reports compared' }, c.columns.map(columnCard)),
    c.caveats.length > 0 &&
      h(
        'div',
        { class: 'notice cmp-caveats' },
        h('p', null, h('strong', null, '阅读前请注意 '), h('span', { class: 'en' }, 'Before reading')),
        h(
          'ul',
          null,
          c.caveats.map((x) => h('li', null, x.zh, ' ', h('span', { class: 'en' }, x.en))),
        ),
      ),
    h(
      'nav',
      { class: 'cmp-toc no-print', 'aria-label': '本页内容 On this page' },
      h(
        'ul',
        null,
        order.map((id) => h('li', null, h('a', { href: `#${id}` }, names.get(id) ?? id))),
      ),
    ),
    order.map((id) => parts[id]),
  );
}
