// Number formatting lives in the bottom layer (src/core/format.ts), where every layer may import it.
import { formatNumber } from '../core/format.ts';
import type { Figure } from '../pipeline/types.ts';

export { formatNumber };

/** A figure's value as a reader should see it: masked figures stay redacted. */
export function formatFigure(f: Pick<Figure, 'masked' | 'value' | 'unit' | 'qualifier' | 'raw'>): string {
  if (f.masked) return `${f.raw}（原文隐去）`;
  const q = f.qualifier && /^(近|约|超)/.test(f.qualifier) ? f.qualifier : '';
  const tail = f.qualifier && !q ? f.qualifier : '';
  return `${q}${formatNumber(f.value)}${tail}${f.unit}`;
}
