// How the real development set's gold, written in the lexicons' ids as they
// stood when it was annotated, reads in today's ids. When an entry is renamed
// or split, or a gap the gold names as none:<what it counts> gets its own
// entry, the mapping goes here, never into the gold.
import type { Figure } from '../../pipeline/types.ts';

type Field = 'indicator' | 'measure' | 'scope';

/** Gold id → today's id, per field. An id not listed maps to itself. */
const RENAMED: Record<Field, Record<string, string>> = {
  indicator: {},
  measure: {},
  scope: {},
};

/** none:<what it counts> → today's id, for gaps the lexicons have since filled. */
const FILLED_GAPS: Record<Field, Record<string, string>> = {
  indicator: {},
  measure: {},
  scope: {},
};

/** The id the gold means today; null where the gold says none fits (or leaves the cell empty). */
export function mapGoldId(field: Field, gold: string): string | null {
  const id = gold.trim();
  if (id === '') return null;
  if (id.startsWith('none:')) return FILLED_GAPS[field][id.slice('none:'.length).trim()] ?? null;
  return RENAMED[field][id] ?? id;
}

/** A figure's kind in the gold's terms (actual, target, growth, share, rank). */
export function goldKindOf(f: Figure): string {
  return f.kind;
}
