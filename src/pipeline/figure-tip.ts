// A figure's tooltip, one wording for the report text (built) and the
// comparison (built and in the browser): what it counts, its kind, its value.
// A rank's value is a place, not an amount of 名; a masked figure says so.
import { formatNumber } from '../core/format.ts';
import { KIND_LABELS } from '../words/labels.ts';
import type { Figure } from './types.ts';

export type TipFigure = Pick<Figure, 'kind' | 'label' | 'masked' | 'value_norm' | 'unit_norm'>;

/** `研发投入 · 实际 · 1,200 万元`; `indicatorName` is the indicator's name when the figure has one. */
export function figureTip(f: TipFigure, indicatorName?: string): string {
  const kind = KIND_LABELS[f.kind]?.zh ?? f.kind;
  const what = indicatorName ?? (f.label || '未归类指标');
  const amount =
    f.kind === 'rank' ? `第${formatNumber(f.value_norm)}名` : `${formatNumber(f.value_norm)} ${f.unit_norm}`;
  const value = f.masked ? '原文隐去（数字被遮盖）' : amount;
  return `${what} · ${kind} · ${value}`;
}
