// Side by side by theme: one row per theme, one cell per column holding the
// column's sentences on that theme, its key figures, or the fact that the
// report does not mention the theme at all (absence is information).
import type { Column } from './columns.ts';
import type { CompareFigure, CompareSentence, VocabEntry } from './types.ts';

export interface CellSentence {
  sentence: CompareSentence;
  /** Figures inside the sentence, in text order. */
  figures: CompareFigure[];
}

export interface ThemeCell {
  sentences: CellSentence[];
  /** Up to KEY_FIGURES figures counting something of this theme, in text order. */
  keyFigures: CompareFigure[];
  absent: boolean;
  /** The report has text missing in the source, so an absence may be the gap's. */
  gapCaveat: boolean;
}

export interface ThemeRow {
  theme: VocabEntry;
  cells: ThemeCell[];
  /** Columns that mention the theme. */
  present: number;
}

export const KEY_FIGURES = 3;

function figuresBySentence(col: Column): Map<number, CompareFigure[]> {
  const m = new Map<number, CompareFigure[]>();
  for (const f of col.figures) m.set(f.s, [...(m.get(f.s) ?? []), f]);
  for (const list of m.values()) list.sort((a, b) => a.at - b.at || a.n - b.n);
  return m;
}

export function themeCell(col: Column, themeId: string, bySentence = figuresBySentence(col)): ThemeCell {
  const gaps = col.paragraphs.some((p) => p.kind === 'gap');
  const sentences = col.sentences
    .filter((s) => !s.heading && s.themes.includes(themeId))
    .map((s) => ({ sentence: s, figures: bySentence.get(s.n) ?? [] }));
  const keyFigures = sentences
    .flatMap((s) => s.figures)
    .filter((f) => f.theme === themeId)
    .slice(0, KEY_FIGURES);
  return { sentences, keyFigures, absent: sentences.length === 0, gapCaveat: gaps };
}

export function themeRows(columns: Column[], themes: VocabEntry[]): ThemeRow[] {
  const maps = columns.map(figuresBySentence);
  return themes.map((theme) => {
    const cells = columns.map((c, i) => themeCell(c, theme.id, maps[i]));
    return { theme, cells, present: cells.filter((c) => !c.absent).length };
  });
}
