// The comparison model: columns × themes, figures aligned by indicator,
// emphasis, policy instruments and plan-against-result pairs, all computed
// from per-report compare data. Pure: the build and the browser both call it.
import { caveats } from './caveats.ts';
import { columnsFor, type Column } from './columns.ts';
import { emphasis, type Emphasis } from './emphasis.ts';
import { figureAlignment, type FigureAlignment } from './figures.ts';
import { instrumentMatrix, type InstrumentRow } from './instruments.ts';
import { planResultBlocks, type PlanResultBlock } from './plan-result.ts';
import { themeRows, type ThemeRow } from './themes.ts';
import type { Bilingual, ReportCompareData, Selection, Vocabulary } from './types.ts';

export interface Comparison {
  columns: Column[];
  themes: ThemeRow[];
  figures: FigureAlignment;
  emphasis: Emphasis;
  instruments: InstrumentRow[];
  planResult: PlanResultBlock[];
  caveats: Bilingual[];
}

export function buildComparison(
  selections: Selection[],
  data: Map<string, ReportCompareData>,
  vocab: Vocabulary,
): Comparison {
  const columns = columnsFor(selections, data);
  return {
    columns,
    themes: themeRows(columns, vocab.themes),
    figures: figureAlignment(columns, vocab.indicators),
    emphasis: emphasis(columns, vocab.themes),
    instruments: instrumentMatrix(columns, vocab.instruments),
    planResult: planResultBlocks(columns, vocab.indicators),
    caveats: caveats(columns),
  };
}
