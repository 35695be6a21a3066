// One row of the compare picker's list, and one chosen report above it: the
// same tree for the page's own list (HTML at build time) and for what the
// finder loads (DOM in the browser).
import { DOC_TYPE_LABELS, LEVEL_LABELS, label } from '../../words/labels.ts';
import { entryLabel, type PickerEntry } from '../picker.ts';
import { h, type VNode } from './h.ts';

export interface RowState {
  checked?: boolean;
  /** Four are chosen already: an unticked row cannot be ticked. */
  disabled?: boolean;
}

/** A list row: a checkbox named r (the plain form sends ?r=a&r=b) labelled with place, years, title and kind. */
export function pickerRow(e: PickerEntry, state: RowState = {}): VNode {
  const facts = [
    label(LEVEL_LABELS, e.level).zh,
    label(DOC_TYPE_LABELS, e.doc_type).zh,
    e.year_reliable === false ? '年份为估计' : '',
  ].filter((x) => x && x !== '—');
  return h(
    'li',
    { 'data-label': entryLabel(e) },
    h(
      'label',
      null,
      h('input', {
        type: 'checkbox',
        name: 'r',
        value: e.id,
        checked: state.checked ?? false,
        disabled: state.disabled ?? false,
      }),
      h(
        'span',
        null,
        h('strong', null, entryLabel(e)),
        ' ',
        e.title,
        // A no-break space before each dot: a wrapped line never starts with one.
        facts.length ? h('span', { class: 'cmp-list__meta' }, `\u00a0· ${facts.join('\u00a0· ')}`) : null,
      ),
    ),
  );
}

/** A chosen report with a button that un-chooses it (the reader may have moved on to other rows). */
export function chosenItem(id: string, text: string): VNode {
  return h(
    'li',
    { 'data-id': id },
    h('span', null, text),
    h(
      'button',
      { type: 'button', class: 'cmp-unchoose', 'data-id': id, 'aria-label': `移除 ${text} Remove` },
      h('span', { 'aria-hidden': 'true' }, '×'),
    ),
  );
}
