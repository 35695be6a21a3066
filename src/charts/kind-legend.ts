// The key for charts that draw figures: one entry per kind present, plus the
// redacted marker when a figure was masked in the source.
import type { LegendItem } from './types.ts';
import { FIGURE_KINDS, KIND_STYLE } from './palette.ts';

export function kindLegend(rows: { kind: string; masked: boolean }[]): LegendItem[] {
  const items: LegendItem[] = FIGURE_KINDS.filter((k) => rows.some((r) => r.kind === k && !r.masked)).map((k) => ({
    label: KIND_STYLE[k].label,
    color: KIND_STYLE[k].token,
    symbol: KIND_STYLE[k].symbol,
  }));
  if (rows.some((r) => r.masked))
    items.push({ label: { zh: '已遮蔽的数字', en: 'Redacted figure' }, color: 'redacted', redacted: true });
  return items;
}
