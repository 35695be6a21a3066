// Applies curator overrides to extracted figures. Rejected figures leave the
// dataset; corrected ones carry `curation` so pages can say a human changed
// them. A row that matches no figure is reported (applied: false), never
// dropped silently: the build warns about it.
import type { CurationRow, Figure, FigureKind } from '../types.ts';
import { normaliseValue } from './money.ts';
import { seriesKey } from '../figures/series.ts';
import type { SeriesLexicons } from '../lexicons.ts';

export type AppliedRow = CurationRow & { applied: boolean };

const targets = (f: Figure, row: CurationRow) => f.report === row.report && f.start === row.offset;

function corrected(figure: Figure, row: CurationRow, vocab: SeriesLexicons): Figure {
  const next: Figure = { ...figure };
  if (row.field === 'value') next.value = row.value === '' ? null : Number(row.value);
  if (row.field === 'unit') next.unit = row.value;
  if (row.field === 'kind') next.kind = row.value as FigureKind;
  if (row.field === 'indicator') next.indicator = row.value === '' ? null : row.value;
  // A measure set by a curator is no weak rule: its basis says who decided.
  if (row.field === 'measure')
    Object.assign(next, {
      measure: row.value === '' ? null : row.value,
      measure_basis: ['curation'],
      measure_rule: 'cue',
    });
  if (row.field === 'scope') next.scope = row.value === '' ? null : row.value;
  if (row.field === 'value' || row.field === 'unit') Object.assign(next, normaliseValue(next.value, next.unit));
  next.series = seriesKey(next, vocab);
  const note = figure.curation ? `${figure.curation.note}; ${row.note}` : row.note;
  next.curation = { action: 'correct', note };
  return next;
}

export function applyCuration(
  figures: readonly Figure[],
  rows: readonly CurationRow[],
  vocab: SeriesLexicons,
): { figures: Figure[]; applied: AppliedRow[] } {
  const rejected = (f: Figure) => rows.some((r) => r.action === 'reject' && targets(f, r));
  const applied: AppliedRow[] = rows.map((row) => {
    const matches = figures.filter((f) => targets(f, row));
    // A correction to a figure that is also rejected has nothing left to change.
    const live = row.action === 'correct' ? matches.filter((f) => !rejected(f)) : matches;
    return { ...row, applied: live.length > 0 };
  });
  const out = figures
    .filter((f) => !rejected(f))
    .map((f) =>
      rows.filter((r) => r.action === 'correct' && targets(f, r)).reduce((g, r) => corrected(g, r, vocab), f),
    );
  return { figures: out, applied };
}
