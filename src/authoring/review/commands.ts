// What a curator types to decide a figure, one line each — the same words at
// the review prompt and in a batch file (`npm run review -- --decisions f`):
//   y | (Enter)               confirm: the proposed labels are right
//   c field=value … [# note]  correct, then verify (value unit kind indicator measure scope period)
//   o [field=value …] # note  verified, but not its series' value (a part, one programme of several)
//   n # note                  reject: not a figure
//   d <offset|#f-n> [# note]  the same fact as that figure of the report
//   a raw=<text> field=value … [in_series=no] # note   (batch only) a figure the rules missed, at the line's offset
//   s                         skip for now;  q  stop
// Parsed into a decision against the figure's proposed labels; a field or id
// the lexicons do not hold is refused with the reason, never guessed.
import { FIGURE_KINDS } from '../../core/codes.ts';
import type { FigureLabels, ReviewStatus } from '../../pipeline/curation/decisions.ts';
import type { Lexicons } from '../../pipeline/lexicons.ts';
import type { Figure, FigureKind } from '../../pipeline/types.ts';

export type Command =
  | {
      type: 'decide';
      status: ReviewStatus;
      labels: FigureLabels | null;
      inSeries: boolean;
      sameAs: number | null;
      note: string;
    }
  | { type: 'add'; raw: string; labels: FigureLabels; inSeries: boolean; note: string }
  | { type: 'skip' }
  | { type: 'quit' }
  | { type: 'error'; message: string };

const FIELDS = ['value', 'unit', 'kind', 'indicator', 'measure', 'scope', 'period'] as const;
type Field = (typeof FIELDS)[number];

function setField(labels: FigureLabels, field: Field, raw: string, lex: Lexicons): string | null {
  const v = raw.trim();
  const none = v === '' || v === '-' || v === 'none';
  switch (field) {
    case 'value':
      if (none) labels.value = null;
      else if (/^-?\d+(?:\.\d+)?$/.test(v)) labels.value = Number(v);
      else return `value "${v}" is not a decimal number`;
      return null;
    case 'unit':
      labels.unit = none ? '' : v;
      return null;
    case 'kind':
      if (!(FIGURE_KINDS as readonly string[]).includes(v))
        return `kind "${v}" is not one of ${FIGURE_KINDS.join(', ')}`;
      labels.kind = v as FigureKind;
      return null;
    case 'period':
      labels.period = none ? '' : v;
      return null;
    default: {
      const list = field === 'indicator' ? lex.indicators : field === 'measure' ? lex.measures : lex.scopes;
      if (!none && !list.some((d) => d.id === v))
        return `${field} "${v}" is not an id of data/${field === 'indicator' ? 'indicators' : `${field}s`}.csv`;
      labels[field] = none ? null : v;
      return null;
    }
  }
}

/** The figure a duplicate names: an offset, or #f-<n> of the same report. */
function targetOffset(arg: string, figures: readonly Figure[]): number | null {
  const n = /^#?f-(\d+)$/.exec(arg);
  if (n) return figures.find((f) => f.n === Number(n[1]))?.start ?? null;
  return /^\d+$/.test(arg) && figures.some((f) => f.start === Number(arg)) ? Number(arg) : null;
}

/** One line of a curator's input, against the figure's proposed labels and the figures of its report. */
export function parseCommand(
  line: string,
  proposed: FigureLabels,
  reportFigures: readonly Figure[],
  lex: Lexicons,
): Command {
  // The note follows a # that is not an anchor (#f-3).
  const hash = line.search(/#(?!f-\d)/);
  const body = hash < 0 ? line : line.slice(0, hash);
  const note = hash < 0 ? '' : line.slice(hash + 1).trim();
  const words = body.trim().split(/\s+/).filter(Boolean);
  const verb = words.shift() ?? 'y';
  const decide = (
    status: ReviewStatus,
    labels: FigureLabels | null,
    extra: Partial<Extract<Command, { type: 'decide' }>> = {},
  ) => ({ type: 'decide', status, labels, inSeries: true, sameAs: null, note, ...extra }) as Command;
  if (verb === 's') return { type: 'skip' };
  if (verb === 'q') return { type: 'quit' };
  if (verb === 'y')
    return words.length
      ? { type: 'error', message: 'y takes nothing; to change a label use c field=value' }
      : decide('verified', { ...proposed });
  if (verb === 'n')
    return note
      ? decide('rejected', null)
      : { type: 'error', message: 'say why after #, e.g. n # a date, not a figure' };
  if (verb === 'd') {
    const to = words[0] ? targetOffset(words[0], reportFigures) : null;
    if (to === null) return { type: 'error', message: 'name the figure it repeats: d #f-3 or d <offset>' };
    return decide('duplicate', null, { sameAs: to, note: note || 'the same fact stated again' });
  }
  if (verb === 'c' || verb === 'o') {
    const labels = { ...proposed };
    for (const w of words) {
      const eq = w.indexOf('=');
      const field = w.slice(0, eq) as Field;
      if (eq < 1 || !(FIELDS as readonly string[]).includes(field))
        return { type: 'error', message: `"${w}": write field=value with a field of ${FIELDS.join(', ')}` };
      const problem = setField(labels, field, w.slice(eq + 1), lex);
      if (problem) return { type: 'error', message: problem };
    }
    if (verb === 'c' && words.length === 0)
      return { type: 'error', message: 'c needs field=value (or y to confirm as it is)' };
    if (verb === 'o' && !note) return { type: 'error', message: 'say why it is not the series value, after #' };
    return decide('verified', labels, { inSeries: verb !== 'o' });
  }
  return { type: 'error', message: `"${verb}": y, c, o, n, d, s or q` };
}

/** A figure the rules missed, as a batch line adds it: its text as written and every label (`a raw=58家 value=58 unit=家 kind=actual …`). */
export function parseAddition(line: string, lex: Lexicons): Command {
  const hash = line.search(/#(?!f-\d)/);
  const note = hash < 0 ? '' : line.slice(hash + 1).trim();
  const words = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/).filter(Boolean);
  if (words.shift() !== 'a') return { type: 'error', message: 'an addition starts with a' };
  const labels: FigureLabels = {
    value: null,
    unit: '',
    kind: 'actual',
    indicator: null,
    measure: null,
    scope: null,
    period: '',
    rank_of: null,
    rank_among: null,
  };
  let raw = '';
  let inSeries = true;
  for (const w of words) {
    const eq = w.indexOf('=');
    const [field, value] = [w.slice(0, eq), w.slice(eq + 1)];
    if (field === 'raw') raw = value;
    else if (field === 'in_series') inSeries = value !== 'no';
    else if ((FIELDS as readonly string[]).includes(field)) {
      const problem = setField(labels, field as Field, value, lex);
      if (problem) return { type: 'error', message: problem };
    } else
      return {
        type: 'error',
        message: `"${w}": write field=value with raw, in_series or a field of ${FIELDS.join(', ')}`,
      };
  }
  if (!raw) return { type: 'error', message: 'an addition names its text as written: raw=…' };
  if (!note) return { type: 'error', message: 'say why the figure is added, after #' };
  return { type: 'add', raw, labels, inSeries, note };
}
