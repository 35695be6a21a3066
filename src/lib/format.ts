// Number formatting for Chinese readers: grouping, no false precision.
import type { Figure } from '../pipeline/types.ts';

const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : nf.format(n);
}

/** A figure's value as a reader should see it: masked figures stay redacted. */
export function formatFigure(f: Pick<Figure, 'masked' | 'value' | 'unit' | 'qualifier' | 'raw'>): string {
  if (f.masked) return `${f.raw}（原文隐去）`;
  const q = f.qualifier && /^(近|约|超)/.test(f.qualifier) ? f.qualifier : '';
  const tail = f.qualifier && !q ? f.qualifier : '';
  return `${q}${formatNumber(f.value)}${tail}${f.unit}`;
}
