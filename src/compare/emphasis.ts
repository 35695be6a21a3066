// Emphasis: the share of each column's text on each theme, computed the way
// the dataset computes report shares (a paragraph's characters divided among
// its themes by the number of keywords each fired), so a full-report column
// matches the report page exactly and a section column is measured alike.
import { apportion } from '../pipeline/themes/shares.ts';
import type { Column } from './columns.ts';
import type { VocabEntry } from './types.ts';

export interface EmphasisRow {
  theme: VocabEntry;
  /** Per column, 0..1. */
  shares: number[];
}

export interface Emphasis {
  rows: EmphasisRow[];
  /** Largest share in the table: the common scale of the bars. */
  max: number;
}

export function themeShares(col: Column): Map<string, number> {
  let total = 0;
  const chars = new Map<string, number>();
  for (const p of col.paragraphs) {
    if (p.kind === 'gap') continue;
    total += p.chars;
    const parts = apportion(
      p.chars,
      p.themes.map((t) => t.w),
    );
    // One part per theme (apportion keeps the weights' order and length).
    p.themes.forEach((t, i) => chars.set(t.id, (chars.get(t.id) ?? 0) + (parts[i] ?? 0)));
  }
  const shares = new Map<string, number>();
  for (const [id, c] of chars) shares.set(id, total > 0 ? c / total : 0);
  return shares;
}

export function emphasis(columns: Column[], themes: VocabEntry[]): Emphasis {
  const perColumn = columns.map(themeShares);
  const rows = themes.map((theme) => ({ theme, shares: perColumn.map((m) => m.get(theme.id) ?? 0) }));
  const max = Math.max(0, ...rows.flatMap((r) => r.shares));
  return { rows, max };
}
