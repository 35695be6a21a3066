// Policy instruments × columns: the share of each column's sentences that use
// each instrument (and how many), with the clearest example sentence (the
// dataset's own counting rule, reused).
import { reportInstrumentCounts } from '../pipeline/themes/shares.ts';
import type { InstrumentHit } from '../pipeline/types.ts';
import type { Column } from './columns.ts';
import type { CompareSentence, InstrumentVocab } from './types.ts';

export interface InstrumentCell {
  mentions: number;
  /** mentions / the column's sentences (headings excluded): what is compared, so a long report does not win by length. */
  share: number;
  example: CompareSentence | null;
}

export interface InstrumentRow {
  instrument: InstrumentVocab;
  cells: InstrumentCell[];
}

export const SIDES = ['supply', 'environment', 'demand'] as const;

export function instrumentCells(col: Column): Map<string, InstrumentCell> {
  const hits = new Map<string, InstrumentHit[]>();
  for (const s of col.sentences) {
    if (s.instruments.length)
      hits.set(
        `c#${s.n}`,
        s.instruments.map((h) => ({ instrument: h.id, keywords: Array.from({ length: h.w }, (_, i) => String(i)) })),
      );
  }
  const counts = reportInstrumentCounts(
    col.sentences.map((s) => ({ report: 'c', n: s.n })),
    hits,
  );
  const byN = new Map(col.sentences.map((s) => [s.n, s]));
  const total = col.sentences.filter((s) => !s.heading).length;
  return new Map(
    counts.map((c) => [
      c.instrument,
      { mentions: c.mentions, share: total > 0 ? c.mentions / total : 0, example: byN.get(c.example_sentence) ?? null },
    ]),
  );
}

/** Every instrument of the lexicon, supply then environment then demand; zeros kept. */
export function instrumentMatrix(columns: Column[], instruments: InstrumentVocab[]): InstrumentRow[] {
  const perColumn = columns.map(instrumentCells);
  const ordered = SIDES.flatMap((side) => instruments.filter((i) => i.side === side));
  return ordered.map((instrument) => ({
    instrument,
    cells: perColumn.map((m) => m.get(instrument.id) ?? { mentions: 0, share: 0, example: null }),
  }));
}
